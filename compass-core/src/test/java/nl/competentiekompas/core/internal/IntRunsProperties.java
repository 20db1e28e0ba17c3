package nl.competentiekompas.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IntRunsProperties {

    /** Pairs of a thing's index, below 8, and a value. */
    @Provide
    Arbitrary<List<int[]>> pairs() {
        return Arbitraries.integers().between(0, 7).flatMap(t -> Arbitraries.integers().between(-5, 1000)
                .map(v -> new int[] {t, v})).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void eachThingsRunHoldsItsValuesInTheOrderOfThePairs(@ForAll("pairs") List<int[]> pairs) {
        int[] things = new int[pairs.size() + 3];
        int[] values = new int[pairs.size() + 3];
        for (int p = 0; p < pairs.size(); p++) {
            things[p] = pairs.get(p)[0];
            values[p] = pairs.get(p)[1];
        }
        // the arrays may be longer than the pairs: the rest is not read
        Arrays.fill(things, pairs.size(), things.length, 99);
        IntRuns runs = IntRuns.grouped(8, things, values, pairs.size());
        for (int t = 0; t < 8; t++) {
            List<Integer> expected = new ArrayList<>();
            for (int[] pair : pairs) {
                if (pair[0] == t) {
                    expected.add(pair[1]);
                }
            }
            List<Integer> run = new ArrayList<>();
            for (int i = runs.from(t); i < runs.to(t); i++) {
                run.add(runs.values()[i]);
            }
            assertThat(run).as("run %d", t).isEqualTo(expected);
        }
        assertThat(runs.from(0)).isZero();
        assertThat(runs.to(7)).isEqualTo(pairs.size());
    }

    @Example
    void aThingOutOfRangeIsRefused() {
        assertThatThrownBy(() -> IntRuns.grouped(2, new int[] {0, 2}, new int[] {1, 1}, 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
