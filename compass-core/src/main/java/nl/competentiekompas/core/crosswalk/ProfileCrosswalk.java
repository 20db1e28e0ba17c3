package nl.competentiekompas.core.crosswalk;

import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.internal.Checks;

/**
 * What one crosswalk says about one profile: the external counterparts of the profile, its responsibilities
 * and its competencies, and the notes where the framework has none. Made for profile sheets, which show it
 * with the framework's attribution.
 *
 * <p>Immutable and thread-safe.
 *
 * @param profile the profile; not null
 * @param framework the external framework; not null
 * @param links the links, profile first, then responsibilities and competencies in profile order; not null
 * @param gaps the notes, in the same order; not null
 * @since 0.1
 */
public record ProfileCrosswalk(RoleId profile, ExternalFramework framework, List<Link> links, List<Gap> gaps) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public ProfileCrosswalk {
        Objects.requireNonNull(profile, "ProfileCrosswalk.profile");
        Objects.requireNonNull(framework, "ProfileCrosswalk.framework");
        links = Checks.list(links, "ProfileCrosswalk", "links");
        gaps = Checks.list(gaps, "ProfileCrosswalk", "gaps");
    }

    /**
     * Whether the crosswalk says nothing about the profile.
     *
     * @return true when there are neither links nor gaps
     */
    public boolean isEmpty() {
        return links.isEmpty() && gaps.isEmpty();
    }
}
