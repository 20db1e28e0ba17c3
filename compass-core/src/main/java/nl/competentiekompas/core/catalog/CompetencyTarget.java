package nl.competentiekompas.core.catalog;

import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.internal.Checks;

/**
 * The target proficiency of one competency in one profile.
 *
 * <p>The target must be a level of the profile's scale; {@link RoleProfile} checks that. {@code startHere}
 * marks the competencies to develop first when the role is held as a side job (source A advises risk
 * management, advisory skills and motivating). Immutable and thread-safe.
 *
 * @param competency the competency; not null
 * @param target the target level on the profile's scale
 * @param startHere whether to start with this competency when the role is a side job
 * @param sources where the target comes from, at least one (targets are editorial); not null
 * @since 0.1
 */
public record CompetencyTarget(CompetencyId competency, int target, boolean startHere, List<SourceRef> sources) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if there is no source
     */
    public CompetencyTarget {
        Objects.requireNonNull(competency, "CompetencyTarget.competency");
        sources = Checks.nonEmptyList(sources, "CompetencyTarget", "sources");
    }
}
