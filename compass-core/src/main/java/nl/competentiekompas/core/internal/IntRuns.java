package nl.competentiekompas.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

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
     * The runs of some things: for each, the numbers of the parts a function gives it, in the parts' order.
     *
     * @param <T> the type of the things
     * @param <V> the type of the parts
     * @param things the things; not null
     * @param parts gives a thing's parts; not null
     * @param number numbers a part; not null
     * @return the runs, one per thing, in the things' order; never null
     */
    public static <T, V> IntRuns of(List<T> things, Function<T, ? extends Collection<V>> parts,
            ToIntFunction<V> number) {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(number, "number");
        int[] starts = new int[things.size() + 1];
        for (int i = 0; i < things.size(); i++) {
            starts[i + 1] = starts[i] + parts.apply(things.get(i)).size();
        }
        int[] values = new int[starts[things.size()]];
        int next = 0;
        for (T thing : things) {
            for (V part : parts.apply(thing)) {
                values[next++] = number.applyAsInt(part);
            }
        }
        return new IntRuns(starts, values);
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
