package nl.competentiekompas.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * A set of assignments: who holds which responsibility, in which scope, with which RACI letters.
 *
 * <p>A person holds at most one assignment per (responsibility, scope); the letters say what part. The
 * assignments are kept in their natural order, so allocations built from the same assignments in any order
 * are equal. Lookups by person are constant time, by (responsibility, scope) logarithmic: each key's
 * assignments are a run of the sorted list, found by binary search, which keeps a million assignments in
 * little more memory than the assignments themselves. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Allocation {

    private static final Allocation EMPTY = new Allocation(new Assignment[0]);

    private final Assignment[] sorted;
    private final List<Assignment> assignments;
    private final Map<PersonId, PersonRun> byPerson;
    /** The slot of each assignment's person, in assignment order: people are numbered 0.. as first seen. */
    private final int[] personSlots;
    private final List<Assignment.Key> keys;
    /** Where each key's run starts in {@code assignments}; one more entry, the size, closes the last run. */
    private final int[] starts;

    private Allocation(Assignment[] sorted) {
        this.sorted = sorted;
        this.assignments = Collections.unmodifiableList(Arrays.asList(sorted));
        this.byPerson = new HashMap<>();
        List<Assignment.Key> ordered = new ArrayList<>();
        int[] runStarts = new int[sorted.length + 1];
        this.personSlots = new int[sorted.length];
        Assignment previous = null;
        for (int i = 0; i < sorted.length; i++) {
            Assignment a = sorted[i];
            boolean sameKey = previous != null && previous.responsibility().equals(a.responsibility())
                    && previous.scope().equals(a.scope());
            if (sameKey && previous.person().equals(a.person())) {
                throw new InvalidValueException("Allocation", "assignments", "person '" + a.person()
                        + "' is assigned twice to " + a.key());
            }
            if (!sameKey) {
                runStarts[ordered.size()] = i;
                ordered.add(a.key());
            }
            PersonRun mine = byPerson.get(a.person());
            if (mine == null) {
                mine = new PersonRun(byPerson.size());
                byPerson.put(a.person(), mine);
            }
            mine.add(a);
            personSlots[i] = mine.slot;
            previous = a;
        }
        runStarts[ordered.size()] = sorted.length;
        this.keys = Collections.unmodifiableList(ordered);
        this.starts = Arrays.copyOf(runStarts, ordered.size() + 1);
    }

    /** One person's assignments, with the person's slot. */
    private static final class PersonRun extends ArrayList<Assignment> {
        private static final long serialVersionUID = 1L;
        private final int slot;

        PersonRun(int slot) {
            this.slot = slot;
        }
    }

    /**
     * The slot of each assignment's person, in assignment order, for rules that sum per person in one pass over
     * the assignments rather than one lookup per assignment. Not copied: callers must not change it.
     */
    int[] personSlots() {
        return personSlots;
    }

    /** The assignment at an index of {@link #assignments()}. */
    Assignment at(int index) {
        return sorted[index];
    }

    /**
     * Where each key's run starts in {@link #assignments()}, in key order, and one more entry, the size: key
     * {@code k}'s assignments are those from {@code starts()[k]} up to {@code starts()[k + 1]}. For rules that
     * walk the runs by index rather than through a list view per key. Not copied: callers must not change it.
     */
    int[] starts() {
        return starts;
    }

    /** The number of slots: the people with at least one assignment. */
    int slots() {
        return byPerson.size();
    }

    /** A person's slot, or -1 when the person has no assignment. */
    int slot(PersonId person) {
        PersonRun mine = byPerson.get(person);
        return mine == null ? -1 : mine.slot;
    }

    /**
     * An allocation of these assignments.
     *
     * @param assignments the assignments; not null, no null elements
     * @return the allocation; never null
     * @throws InvalidValueException if a person is assigned twice to the same responsibility and scope
     */
    public static Allocation of(Collection<Assignment> assignments) {
        Objects.requireNonNull(assignments, "assignments");
        Assignment[] array = assignments.toArray(new Assignment[0]);
        for (Assignment a : array) {
            if (a == null) {
                throw new InvalidValueException("Allocation", "assignments", "must not hold null");
            }
        }
        Arrays.sort(array);
        return new Allocation(array);
    }

    /**
     * The allocation without assignments.
     *
     * @return the empty allocation; never null
     */
    public static Allocation empty() {
        return EMPTY;
    }

    /**
     * All assignments, in their natural order.
     *
     * @return the assignments; never null
     */
    public List<Assignment> assignments() {
        return assignments;
    }

    /**
     * The number of assignments.
     *
     * @return the size
     */
    public int size() {
        return assignments.size();
    }

    /**
     * The (responsibility, scope) pairs that have at least one assignment, in their natural order.
     *
     * @return the keys; never null
     */
    public List<Assignment.Key> keys() {
        return keys;
    }

    /**
     * The assignments of one responsibility in one scope, ordered by person.
     *
     * @param key the responsibility and scope; not null
     * @return the assignments; never null, possibly empty
     */
    public List<Assignment> forKey(Assignment.Key key) {
        int index = Collections.binarySearch(keys, Objects.requireNonNull(key, "key"));
        return index < 0 ? List.of() : run(index);
    }

    /**
     * The assignments of one person, in their natural order.
     *
     * @param person the person; not null
     * @return the assignments; never null, possibly empty
     */
    public List<Assignment> forPerson(PersonId person) {
        List<Assignment> mine = byPerson.get(Objects.requireNonNull(person, "person"));
        return mine == null ? List.of() : Collections.unmodifiableList(mine);
    }

    /**
     * Calls an action for each (responsibility, scope) with its assignments, in key order.
     *
     * @param action receives each key and its assignments ordered by person; not null
     */
    public void forEachKey(BiConsumer<Assignment.Key, List<Assignment>> action) {
        Objects.requireNonNull(action, "action");
        for (int i = 0; i < keys.size(); i++) {
            action.accept(keys.get(i), run(i));
        }
    }

    private List<Assignment> run(int index) {
        return assignments.subList(starts[index], starts[index + 1]);
    }

    /**
     * Calls an action for each person with their assignments, in no particular order; for rules whose
     * findings do not depend on the order (an {@link Evaluation} sorts them).
     *
     * @param action receives each person and their assignments in natural order; not null
     */
    public void forEachPerson(BiConsumer<PersonId, List<Assignment>> action) {
        Objects.requireNonNull(action, "action");
        byPerson.forEach((p, list) -> action.accept(p, Collections.unmodifiableList(list)));
    }

    /**
     * The people with at least one assignment, in id order.
     *
     * @return the people; never null
     */
    public Set<PersonId> people() {
        return Collections.unmodifiableSet(new TreeSet<>(byPerson.keySet()));
    }

    /**
     * A copy with an assignment added, replacing the person's assignment for the same responsibility and scope.
     *
     * @param assignment the assignment; not null
     * @return the allocation; never null
     */
    public Allocation with(Assignment assignment) {
        Objects.requireNonNull(assignment, "assignment");
        List<Assignment> copy = new ArrayList<>(assignments.size() + 1);
        for (Assignment a : assignments) {
            if (a.compareTo(assignment) != 0) {
                copy.add(a);
            }
        }
        copy.add(assignment);
        return of(copy);
    }

    /**
     * A copy without one person's assignment for a responsibility and scope.
     *
     * @param key the responsibility and scope; not null
     * @param person the person; not null
     * @return the allocation; never null
     */
    public Allocation without(Assignment.Key key, PersonId person) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(person, "person");
        return of(assignments.stream().filter(a -> !(a.key().equals(key) && a.person().equals(person))).toList());
    }

    /**
     * A copy without any assignment of one person, for GDPR (AVG) erasure. The other people's assignments stay
     * as they are, even where the person's part leaves a responsibility without an R or A: the rules report
     * that gap. When the person holds no assignment, this allocation itself is returned.
     *
     * @param person the person; not null
     * @return the allocation; never null
     */
    public Allocation withoutPerson(PersonId person) {
        Objects.requireNonNull(person, "person");
        if (!byPerson.containsKey(person)) {
            return this;
        }
        return new Allocation(assignments.stream().filter(a -> !a.person().equals(person)).toArray(Assignment[]::new));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Allocation other && assignments.equals(other.assignments);
    }

    @Override
    public int hashCode() {
        return assignments.hashCode();
    }

    /**
     * A compact diagnostic form.
     *
     * @return for example {@code Allocation[12 assignments]}
     */
    @Override
    public String toString() {
        return "Allocation[" + assignments.size() + " assignments]";
    }
}
