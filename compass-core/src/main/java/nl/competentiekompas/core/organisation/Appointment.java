package nl.competentiekompas.core.organisation;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.internal.Checks;

/**
 * An appointment: a person holds a role in a unit for a number of FTE.
 *
 * <p>The role is a catalog profile (such as {@code ciso-municipality} or {@code iso}) or another role the
 * rules know (such as {@code it-manager}). {@code covers} lists the units an ISO looks after besides its own;
 * a decentral ISO covers its own unit and everything under it. Immutable and thread-safe.
 *
 * @param id the id, unique in the organisation; not null
 * @param person the person; not null
 * @param role the role; not null
 * @param unit the unit the person sits in; not null
 * @param fte the working time of the appointment; not null
 * @param sideJob whether the role is held beside other work
 * @param covers the units this appointment looks after, in id order; not null
 * @since 0.1
 */
public record Appointment(AppointmentId id, PersonId person, RoleId role, UnitId unit, Fte fte, boolean sideJob,
        Set<UnitId> covers) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if {@code covers} holds null
     */
    public Appointment {
        Objects.requireNonNull(id, "Appointment.id");
        Objects.requireNonNull(person, "Appointment.person");
        Objects.requireNonNull(role, "Appointment.role");
        Objects.requireNonNull(unit, "Appointment.unit");
        Objects.requireNonNull(fte, "Appointment.fte");
        SortedSet<UnitId> sorted = new TreeSet<>(Checks.list(covers, "Appointment", "covers"));
        covers = Collections.unmodifiableSortedSet(sorted);
    }

    /**
     * An appointment that is not a side job and covers no other units.
     *
     * @param id the id; not null
     * @param person the person; not null
     * @param role the role; not null
     * @param unit the unit; not null
     * @param fte the working time; not null
     * @return the appointment; never null
     */
    public static Appointment of(AppointmentId id, PersonId person, RoleId role, UnitId unit, Fte fte) {
        return new Appointment(id, person, role, unit, fte, false, Set.of());
    }

    /**
     * A copy in another unit.
     *
     * @param newUnit the unit; not null
     * @return the appointment; never null
     */
    public Appointment withUnit(UnitId newUnit) {
        return new Appointment(id, person, role, newUnit, fte, sideJob, covers);
    }

    /**
     * A copy with another working time.
     *
     * @param newFte the working time; not null
     * @return the appointment; never null
     */
    public Appointment withFte(Fte newFte) {
        return new Appointment(id, person, role, unit, newFte, sideJob, covers);
    }

    /**
     * A copy marked, or not, as a side job.
     *
     * @param value whether it is a side job
     * @return the appointment; never null
     */
    public Appointment withSideJob(boolean value) {
        return new Appointment(id, person, role, unit, fte, value, covers);
    }

    /**
     * A copy covering other units.
     *
     * @param units the units; not null
     * @return the appointment; never null
     */
    public Appointment withCovers(Set<UnitId> units) {
        return new Appointment(id, person, role, unit, fte, sideJob, units);
    }
}
