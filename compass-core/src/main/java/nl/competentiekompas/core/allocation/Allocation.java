package nl.competentiekompas.core.allocation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.organisation.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A set of assignments: who holds which responsibility, in which scope, with which RACI letters.
 *
 * <p>A person holds at most one assignment per (responsibility, scope); the letters say what part. The
 * assignments are kept in their natural order, so allocations built from the same assignments in any order
 * are equal. Lookups by person are constant time, by (responsibility, scope) logarithmic: each key's
 * assignments are a run of the sorted list, found by binary search, and each person's a group of one array of
 * indexes, which keeps a million assignments in little more memory than the assignments themselves. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class Allocation {

    private static final Allocation EMPTY = numbered(new Assignment[0]);

    private final Assignment[] sorted;
    private final List<Assignment> assignments;
    private final List<Assignment.Key> keys;
    /** Where each key's run starts in {@code assignments}; one more entry, the size, closes the last run. */
    private final int[] starts;
    /** The slot of each assignment's person, in assignment order. */
    private final int[] personSlots;
    /** The person of each slot. A slot may have no assignments (see {@link #ranked}). */
    private final PersonId[] slotPeople;
    /** The slot of each person numbered; may hold people without assignments. */
    private final Map<PersonId, Integer> slotOf;
    /** Per slot, where its assignments' indexes start in {@code byPerson}; one more entry closes the last. */
    private final int[] personStarts;
    /** The indexes of the assignments grouped by slot, each group in assignment order. */
    private final int[] byPerson;

    /**
     * Indexes sorted assignments whose people are already numbered, and checks that no person is assigned twice
     * to a key. Without {@code starts}, finds the keys' runs by comparing neighbours; with them (from a caller
     * that made the runs, people numbered in id order), checks that each run's people are in order.
     */
    private Allocation(Assignment[] sorted, int[] personSlots, int @Nullable [] starts, PersonId[] slotPeople,
            Map<PersonId, Integer> slotOf) {
        this.sorted = sorted;
        this.assignments = Collections.unmodifiableList(Arrays.asList(sorted));
        this.personSlots = personSlots;
        this.slotPeople = slotPeople;
        this.slotOf = slotOf;
        this.starts = starts != null ? starts : runStarts(sorted, personSlots);
        for (int k = 0; k + 1 < this.starts.length; k++) {
            for (int i = this.starts[k] + 1; i < this.starts[k + 1]; i++) {
                // slots are equal exactly when people are: no id is read here
                if (personSlots[i - 1] == personSlots[i]) {
                    throw new InvalidValueException("Allocation", "assignments", "person '" + sorted[i].person()
                            + "' is assigned twice to " + sorted[i].key());
                }
                if (starts != null && personSlots[i - 1] > personSlots[i]) {
                    throw new IllegalStateException("assignments out of order at index " + i);
                }
            }
        }
        this.keys = new Keys();
        // each person's assignments as a group of one array, counted out per slot, rather than a list per person
        int[] groupStarts = new int[slotPeople.length + 1];
        for (int slot : personSlots) {
            groupStarts[slot + 1]++;
        }
        for (int slot = 0; slot < slotPeople.length; slot++) {
            groupStarts[slot + 1] += groupStarts[slot];
        }
        int[] next = Arrays.copyOf(groupStarts, slotPeople.length);
        this.byPerson = new int[sorted.length];
        for (int i = 0; i < personSlots.length; i++) {
            byPerson[next[personSlots[i]]++] = i;
        }
        this.personStarts = groupStarts;
    }

    /** Where the runs of equal keys start in sorted assignments, and one more entry, the size. */
    private static int[] runStarts(Assignment[] sorted, int[] personSlots) {
        int[] runStarts = new int[sorted.length + 1];
        int runs = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || compareKeys(sorted[i - 1], sorted[i]) != 0) {
                runStarts[runs++] = i;
            }
        }
        runStarts[runs] = sorted.length;
        return Arrays.copyOf(runStarts, runs + 1);
    }

    /** The order of two assignments' keys, reading no id where both share the same id objects. */
    private static int compareKeys(Assignment a, Assignment b) {
        int c = a.responsibility() == b.responsibility() ? 0
                : a.responsibility().value().compareTo(b.responsibility().value());
        return c != 0 || a.scope() == b.scope() ? c : a.scope().compareTo(b.scope());
    }

    /** Indexes sorted assignments, numbering people 0.. as first seen. */
    private static Allocation numbered(Assignment[] sorted) {
        Map<PersonId, Integer> slotOf = new HashMap<>();
        List<PersonId> people = new ArrayList<>();
        int[] slots = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            PersonId person = sorted[i].person();
            Integer slot = slotOf.get(person);
            if (slot == null) {
                slot = people.size();
                slotOf.put(person, slot);
                people.add(person);
            }
            slots[i] = slot;
        }
        return new Allocation(sorted, slots, null, people.toArray(new PersonId[0]), slotOf);
    }

    /**
     * An allocation of assignments that a caller made in natural order, key by key, numbering their people by
     * rank in id order, as the allocator does: no sort, no comparison of keys and no lookup per assignment. The
     * arrays are taken, not copied.
     *
     * @param sorted the assignments in natural order
     * @param ranks the rank of each assignment's person
     * @param starts where each key's run starts in {@code sorted}, and one more entry, the size
     * @param people the people by rank, in id order
     * @param rankOf the rank of each person in {@code people}
     * @throws IllegalStateException if a run's people are not in id order
     */
    static Allocation ranked(Assignment[] sorted, int[] ranks, int[] starts, PersonId[] people,
            Map<PersonId, Integer> rankOf) {
        return new Allocation(sorted, ranks, starts, people, rankOf);
    }

    /** The keys of the runs, made when asked for rather than kept: a third as many objects as assignments. */
    private final class Keys extends AbstractList<Assignment.Key> implements RandomAccess {

        @Override
        public Assignment.Key get(int index) {
            return sorted[starts[Objects.checkIndex(index, size())]].key();
        }

        @Override
        public int size() {
            return starts.length - 1;
        }
    }

    /** One person's assignments: a group of the allocation's indexes, read through. */
    private final class PersonRun extends AbstractList<Assignment> implements RandomAccess {
        private final int from;
        private final int to;

        PersonRun(int slot) {
            this.from = personStarts[slot];
            this.to = personStarts[slot + 1];
        }

        @Override
        public Assignment get(int index) {
            return sorted[byPerson[from + Objects.checkIndex(index, to - from)]];
        }

        @Override
        public int size() {
            return to - from;
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

    /** The number of slots: at least the people with an assignment. */
    int slots() {
        return slotPeople.length;
    }

    /** A person's slot, or -1 when the person has no assignment. */
    int slot(PersonId person) {
        Integer slot = slotOf.get(person);
        return slot == null || personStarts[slot] == personStarts[slot + 1] ? -1 : slot;
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
        return numbered(array);
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
        int slot = slot(Objects.requireNonNull(person, "person"));
        return slot < 0 ? List.of() : new PersonRun(slot);
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
        for (int slot = 0; slot < slotPeople.length; slot++) {
            if (personStarts[slot] < personStarts[slot + 1]) {
                action.accept(slotPeople[slot], new PersonRun(slot));
            }
        }
    }

    /**
     * The people with at least one assignment, in id order.
     *
     * @return the people; never null
     */
    public Set<PersonId> people() {
        Set<PersonId> people = new TreeSet<>();
        for (int slot = 0; slot < slotPeople.length; slot++) {
            if (personStarts[slot] < personStarts[slot + 1]) {
                people.add(slotPeople[slot]);
            }
        }
        return Collections.unmodifiableSet(people);
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
        if (slot(person) < 0) {
            return this;
        }
        return numbered(assignments.stream().filter(a -> !a.person().equals(person)).toArray(Assignment[]::new));
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
