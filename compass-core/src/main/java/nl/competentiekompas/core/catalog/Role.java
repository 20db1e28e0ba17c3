package nl.competentiekompas.core.catalog;

import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.internal.Checks;

/**
 * A role the rules know that is not a security profile and carries no responsibilities, such as
 * {@code it-manager}, {@code privacy-officer} or {@code line-manager}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, unique among the catalog's roles and profiles; not null
 * @param name the name; not null
 * @param sources where it comes from, at least one; not null
 * @since 0.1
 */
public record Role(RoleId id, LocalizedText name, List<SourceRef> sources) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if there is no source
     */
    public Role {
        Objects.requireNonNull(id, "Role.id");
        Objects.requireNonNull(name, "Role.name");
        sources = Checks.nonEmptyList(sources, "Role", "sources");
    }
}
