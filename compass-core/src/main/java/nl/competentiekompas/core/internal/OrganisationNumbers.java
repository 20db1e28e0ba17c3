package nl.competentiekompas.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The numbered form an organisation keeps of itself for the allocator and the rules, which its public API does
 * not show: its people and units numbered in id order, its roles numbered, each unit's parent, the ids of units and
 * processes as strings in order, per appointment the number of its person, role and unit, its FTE, the units it
 * covers and the appointments its reporting lines run to, and per process the number of its owner and unit.
 * With these, a proposal or an evaluation of a hundred thousand people looks up no id: each lookup in a table
 * of that size waits for memory, where reading a number from an array in order does not.
 *
 * <p>The organisation registers how to read its numbers when its class initialises, which happens before any
 * organisation exists to be read. This package names neither the organisation nor the person type, so that the
 * packages of the core keep depending one way. All arrays are shared: callers must not change them.
 *
 * @param <P> the type of the people's ids
 * @param <R> the type of the roles' ids
 * @param <U> the type of the units' ids
 */
public final class OrganisationNumbers<P, R, U> {

    private static volatile @Nullable Function<Object, OrganisationNumbers<?, ?, ?>> reader;

    private final Numbering<P> people;
    private final List<R> roles;
    private final Numbering<U> units;
    private final int[] unitParents;
    private final String[] unitIds;
    private final String[] processIds;
    private final int[] appointees;
    private final int[] appointmentRoles;
    private final int[] appointmentFtes;
    private final int[] appointmentUnits;
    private final IntRuns covered;
    private final IntRuns lineTargets;
    private final int[] owners;
    private final int[] processUnits;
    /** Made when first asked for (see {@link #processValues}); racing threads make equal values. */
    private volatile Object @Nullable [] processValues;
    private volatile Object @Nullable [] unitValues;

    /**
     * The numbers of an organisation.
     *
     * @param people everyone the organisation knows, numbered in id order; frozen
     * @param roles the roles of the appointments, each once, numbered by their index; copied
     * @param units the units, numbered in id order; frozen
     * @param unitParents the number of each unit's parent, or -1 for a top unit
     * @param unitIds the id of each unit as a string, by number
     * @param processIds the id of each process as a string, in the order of the processes
     * @param appointees the number of each appointment's person, in the order of the appointments
     * @param appointmentRoles the number of each appointment's role, in the order of the appointments
     * @param appointmentFtes the FTE of each appointment in thousandths, in the order of the appointments
     * @param appointmentUnits the number of each appointment's unit, in the order of the appointments
     * @param covered the numbers of the units each appointment covers, in the order of the appointments
     * @param lineTargets the index of the appointment each reporting line from an appointment runs to, -1 for a
     *     line to a governing body, in the order of the appointments
     * @param owners the number of each process's owner, in the order of the processes
     * @param processUnits the index among the units of each process's unit, in the order of the processes
     */
    public OrganisationNumbers(Numbering<P> people, List<R> roles, Numbering<U> units, int[] unitParents,
            String[] unitIds, String[] processIds, int[] appointees, int[] appointmentRoles, int[] appointmentFtes,
            int[] appointmentUnits, IntRuns covered, IntRuns lineTargets, int[] owners, int[] processUnits) {
        this.people = Objects.requireNonNull(people, "people");
        this.roles = List.copyOf(roles);
        this.units = Objects.requireNonNull(units, "units");
        this.unitParents = Objects.requireNonNull(unitParents, "unitParents");
        this.unitIds = Objects.requireNonNull(unitIds, "unitIds");
        this.processIds = Objects.requireNonNull(processIds, "processIds");
        this.appointees = Objects.requireNonNull(appointees, "appointees");
        this.appointmentRoles = Objects.requireNonNull(appointmentRoles, "appointmentRoles");
        this.appointmentFtes = Objects.requireNonNull(appointmentFtes, "appointmentFtes");
        this.appointmentUnits = Objects.requireNonNull(appointmentUnits, "appointmentUnits");
        this.covered = Objects.requireNonNull(covered, "covered");
        this.lineTargets = Objects.requireNonNull(lineTargets, "lineTargets");
        this.owners = Objects.requireNonNull(owners, "owners");
        this.processUnits = Objects.requireNonNull(processUnits, "processUnits");
    }

    /**
     * Registers how to read an organisation's numbers; done once, by the organisation's class.
     *
     * @param <O> the organisation type
     * @param type the organisation type; not null
     * @param read reads the numbers of an organisation; not null
     * @throws IllegalStateException if a reader is registered already
     */
    public static synchronized <O> void register(Class<O> type, Function<O, OrganisationNumbers<?, ?, ?>> read) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(read, "read");
        if (reader != null) {
            throw new IllegalStateException("a reader is registered already");
        }
        reader = o -> read.apply(type.cast(o));
    }

    /**
     * The numbers of an organisation.
     *
     * @param <P> the type of the people's ids
     * @param <R> the type of the roles' ids
     * @param <U> the type of the units' ids
     * @param organisation the organisation; not null
     * @return its numbers; never null
     * @throws IllegalStateException if no organisation class has registered
     */
    @SuppressWarnings("unchecked")
    public static <P, R, U> OrganisationNumbers<P, R, U> of(Object organisation) {
        Function<Object, OrganisationNumbers<?, ?, ?>> r = reader;
        if (r == null) {
            throw new IllegalStateException("no organisation class has registered its numbers");
        }
        return (OrganisationNumbers<P, R, U>) r.apply(Objects.requireNonNull(organisation, "organisation"));
    }

    /**
     * Everyone the organisation knows, numbered in id order.
     *
     * @return the frozen numbering; never null
     */
    public Numbering<P> people() {
        return people;
    }

    /**
     * The roles of the appointments, each once, numbered by their index.
     *
     * @return the roles; never null
     */
    public List<R> roles() {
        return roles;
    }

    /**
     * The units, numbered in id order.
     *
     * @return the frozen numbering; never null
     */
    public Numbering<U> units() {
        return units;
    }

    /**
     * The number of each unit's parent, or -1 for a top unit.
     *
     * @return the numbers; never null
     */
    public int[] unitParents() {
        return unitParents;
    }

    /**
     * The id of each unit as a string, by number: in id order, for merging with the sorted scopes of an allocation
     * without reading a unit.
     *
     * @return the ids; never null
     */
    public String[] unitIds() {
        return unitIds;
    }

    /**
     * The id of each process as a string, in the order of the processes (id order).
     *
     * @return the ids; never null
     */
    public String[] processIds() {
        return processIds;
    }

    /**
     * The number of each appointment's person, in the order of the appointments.
     *
     * @return the numbers; never null
     */
    public int[] appointees() {
        return appointees;
    }

    /**
     * The number of each appointment's role (its index in {@link #roles()}), in the order of the appointments.
     *
     * @return the numbers; never null
     */
    public int[] appointmentRoles() {
        return appointmentRoles;
    }

    /**
     * The FTE of each appointment in thousandths, in the order of the appointments.
     *
     * @return the thousandths; never null
     */
    public int[] appointmentFtes() {
        return appointmentFtes;
    }

    /**
     * The number of each appointment's unit, in the order of the appointments.
     *
     * @return the numbers; never null
     */
    public int[] appointmentUnits() {
        return appointmentUnits;
    }

    /**
     * The numbers of the units each appointment covers, a run per appointment, in the order of the appointments.
     *
     * @return the runs; never null
     */
    public IntRuns covered() {
        return covered;
    }

    /**
     * The index of the appointment each reporting line from an appointment runs to, -1 for a line to a governing
     * body: a run per appointment, in the order of the appointments.
     *
     * @return the runs; never null
     */
    public IntRuns lineTargets() {
        return lineTargets;
    }

    /**
     * The number of each process's owner, in the order of the processes.
     *
     * @return the numbers; never null
     */
    public int[] owners() {
        return owners;
    }

    /**
     * The index among the units of each process's unit, in the order of the processes.
     *
     * @return the indexes; never null
     */
    public int[] processUnits() {
        return processUnits;
    }

    /**
     * One immutable value per process, made from its id, in the order of the processes: made once for the
     * organisation, by the first caller, and then shared, as the allocator's process scopes are by every proposal
     * for the organisation. The values must be equal whoever makes them, and of one type: this package does not
     * know it.
     *
     * @param <V> the type of the values
     * @param array makes an array of the values' type, of a length
     * @param make makes the value of a process from its id
     * @return the values; shared, callers must not change them
     */
    public <V> V[] processValues(IntFunction<V[]> array, Function<String, V> make) {
        Object[] values = processValues;
        if (values == null) {
            values = values(processIds, array, make);
            processValues = values;
        }
        return cast(values);
    }

    /**
     * One immutable value per unit, made from its id, by number: made once, as {@link #processValues} are.
     *
     * @param <V> the type of the values
     * @param array makes an array of the values' type, of a length
     * @param make makes the value of a unit from its id
     * @return the values; shared, callers must not change them
     */
    public <V> V[] unitValues(IntFunction<V[]> array, Function<String, V> make) {
        Object[] values = unitValues;
        if (values == null) {
            values = values(unitIds, array, make);
            unitValues = values;
        }
        return cast(values);
    }

    private static <V> V[] values(String[] ids, IntFunction<V[]> array, Function<String, V> make) {
        V[] made = array.apply(ids.length);
        for (int i = 0; i < made.length; i++) {
            made[i] = make.apply(ids[i]);
        }
        return made;
    }

    @SuppressWarnings("unchecked")
    private static <V> V[] cast(Object[] values) {
        return (V[]) values;
    }
}
