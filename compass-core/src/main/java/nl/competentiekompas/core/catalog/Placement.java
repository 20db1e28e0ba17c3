package nl.competentiekompas.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;

/**
 * Where a role sits in the organisation: whom it reports to, whether it must be independent, and whether it
 * must stay outside the IT department.
 *
 * <p>A healthcare CISO reports directly to the board of directors; a municipal CISO to the municipal
 * secretary and the portfolio holder, not under the IT department; an ISO has a functional line to the CISO.
 * Immutable and thread-safe.
 *
 * @param reportsToBodies the governing bodies the role reports to directly, in the enum's order; not null
 * @param reportsToRoles the roles the role has a (functional) line to, such as {@code ciso-municipality};
 *     not null
 * @param independent whether the role needs an independent position
 * @param outsideItDepartment whether the role may not sit in or under the IT department
 * @param description the placement in our own words; not null
 * @param sources where it comes from, at least one; not null
 * @since 0.1
 */
public record Placement(Set<GoverningBody> reportsToBodies, List<RoleId> reportsToRoles, boolean independent,
        boolean outsideItDepartment, LocalizedText description, List<SourceRef> sources) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if a role is listed twice or there is no source
     */
    public Placement {
        reportsToBodies = Checks.enumSet(reportsToBodies, GoverningBody.class, "Placement", "reportsToBodies");
        reportsToRoles = Checks.list(reportsToRoles, "Placement", "reportsToRoles");
        Checks.unique(reportsToRoles, r -> r, "Placement", "reportsToRoles");
        Objects.requireNonNull(description, "Placement.description");
        sources = Checks.nonEmptyList(sources, "Placement", "sources");
    }
}
