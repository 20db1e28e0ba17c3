package nl.competentiekompas.core.internal;

import java.util.Arrays;

/**
 * A growing list of ints, such as the indexes of the keys a rule reports on, gathered in one pass over the keys
 * before anything about them is read. Not thread-safe.
 */
public final class IntList {
    private int[] values = new int[16];
    private int size;

    /**
     * Adds a value at the end.
     *
     * @param value the value
     */
    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /**
     * A value by its index.
     *
     * @param index the index, below {@link #size()}
     * @return the value
     */
    public int get(int index) {
        return values[index];
    }

    /**
     * The number of values.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * The values in ascending order, each once.
     *
     * @return an array of their own
     */
    public int[] distinctSorted() {
        int[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }

    /**
     * The values, in a possibly longer array: only the first {@link #size()} count.
     *
     * @return the array; not copied
     */
    public int[] values() {
        return values;
    }
}
