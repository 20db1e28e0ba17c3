package nl.competentiekompas.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.competentiekompas.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class HalfScoreTests {

    @Test
    void mediansAreExact() {
        assertThat(HalfScore.median(4, 3)).isEqualTo(HalfScore.ofHalves(7));
        assertThat(HalfScore.median(5, 1, 3)).isEqualTo(HalfScore.of(3));
        assertThat(HalfScore.median(4, 3).toString()).isEqualTo("3.5");
        assertThat(HalfScore.ofHalves(-1).toString()).isEqualTo("-0.5");
        assertThat(HalfScore.ofHalves(-3).toString()).isEqualTo("-1.5");
        assertThat(HalfScore.of(2).minus(HalfScore.ofHalves(7))).isEqualTo(HalfScore.ofHalves(-3));
        assertThat(HalfScore.ofHalves(7).isWhole()).isFalse();
    }

    @Test
    void medianNeedsAScore() {
        assertThatThrownBy(HalfScore::median).isInstanceOf(InvalidValueException.class)
                .hasMessage("HalfScore.median: needs at least one score");
    }

    @Test
    void equalsAndHashCode() {
        assertThat(HalfScore.of(3)).isEqualTo(HalfScore.ofHalves(6)).hasSameHashCodeAs(HalfScore.ofHalves(6))
                .isNotEqualTo(HalfScore.ofHalves(7));
    }
}
