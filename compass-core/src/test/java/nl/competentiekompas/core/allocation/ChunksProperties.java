package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The chunked column of an allocation's scopes reads back what was set, as one array would, whichever of its
 * indexes across chunk boundaries are set, and in whatever order its chunks are first touched.
 */
class ChunksProperties {

    private static final int MOST = 3 * Allocation.Chunks.CHUNK + 17;

    @Property(tries = 60)
    void eachIndexReadsWhatWasLastSetThere(@ForAll @IntRange(min = 1, max = MOST) int size, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Allocation.Chunks<Integer> chunks = new Allocation.Chunks<>(size);
        Integer[] expected = new Integer[size];
        for (int n = 0, sets = 1 + random.nextInt(2000); n < sets; n++) {
            // the last index of the last chunk, and a chunk's edges, as often as any other
            int index = switch (random.nextInt(4)) {
                case 0 -> size - 1;
                case 1 -> Math.min(size - 1, random.nextInt(4) * Allocation.Chunks.CHUNK);
                case 2 -> Math.max(0, Math.min(size - 1, random.nextInt(1, 4) * Allocation.Chunks.CHUNK - 1));
                default -> random.nextInt(size);
            };
            Integer value = n;
            chunks.set(index, value);
            expected[index] = value;
        }
        for (int i = 0; i < size; i++) {
            if (expected[i] != null) {
                assertThat(chunks.get(i)).as("index %d", i).isEqualTo(expected[i]);
                assertThat(chunks.object(i)).as("index %d", i).isSameAs(expected[i]);
            }
        }
    }

    @Property(tries = 20)
    void anIndexPastTheSizeIsRefused(@ForAll @IntRange(min = 1, max = 1000) int size,
            @ForAll @IntRange(min = 0, max = 1000) int past) {
        Allocation.Chunks<Integer> chunks = new Allocation.Chunks<>(size);
        assertThatThrownBy(() -> chunks.set(size + past, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
