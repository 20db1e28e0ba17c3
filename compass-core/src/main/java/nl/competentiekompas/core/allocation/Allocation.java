package nl.competentiekompas.core.allocation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.internal.Numbering;
import nl.competentiekompas.core.organisation.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A set of assignments: who holds which responsibility, in which scope, with which RACI letters.
 *
 * <p>A person holds at most one assignment per (responsibility, scope); the letters say what part. The
 * assignments are kept in their natural order, so allocations built from the same assignments in any order
 * are equal. Lookups by person are constant time, by (responsibility, scope) logarithmic: each key's
 * assignments are a run of the sorted list, found by binary search, and each person's a group of one array of
 * indexes. The assignments are kept as columns of numbers (person, letters, effort, key) with one scope and
 * responsibility per key, and made into {@link Assignment} values as they are read: a million assignments take
 * about 15 MB in arrays, most of them of numbers the garbage collector need not trace, rather than a million
 * objects. Where the keys of several responsibilities have the same scopes and people with the same letters, as
 * the allocator's process-scoped responsibilities do, their scopes and assignments are held once. The lists the
 * methods return are unmodifiable views: each read gives an equal value, not necessarily the same object, so
 * compare assignments with {@code equals}, never {@code ==}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Allocation {

    private static final Allocation EMPTY = numbered(new Assignment[0]);
    /** The letters of R and A, as {@link #letters()} holds them. */
    static final int R = 1 << Raci.R.ordinal();
    static final int A = 1 << Raci.A.ordinal();

    private final List<Assignment> assignments;
    private final List<Assignment.Key> keys;
    /** Where each key's run starts in {@code assignments}; one more entry, the size, closes the last run. */
    private final int[] starts;
    private final Chunks<Scope> keyScopes;
    /**
     * Where each run of keys starts, in key order; one more entry, the number of keys, closes the last run. A run's
     * keys are of one responsibility, and their assignments held at one shift (see {@link #runShifts}): a
     * responsibility's keys are one run, or, only where they repeat other keys' assignments, more. Rules walk the
     * keys run by run and skip the runs of responsibilities they do not check.
     */
    private final int[] runStarts;
    /** The responsibility of each run: a key's responsibility is its run's, kept once rather than per key. */
    private final ResponsibilityId[] runResponsibilities;
    /**
     * Per run, how far its assignments' indexes lie past where the columns hold them: assignment {@code i} of run
     * {@code r} is held at column index {@code i - runShifts[r]}. A run that repeats another's assignments is
     * shifted onto them, rather than copied.
     */
    private final int[] runShifts;
    /**
     * Per run, how far its keys' indexes lie past those that hold their scopes: key {@code k} of run {@code r} has
     * the scope held at {@code k - runKeyShifts[r]} in {@code keyScopes}. A run that repeats other keys shares
     * their scopes.
     */
    private final int[] runKeyShifts;
    /** The number of assignments, counting each run's: more than the columns hold where runs share them. */
    private final int size;
    /** Per column index: the slot of an assignment's person, its letters as a bit mask. */
    private final int[] personSlots;
    private final byte[] letters;
    /**
     * Per assignment, the index of its key, made from {@code starts} when first asked for: the rules walk keys
     * by their runs and need it for few assignments. Racing threads make equal arrays.
     */
    private volatile int @Nullable [] keyOf;
    /** Per column index, an explicit effort in thousandths or -1; null when none has one. */
    private final int @Nullable [] efforts;
    /**
     * The people by slot, numbered in id order. A slot may have no assignments: the allocator numbers everyone
     * the organisation knows (see {@link Writer}).
     */
    private final Numbering<PersonId> people;
    /** Per slot, where its assignments' indexes start in {@code byPerson}; one more entry closes the last. */
    private final int[] personStarts;
    /**
     * The indexes of the assignments grouped by slot, each group in assignment order; made when first asked for,
     * as only lookups by person need it. Racing threads make equal arrays.
     */
    private volatile int @Nullable [] byPerson;

    /** Takes the columns a writer wrote, checked as they were written. */
    private Allocation(Writer w) {
        this.starts = w.starts;
        this.keyScopes = w.keyScopes;
        this.runStarts = w.runStarts();
        this.runResponsibilities = Arrays.copyOf(w.runResponsibilities, w.runs);
        this.runShifts = Arrays.copyOf(w.runShifts, w.runs);
        this.runKeyShifts = Arrays.copyOf(w.runKeyShifts, w.runs);
        this.size = w.size;
        this.personSlots = w.slots;
        this.letters = w.letters;
        this.efforts = w.efforts;
        this.people = w.people;
        this.assignments = new Assignments();
        this.keys = new Keys();
        // each person's assignments as a group of one array, counted out per slot as written, rather than a list per
        // person
        int[] groupStarts = w.groupStarts;
        for (int slot = 0; slot < people.size(); slot++) {
            groupStarts[slot + 1] += groupStarts[slot];
        }
        this.personStarts = groupStarts;
    }

    /** The order of two assignments' keys, reading no id where both share the same id objects. */
    private static int compareKeys(Assignment a, Assignment b) {
        int c = a.responsibility() == b.responsibility() ? 0
                : a.responsibility().value().compareTo(b.responsibility().value());
        return c != 0 || a.scope() == b.scope() ? c : a.scope().compareTo(b.scope());
    }

    /** Indexes sorted assignments, numbering their people in id order. */
    private static Allocation numbered(Assignment[] sorted) {
        int keys = 0;
        boolean explicit = false;
        // people numbered as first seen, then renumbered in id order, the order an organisation numbers them in
        Numbering<PersonId> seen = new Numbering<>(16);
        int[] seenNumbers = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || compareKeys(sorted[i - 1], sorted[i]) != 0) {
                keys++;
            }
            explicit |= sorted[i].effort().isPresent();
            seenNumbers[i] = seen.add(sorted[i].person());
        }
        PersonId[] inOrder = new PersonId[seen.size()];
        for (int n = 0; n < inOrder.length; n++) {
            inOrder[n] = seen.get(n);
        }
        Arrays.sort(inOrder);
        Numbering<PersonId> people = new Numbering<>(inOrder.length);
        for (PersonId person : inOrder) {
            people.add(person);
        }
        int[] renumbered = new int[inOrder.length];
        for (int n = 0; n < inOrder.length; n++) {
            renumbered[n] = people.number(seen.get(n));
        }
        Writer w = new Writer(sorted.length, keys, people.freeze(), explicit);
        for (int i = 0; i < sorted.length; i++) {
            Assignment a = sorted[i];
            if (i == 0 || compareKeys(sorted[i - 1], a) != 0) {
                w.key(a.responsibility(), a.scope());
            }
            w.add(renumbered[seenNumbers[i]], Raci.mask(a.raci()), a.effort().map(Fte::thousandths).orElse(-1));
        }
        return w.allocation();
    }

    /**
     * Assignments written in natural order, key by key, as columns, by a caller that numbers their people itself,
     * in id order. The allocator takes the organisation's numbering and writes each key's people in that order, so
     * it needs no sort, no comparison of keys and no lookup per assignment. Each assignment is checked as it is
     * written, while its slot is at hand: a person assigned twice to a key, or a key's people out of order, are
     * caught without a second pass over the columns. Keys written once may be written again, for another
     * responsibility, without writing their assignments again: see {@link #repeat}. Not thread-safe.
     */
    static final class Writer {
        private final int[] starts;
        private final Chunks<Scope> keyScopes;
        private final int[] slots;
        private final byte[] letters;
        private final int @Nullable [] efforts;
        private final Numbering<PersonId> people;
        /** Per slot, from index 1, how many assignments were written for it. */
        private final int[] groupStarts;
        private final int announced;
        private int[] runStarts = new int[16];
        private ResponsibilityId[] runResponsibilities = new ResponsibilityId[16];
        private int[] runShifts = new int[16];
        private int[] runKeyShifts = new int[16];
        private int runs;
        /** The assignments written, counting repeats, and those of them held in the columns. */
        private int size;
        private int held;
        /** The keys written, counting repeats, and those of them whose scopes are held. */
        private int keys;
        private int heldKeys;
        /**
         * The keys written between {@link #beginRepeatable} and {@link #endRepeatable}: the first, the one after
         * the last, where their scopes start among those held, where their assignments start and end in the
         * columns, their assignments per slot (from index 1), and how many times they are written.
         */
        private int repeatableFrom = -1;
        private int repeatableTo = -1;
        private int repeatableKeyColumn = -1;
        private int repeatableColumn = -1;
        private int repeatableEnd = -1;
        private int @Nullable [] repeatableCounts;
        private int repeats;
        /** Where assignments are counted per slot: {@link #groupStarts}, or the repeatable keys' counts. */
        private int[] counts;

        /**
         * A writer of exactly {@code size} assignments in {@code keys} keys, each written with {@link #add}.
         *
         * @param people numbers the people in id order; frozen
         * @param explicit whether any assignment has an explicit effort
         */
        Writer(int size, int keys, Numbering<PersonId> people, boolean explicit) {
            this(size, size, keys, people, explicit);
        }

        /**
         * A writer of exactly {@code size} assignments in {@code keys} keys, of which exactly {@code held} are
         * written with {@link #add} and the others by {@link #repeat}.
         *
         * @param people numbers the people in id order; frozen
         * @param explicit whether any assignment has an explicit effort
         */
        Writer(int size, int held, int keys, Numbering<PersonId> people, boolean explicit) {
            if (held > size) {
                throw new IllegalArgumentException("more assignments held (" + held + ") than written (" + size + ")");
            }
            this.announced = size;
            this.starts = new int[keys + 1];
            this.keyScopes = new Chunks<>(keys);
            this.slots = new int[held];
            this.letters = new byte[held];
            this.efforts = explicit ? new int[held] : null;
            this.people = people;
            this.groupStarts = new int[people.size() + 1];
            this.counts = groupStarts;
        }

        /** Starts the next key. */
        void key(ResponsibilityId responsibility, Scope scope) {
            run(responsibility, size - held, keys - heldKeys);
            starts[keys] = size;
            keyScopes.set(heldKeys++, scope);
            keys++;
        }

        /**
         * Starts a run of keys of a responsibility whose assignments and scopes lie shifts past where they are held,
         * unless the last key's run is of the same responsibility and shifts.
         */
        private void run(ResponsibilityId responsibility, int shift, int keyShift) {
            if (runs == 0 || runShifts[runs - 1] != shift || runKeyShifts[runs - 1] != keyShift
                    || !runResponsibilities[runs - 1].equals(responsibility)) {
                if (runs == runStarts.length) {
                    runStarts = Arrays.copyOf(runStarts, runs * 2);
                    runResponsibilities = Arrays.copyOf(runResponsibilities, runs * 2);
                    runShifts = Arrays.copyOf(runShifts, runs * 2);
                    runKeyShifts = Arrays.copyOf(runKeyShifts, runs * 2);
                }
                runStarts[runs] = keys;
                runShifts[runs] = shift;
                runKeyShifts[runs] = keyShift;
                runResponsibilities[runs++] = responsibility;
            }
        }

        /**
         * Notes that the keys written from now until {@link #endRepeatable} may be written again by
         * {@link #repeat}: their assignments are counted per slot apart, and added to the counts, times the number
         * of times they were written, once, when the allocation is made, rather than once per repeat.
         */
        void beginRepeatable() {
            addRepeatableCounts();
            repeatableFrom = keys;
            // until they are ended, there are no keys to repeat
            repeatableTo = -1;
            repeatableKeyColumn = heldKeys;
            repeatableColumn = held;
            repeatableCounts = new int[groupStarts.length];
            counts = repeatableCounts;
        }

        /** Ends the keys begun by {@link #beginRepeatable}. */
        void endRepeatable() {
            if (counts == groupStarts) {
                throw new IllegalStateException("no repeatable keys begun");
            }
            counts = groupStarts;
            repeatableTo = keys;
            repeatableEnd = held;
            repeats = 1;
        }

        /** Adds the counts per slot of the repeatable keys, times the number of times they were written. */
        private void addRepeatableCounts() {
            int[] repeatable = repeatableCounts;
            if (repeatable != null) {
                for (int slot = 0; slot < groupStarts.length; slot++) {
                    groupStarts[slot] += repeats * repeatable[slot];
                }
                repeatableCounts = null;
                repeats = 0;
            }
        }

        /**
         * Writes the keys ended by {@link #endRepeatable} again, for another responsibility: the same scopes,
         * each with the same people, letters and efforts. Neither their scopes nor their assignments are written
         * again: the new keys are a run of their own, shifted onto those that hold the first ones, which were
         * checked when they were written.
         *
         * @param responsibility the responsibility of the new keys
         * @throws IllegalStateException if no keys were ended as repeatable
         */
        void repeat(ResponsibilityId responsibility) {
            if (repeatableTo < 0) {
                throw new IllegalStateException("no repeatable keys ended");
            }
            int count = repeatableTo - repeatableFrom;
            if (count == 0) {
                return;
            }
            // a run of its own even where the last key's run is of the same responsibility: its shift differs
            run(responsibility, size - repeatableColumn, keys - repeatableKeyColumn);
            int shift = size - starts[repeatableFrom];
            for (int k = repeatableFrom; k < repeatableTo; k++) {
                starts[keys++] = starts[k] + shift;
            }
            repeats++;
            size += repeatableEnd - repeatableColumn;
        }

        /**
         * Adds an assignment to the current key, with its letters as a mask like {@link Allocation#letters()} and
         * an explicit effort in thousandths or -1.
         *
         * @throws InvalidValueException if the person is assigned to the key already
         * @throws IllegalStateException if the person comes before the key's previous one
         */
        void add(int slot, int raci, int effort) {
            // the key's previous assignment, if any, is the last held: a repeat only ever follows a whole key
            if (size > starts[keys - 1] && slots[held - 1] >= slot) {
                // slots are equal exactly when people are: no id is read here
                if (slots[held - 1] == slot) {
                    throw new InvalidValueException("Allocation", "assignments", "person '" + people.get(slot)
                            + "' is assigned twice to " + new Assignment.Key(runResponsibilities[runs - 1],
                                    keyScopes.get(heldKeys - 1)));
                }
                throw new IllegalStateException("assignments out of order at index " + size);
            }
            counts[slot + 1]++;
            slots[held] = slot;
            letters[held] = (byte) raci;
            if (efforts != null) {
                efforts[held] = effort;
            }
            held++;
            size++;
        }

        /**
         * The allocation of what was written.
         *
         * @throws IllegalStateException if fewer assignments or keys were written than announced
         */
        Allocation allocation() {
            if (size != announced || held != slots.length || keys + 1 != starts.length) {
                throw new IllegalStateException("wrote " + size + " assignments (" + held + " held) in " + keys
                        + " keys, announced " + announced + " (" + slots.length + " held) in " + (starts.length - 1));
            }
            starts[keys] = size;
            if (counts != groupStarts) {
                endRepeatable();
            }
            addRepeatableCounts();
            return new Allocation(this);
        }

        /** The starts of the responsibilities' runs, closed by the number of keys. */
        private int[] runStarts() {
            int[] closed = Arrays.copyOf(runStarts, runs + 1);
            closed[runs] = keys;
            return closed;
        }
    }

    /**
     * Values in arrays of at most {@value #CHUNK} each: G1 allocates a larger array of references as a humongous
     * object, outside the young generation, and until old collections run, a dead one keeps every young object it
     * references alive through each young collection. A chunk is allocated when a value is first set in it: a
     * writer announces every key, and holds the scopes of only those it does not repeat. Not thread-safe until
     * handed to an allocation.
     */
    static final class Chunks<T> {
        static final int BITS = 15;
        static final int CHUNK = 1 << BITS;
        private final Object[][] chunks;
        private final int size;

        /** Values at indexes up to a size, each chunk allocated when a value is first set in it. */
        Chunks(int size) {
            this.size = size;
            this.chunks = new Object[(size + CHUNK - 1) >>> BITS][];
        }

        @SuppressWarnings("unchecked")
        T get(int index) {
            return (T) chunks[index >>> BITS][index & (CHUNK - 1)];
        }

        Object object(int index) {
            return chunks[index >>> BITS][index & (CHUNK - 1)];
        }

        void set(int index, T value) {
            Object[] chunk = chunks[index >>> BITS];
            if (chunk == null) {
                Objects.checkIndex(index, size);
                chunk = new Object[Math.min(CHUNK, size - (index & -CHUNK))];
                chunks[index >>> BITS] = chunk;
            }
            chunk[index & (CHUNK - 1)] = value;
        }
    }

    /** The assignments, read through. */
    private final class Assignments extends AbstractList<Assignment> implements RandomAccess {

        @Override
        public Assignment get(int index) {
            return at(Objects.checkIndex(index, size));
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The keys of the runs, made when asked for rather than kept. */
    private final class Keys extends AbstractList<Assignment.Key> implements RandomAccess {

        @Override
        public Assignment.Key get(int index) {
            Objects.checkIndex(index, size());
            int run = runOf(index);
            return new Assignment.Key(runResponsibilities[run], keyScope(index, run));
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
            return at(byPerson()[from + Objects.checkIndex(index, to - from)]);
        }

        @Override
        public int size() {
            return to - from;
        }
    }

    /** The assignment at an index of {@link #assignments()}, made from the columns. */
    Assignment at(int index) {
        int key = keyOf(index);
        int run = runOf(key);
        int column = index - runShifts[run];
        int effort = effort(column);
        return new Assignment(runResponsibilities[run], keyScope(key, run), people.get(personSlots[column]),
                Raci.ofMask(letters[column]), effort < 0 ? Optional.empty() : Optional.of(Fte.ofThousandths(effort)));
    }

    /**
     * The slot of each assignment's person, by column index (see {@link #runShift}), for rules that sum per person
     * in one pass over the columns rather than one lookup per assignment. Not copied: callers must not change it.
     */
    int[] personSlots() {
        return personSlots;
    }

    /**
     * The letters of each assignment as a bit mask of their ordinals ({@link #R}, {@link #A}), by column index (see
     * {@link #runShift}). Not copied.
     */
    byte[] letters() {
        return letters;
    }

    /** The explicit effort held at a column index (see {@link #runShift}) in thousandths, or -1 for none. */
    int effort(int column) {
        return efforts == null ? -1 : efforts[column];
    }

    /**
     * The explicit effort of each assignment in thousandths, -1 for none, by column index (see {@link #runShift});
     * null when no assignment has one. For loops over the columns, which then read an array rather than call a
     * method per assignment. Not copied.
     */
    int @Nullable [] efforts() {
        return efforts;
    }

    /**
     * How far the indexes of a run's assignments lie past the column indexes that hold them: the person, letters
     * and effort of assignment {@code i} of run {@code r} are at {@code i - runShift(r)} in {@link #personSlots()},
     * {@link #letters()} and {@link #efforts()}. Zero where no run before it repeats another's assignments.
     */
    int runShift(int run) {
        return runShifts[run];
    }

    /**
     * Where each run of keys starts, in key order, and one more entry, the number of keys: run {@code r} holds the
     * keys from {@code runStarts()[r]} up to {@code runStarts()[r + 1]}, all of the responsibility
     * {@code runResponsibility(r)}, their assignments held at the shift {@code runShift(r)} and their scopes at the
     * shift {@code runKeyShift(r)}. Not copied: callers must not change it.
     */
    int[] runStarts() {
        return runStarts;
    }

    /** The run (see {@link #runStarts()}) a key belongs to, by its index in {@link #keys()}. */
    int runOf(int key) {
        // the run that starts at or before the key: a search among a few dozen runs
        int found = Arrays.binarySearch(runStarts, 0, runStarts.length - 1, key);
        return found >= 0 ? found : -found - 2;
    }

    /** The responsibility of a run of keys (see {@link #runStarts()}). */
    ResponsibilityId runResponsibility(int run) {
        return runResponsibilities[run];
    }

    /**
     * The names of some keys, as {@link Assignment.Key#toString()} writes them, by their indexes in
     * {@link #keys()}. At a million assignments the scopes of the few keys a rule reports on lie far apart in
     * memory, and reading a key's scope, then its id, then the id's characters waits on three reads in turn, for
     * each key. Read here one level for all keys at a time, in passes over arrays, the reads of a pass do not wait
     * on each other.
     *
     * @param keys the keys' indexes; only the first {@code count} are read
     * @param count how many keys
     * @return the names, in the keys' order
     */
    String[] keyNames(int[] keys, int count) {
        Scope[] scopes = new Scope[count];
        int[] runs = new int[count];
        for (int j = 0; j < count; j++) {
            runs[j] = runOf(keys[j]);
            scopes[j] = keyScope(keys[j], runs[j]);
        }
        String[] refs = new String[count];
        for (int j = 0; j < count; j++) {
            refs[j] = scopes[j].ref();
        }
        readCharacters(refs);
        String[] names = new String[count];
        for (int j = 0; j < count; j++) {
            names[j] = Assignment.Key.name(runResponsibilities[runs[j]], scopes[j].kind(), refs[j]);
        }
        return names;
    }

    /**
     * Reads each of some strings and the array of its characters, null skipped, in one pass: the strings read next
     * are then in the cache. The lengths are summed and the sum checked, so that the pass is made; it could
     * overflow only past the length of a string.
     */
    static void readCharacters(@Nullable String[] strings) {
        int length = 0;
        for (@Nullable String s : strings) {
            length += s != null ? s.length() : 0;
        }
        if (length < 0) {
            throw new IllegalStateException("ids longer than a string can be");
        }
    }

    /** The scope of a key, by its index in {@link #keys()}. */
    Scope keyScope(int key) {
        return keyScope(key, runOf(key));
    }

    /** The scope of a key of a run, by their indexes, without a search for the key's run. */
    Scope keyScope(int key, int run) {
        return keyScopes.get(key - runKeyShifts[run]);
    }

    /**
     * How far the indexes of a run's keys lie past the indexes that hold their scopes (see
     * {@link #heldScopeObject}). Zero where no run before it repeats other keys.
     */
    int runKeyShift(int run) {
        return runKeyShifts[run];
    }

        /**
     * The scope held at an index, a key's index less its run's key shift (see {@link #runKeyShift}), as a plain
     * object, for comparing by identity only: {@link #keyScope} makes the JVM check its type, which reads the scope
     * itself. For loops over the keys, which keep their run's shift at hand.
     */
    Object heldScopeObject(int index) {
        return keyScopes.object(index);
    }

    /** The index in {@link #keys()} of an assignment's key. */
    int keyOf(int index) {
        int[] keys = keyOf;
        if (keys == null) {
            keys = new int[size];
            for (int k = 0; k + 1 < starts.length; k++) {
                Arrays.fill(keys, starts[k], starts[k + 1], k);
            }
            keyOf = keys;
        }
        return keys[index];
    }

    /** The person with a slot. */
    PersonId person(int slot) {
        return people.get(slot);
    }

    /**
     * Where each key's run starts in {@link #assignments()}, in key order, and one more entry, the size: key
     * {@code k}'s assignments are those from {@code starts()[k]} up to {@code starts()[k + 1]}. For rules that
     * walk the runs by index rather than through a list view per key. Not copied: callers must not change it.
     */
    int[] starts() {
        return starts;
    }

    /**
     * Where each slot's group starts in {@link #byPerson()}, and one more entry. Not copied: callers must not
     * change it.
     */
    int[] personStarts() {
        return personStarts;
    }

    /** The indexes of the assignments grouped by slot, each group in assignment order. Not copied. */
    int[] byPerson() {
        int[] grouped = byPerson;
        if (grouped == null) {
            grouped = new int[size];
            int[] next = Arrays.copyOf(personStarts, people.size());
            for (int run = 0; run + 1 < runStarts.length; run++) {
                int shift = runShifts[run];
                for (int i = starts[runStarts[run]]; i < starts[runStarts[run + 1]]; i++) {
                    grouped[next[personSlots[i - shift]]++] = i;
                }
            }
            byPerson = grouped;
        }
        return grouped;
    }

    /** The people by slot, numbered in id order; shared, never changed. */
    Numbering<PersonId> numbering() {
        return people;
    }

    /** Whether the person of a slot has an assignment. */
    boolean assigned(int slot) {
        return personStarts[slot] < personStarts[slot + 1];
    }

    /** The number of slots: at least the people with an assignment. */
    int slots() {
        return people.size();
    }

    /** A person's slot, or -1 when the person has no assignment. */
    int slot(PersonId person) {
        int slot = people.number(person);
        return slot < 0 || personStarts[slot] == personStarts[slot + 1] ? -1 : slot;
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
        for (int slot = 0; slot < people.size(); slot++) {
            if (personStarts[slot] < personStarts[slot + 1]) {
                action.accept(people.get(slot), new PersonRun(slot));
            }
        }
    }

    /**
     * The people with at least one assignment, in id order.
     *
     * @return the people; never null
     */
    public Set<PersonId> people() {
        Set<PersonId> assigned = new TreeSet<>();
        for (int slot = 0; slot < people.size(); slot++) {
            if (personStarts[slot] < personStarts[slot + 1]) {
                assigned.add(people.get(slot));
            }
        }
        return Collections.unmodifiableSet(assigned);
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
