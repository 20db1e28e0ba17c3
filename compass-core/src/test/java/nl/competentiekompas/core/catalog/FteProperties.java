package nl.competentiekompas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FteProperties {

    @Provide
    Arbitrary<Fte> ftes() {
        return Arbitraries.integers().between(0, Fte.MAX_THOUSANDTHS)
                .edgeCases(c -> c.includeOnly(0, 1, 999, 1000, Fte.MAX_THOUSANDTHS))
                .map(Fte::ofThousandths);
    }

    @Property
    void parseReadsWhatToStringWrites(@ForAll("ftes") Fte fte) {
        String text = fte.toString();
        assertThat(Fte.parse(text)).isEqualTo(fte);
        assertThat(Fte.of(fte.toBigDecimal())).isEqualTo(fte);
        assertThat(text).doesNotContain("E").doesNotMatch(".*\\.\\d*0");
    }

    @Property
    void parseIgnoresTrailingZeros(@ForAll("ftes") Fte fte, @ForAll @IntRange(min = 3, max = 8) int scale) {
        String padded = BigDecimal.valueOf(fte.thousandths(), 3).setScale(scale).toPlainString();
        assertThat(Fte.parse(padded)).isEqualTo(fte);
    }

    @Property
    void plusIsTheSumCappedAt100(@ForAll("ftes") Fte a, @ForAll("ftes") Fte b) {
        assertThat(a.plus(b).thousandths()).isEqualTo(Math.min(Fte.MAX_THOUSANDTHS, a.thousandths() + b.thousandths()));
    }

    @Property
    void plusIsCommutative(@ForAll("ftes") Fte a, @ForAll("ftes") Fte b) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void plusIsAssociative(@ForAll("ftes") Fte a, @ForAll("ftes") Fte b, @ForAll("ftes") Fte c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    }

    @Property
    void zeroIsNeutral(@ForAll("ftes") Fte a) {
        assertThat(a.plus(Fte.ZERO)).isEqualTo(a);
        assertThat(a.minusOrZero(Fte.ZERO)).isEqualTo(a);
        assertThat(a.minusOrZero(a)).isEqualTo(Fte.ZERO);
    }

    @Property
    void minusOrZeroUndoesPlusBelowTheCap(@ForAll("ftes") Fte a, @ForAll("ftes") Fte b) {
        if (a.thousandths() + b.thousandths() <= Fte.MAX_THOUSANDTHS) {
            assertThat(a.plus(b).minusOrZero(b)).isEqualTo(a);
        }
        assertThat(a.minusOrZero(b).thousandths()).isEqualTo(Math.max(0, a.thousandths() - b.thousandths()));
    }

    @Property
    void orderFollowsTheAmount(@ForAll("ftes") Fte a, @ForAll("ftes") Fte b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.thousandths() - b.thousandths()));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }
}
