package nl.competentiekompas.core.organisation;

import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;

/**
 * An organisational unit: a node in the organisation's tree of units.
 *
 * <p>A unit without a parent is a top unit. One or more units may be marked as the IT department; a CISO may
 * not sit in it or under it. A unit marked {@code needsIso} must be covered by an information security
 * officer. Immutable and thread-safe.
 *
 * @param id the id, unique in the organisation; not null
 * @param parent the parent unit, or empty for a top unit; not null
 * @param itDepartment whether this unit is the IT department
 * @param needsIso whether this unit needs its own (decentral) ISO
 * @since 0.1
 */
public record Unit(UnitId id, Optional<UnitId> parent, boolean itDepartment, boolean needsIso) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the unit is its own parent
     */
    public Unit {
        Objects.requireNonNull(id, "Unit.id");
        Objects.requireNonNull(parent, "Unit.parent");
        if (parent.isPresent() && parent.get().equals(id)) {
            throw new InvalidValueException("Unit", "parent", "must not be the unit itself ('" + id + "')");
        }
    }

    /**
     * A top unit, neither the IT department nor needing an ISO.
     *
     * @param id the id; not null
     * @return the unit; never null
     */
    public static Unit top(UnitId id) {
        return new Unit(id, Optional.empty(), false, false);
    }

    /**
     * A unit under a parent, neither the IT department nor needing an ISO.
     *
     * @param id the id; not null
     * @param parent the parent; not null
     * @return the unit; never null
     */
    public static Unit under(UnitId id, UnitId parent) {
        return new Unit(id, Optional.of(Objects.requireNonNull(parent, "parent")), false, false);
    }

    /**
     * A copy with another parent.
     *
     * @param newParent the new parent, or empty to make it a top unit; not null
     * @return the unit; never null
     */
    public Unit withParent(Optional<UnitId> newParent) {
        return new Unit(id, newParent, itDepartment, needsIso);
    }

    /**
     * A copy marked, or not, as the IT department.
     *
     * @param value whether it is the IT department
     * @return the unit; never null
     */
    public Unit withItDepartment(boolean value) {
        return new Unit(id, parent, value, needsIso);
    }

    /**
     * A copy marked, or not, as needing an ISO.
     *
     * @param value whether it needs an ISO
     * @return the unit; never null
     */
    public Unit withNeedsIso(boolean value) {
        return new Unit(id, parent, itDepartment, value);
    }
}
