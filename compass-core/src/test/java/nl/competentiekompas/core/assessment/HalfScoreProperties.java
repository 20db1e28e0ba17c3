package nl.competentiekompas.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HalfScoreProperties {

    @Property
    void theMedianLiesBetweenMinAndMaxSplitsTheScoresAndIgnoresOrder(@ForAll("scores") List<Integer> scores) {
        MultiRaterView.Summary summary = MultiRaterView.Summary.of(scores);
        List<Integer> reversed = new ArrayList<>(scores);
        Collections.reverse(reversed);
        assertThat(MultiRaterView.Summary.of(reversed)).isEqualTo(summary);
        assertThat(summary.count()).isEqualTo(scores.size());
        assertThat(summary.median()).isBetween(HalfScore.of(summary.min()), HalfScore.of(summary.max()));
        long below = scores.stream().filter(s -> HalfScore.of(s).compareTo(summary.median()) < 0).count();
        long above = scores.stream().filter(s -> HalfScore.of(s).compareTo(summary.median()) > 0).count();
        assertThat(below).isLessThanOrEqualTo(scores.size() / 2);
        assertThat(above).isLessThanOrEqualTo(scores.size() / 2);
    }

    @Property
    void textIsAPlainDecimalThatRoundTrips(@ForAll("halves") int halves) {
        String text = HalfScore.ofHalves(halves).toString();
        assertThat(text).matches("-?\\d+(\\.5)?");
        assertThat(new java.math.BigDecimal(text).multiply(java.math.BigDecimal.valueOf(2)).intValueExact())
                .isEqualTo(halves);
    }

    @Property
    void subtractionIsExact(@ForAll("halves") int a, @ForAll("halves") int b) {
        assertThat(HalfScore.ofHalves(a).minus(HalfScore.ofHalves(b)).minus(HalfScore.ofHalves(a)))
                .isEqualTo(HalfScore.ZERO.minus(HalfScore.ofHalves(b)));
    }

    @Provide
    Arbitrary<List<Integer>> scores() {
        return Arbitraries.integers().between(0, 10).list().ofMinSize(1).ofMaxSize(9);
    }

    @Provide
    Arbitrary<Integer> halves() {
        return Arbitraries.integers().between(-1000, 1000);
    }
}
