package nl.competentiekompas.core.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * Values numbered 0.. in the order added, found by equality through a table of ints: a hash map of a hundred
 * thousand values holds as many entries and boxed numbers, and its table is a humongous array for G1. Once
 * {@link #freeze() frozen} nothing can be added, and a frozen numbering may be shared between threads through a
 * final field. Not thread-safe before.
 *
 * @param <T> the values: immutable, with {@code equals} and {@code hashCode}
 */
public final class Numbering<T> {
    private Object[] byNumber;
    /** Per cell, a value's number plus one; zero for an empty cell. Never more than half full. */
    private int[] table;
    private int size;
    private boolean frozen;

    /**
     * An empty numbering.
     *
     * @param expected how many values are expected; more may be added
     */
    public Numbering(int expected) {
        this.byNumber = new Object[Math.max(expected, 4)];
        this.table = new int[Integer.highestOneBit(Math.max(expected, 4) * 2 - 1) << 1];
    }

    /**
     * The number of a value, numbering it next when new.
     *
     * @param value the value; not null
     * @return its number
     * @throws IllegalStateException if the value is new and the numbering is frozen
     */
    public int add(T value) {
        int found = number(Objects.requireNonNull(value, "value"));
        if (found >= 0) {
            return found;
        }
        if (frozen) {
            throw new IllegalStateException("a frozen numbering takes no new values");
        }
        if (size == byNumber.length) {
            byNumber = Arrays.copyOf(byNumber, size * 2);
        }
        if ((size + 1) * 2 > table.length) {
            table = new int[table.length * 2];
            for (int n = 0; n < size; n++) {
                place(byNumber[n], n);
            }
        }
        byNumber[size] = value;
        place(value, size);
        return size++;
    }

    /**
     * Ends adding: the numbering is read-only from now on.
     *
     * @return this numbering
     */
    public Numbering<T> freeze() {
        frozen = true;
        return this;
    }

    /**
     * The number of a value.
     *
     * @param value the value; not null
     * @return its number, or -1 when it has none
     */
    public int number(T value) {
        int mask = table.length - 1;
        for (int i = cell(value) & mask; table[i] != 0; i = (i + 1) & mask) {
            Object candidate = byNumber[table[i] - 1];
            if (candidate == value || candidate.equals(value)) {
                return table[i] - 1;
            }
        }
        return -1;
    }

    /**
     * The numbers of many values, or -1 for those without one: the same as {@link #number} for each, in steps
     * over all of them (cells, then the table, then the values found), so that the cache misses of one value's
     * lookup do not wait for those of the one before.
     *
     * @param values the values; not null, no null elements
     * @return their numbers, in the same order; never null
     */
    public int[] numbers(T[] values) {
        int mask = table.length - 1;
        int[] cells = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]) & mask;
        }
        int[] found = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            found[i] = table[cells[i]] - 1;
        }
        for (int i = 0; i < values.length; i++) {
            int n = found[i];
            // on a collision, probe on from the next cell, as number does
            for (int c = cells[i]; n >= 0 && byNumber[n] != values[i] && !byNumber[n].equals(values[i]); ) {
                c = (c + 1) & mask;
                n = table[c] - 1;
            }
            found[i] = n;
        }
        return found;
    }

    private void place(Object value, int number) {
        int mask = table.length - 1;
        int i = cell(value) & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = number + 1;
    }

    private static int cell(Object value) {
        int h = value.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * The value with a number.
     *
     * @param number the number, from 0 to {@link #size()} (exclusive)
     * @return the value; never null
     */
    @SuppressWarnings("unchecked")
    public T get(int number) {
        return (T) byNumber[Objects.checkIndex(number, size)];
    }

    /**
     * The value with a number as a plain object, for comparing by identity only: {@link #get} makes the JVM check
     * the value's type, which reads the object itself, a cache miss when values lie scattered over a large heap.
     *
     * @param number the number, from 0 to {@link #size()} (exclusive)
     * @return the value; never null
     */
    public Object identity(int number) {
        return byNumber[Objects.checkIndex(number, size)];
    }

    /**
     * How many values are numbered.
     *
     * @return the count
     */
    public int size() {
        return size;
    }
}
