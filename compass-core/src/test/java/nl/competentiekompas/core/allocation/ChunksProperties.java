package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The chunked column of an allocation's scopes copies ranges as one array would, across chunk boundaries. */
class ChunksProperties {

    private static final int SIZE = 3 * Allocation.Chunks.CHUNK + 17;

    @Property(tries = 60)
    void aCopyIsTheSameAsCopyingEachValue(@ForAll @IntRange(min = 0, max = SIZE) int a,
            @ForAll @IntRange(min = 0, max = SIZE) int b, @ForAll @IntRange(min = 0, max = SIZE) int c) {
        // from + count <= to <= size - count
        int[] sorted = java.util.stream.IntStream.of(a, b, c).sorted().toArray();
        int from = sorted[0];
        int count = Math.min(sorted[1] - sorted[0], SIZE - sorted[2]);
        int to = sorted[1];
        Allocation.Chunks<Integer> chunks = new Allocation.Chunks<>(SIZE);
        Integer[] expected = new Integer[SIZE];
        for (int i = 0; i < SIZE; i++) {
            chunks.set(i, i);
            expected[i] = i;
        }
        System.arraycopy(expected, from, expected, to, count);

        chunks.copy(from, to, count);

        for (int i = 0; i < SIZE; i++) {
            assertThat(chunks.get(i)).as("index %d", i).isEqualTo(expected[i]);
        }
    }

    @Property(tries = 20)
    void anOverlappingCopyIsRefused(@ForAll @IntRange(min = 0, max = 1000) int from,
            @ForAll @IntRange(min = 1, max = 1000) int count) {
        Allocation.Chunks<Integer> chunks = new Allocation.Chunks<>(SIZE);
        assertThatThrownBy(() -> chunks.copy(from + 1, from + count, count))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
