package nl.competentiekompas.core.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.internal.Checks;

/**
 * A static separation-of-duties constraint in the sense of ANSI RBAC (INCITS 359) and Apache Fortress: a set
 * of conflicting roles and a cardinality {@code n}; one person may hold at most {@code n - 1} of them.
 *
 * <p>Members are role kinds (any profile of that kind counts, so both CISO profiles count as one member
 * {@code ciso}) and role ids (such as {@code it-manager}). A cardinality of 2 makes the members mutually
 * exclusive. Immutable and thread-safe.
 *
 * @param id the set's id, lower-kebab; not null
 * @param kinds the role kinds in the set, in the enum's order; not null
 * @param roles the role ids in the set, in id order; not null
 * @param cardinality how many members make a conflict, at least 2 and at most the number of members
 * @since 0.1
 */
public record SeparationOfDuties(String id, Set<RoleKind> kinds, Set<RoleId> roles, int cardinality) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the id is not lower-kebab or the cardinality is below 2 or above the
     *     number of members
     */
    public SeparationOfDuties {
        Checks.kebabId(id, "SeparationOfDuties");
        kinds = Checks.enumSet(kinds, RoleKind.class, "SeparationOfDuties", "kinds");
        SortedSet<RoleId> sorted = new TreeSet<>(Checks.list(roles, "SeparationOfDuties", "roles"));
        roles = Collections.unmodifiableSortedSet(sorted);
        int members = kinds.size() + roles.size();
        if (cardinality < 2 || cardinality > members) {
            throw new InvalidValueException("SeparationOfDuties", "cardinality",
                    "must be between 2 and the number of members (" + members + "), got " + cardinality);
        }
    }

    /**
     * The default constraint: the CISO and the IT manager are mutually exclusive.
     *
     * @return the constraint {@code ciso-it-manager}; never null
     */
    public static SeparationOfDuties cisoAndItManager() {
        return new SeparationOfDuties("ciso-it-manager", Set.of(RoleKind.CISO), Set.of(Catalogs.IT_MANAGER), 2);
    }

    /**
     * The members of the set as ids: kinds first (by their id), then role ids.
     *
     * @return the member ids; never null
     */
    public List<String> memberIds() {
        List<String> ids = new ArrayList<>();
        kinds.forEach(k -> ids.add(k.id()));
        roles.forEach(r -> ids.add(r.value()));
        return List.copyOf(ids);
    }
}
