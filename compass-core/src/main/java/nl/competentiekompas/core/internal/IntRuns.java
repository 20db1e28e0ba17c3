package nl.competentiekompas.core.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * A run of ints for each of a list of things, such as the numbers of the units each appointment covers: kept in
 * two arrays, the runs one after the other and where each starts, rather than an array per thing. Immutable; the
 * arrays are shared, callers must not change them.
 */
public final class IntRuns {

    private final int[] starts;
    private final int[] values;

    private IntRuns(int[] starts, int[] values) {
        this.starts = starts;
        this.values = values;
    }

    /**
     * The runs of a number of things, from pairs of a thing's index and a value: each thing's run holds the values
     * of its pairs, in the order of the pairs. Things without a pair have an empty run.
     *
     * @param count the number of things
     * @param things the index of each pair's thing, from 0 to {@code count - 1}; only the first {@code pairs} count
     * @param values the value of each pair; only the first {@code pairs} count
     * @param pairs the number of pairs
     * @return the runs, one per thing; never null
     * @throws IndexOutOfBoundsException if a thing's index is out of range
     */
    public static IntRuns grouped(int count, int[] things, int[] values, int pairs) {
        int[] starts = new int[count + 1];
        for (int p = 0; p < pairs; p++) {
            starts[Objects.checkIndex(things[p], count) + 1]++;
        }
        for (int t = 0; t < count; t++) {
            starts[t + 1] += starts[t];
        }
        int[] next = Arrays.copyOf(starts, count);
        int[] grouped = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            grouped[next[things[p]]++] = values[p];
        }
        return new IntRuns(starts, grouped);
    }

    /**
     * Where the run of a thing starts in {@link #values()}.
     *
     * @param index the thing's index
     * @return the start
     */
    public int from(int index) {
        return starts[index];
    }

    /**
     * Where the run of a thing ends in {@link #values()}, exclusive; equal to {@link #from} for an empty run.
     *
     * @param index the thing's index
     * @return the end
     */
    public int to(int index) {
        return starts[index + 1];
    }

    /**
     * The runs, one after the other.
     *
     * @return the values; shared, callers must not change them
     */
    public int[] values() {
        return values;
    }
}
