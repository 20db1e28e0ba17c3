package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FteTests {

    @ParameterizedTest
    @CsvSource({"0, 0", "0.8, 800", "0.05, 50", "1, 1000", "1.000, 1000", "0.125, 125", "100, 100000",
        "+0.5, 500", "5e-3, 5", "0E+2147483647, 0", "1E-2, 10"})
    void parsesDecimalFractions(String text, int thousandths) {
        assertThat(Fte.parse(text)).isEqualTo(Fte.ofThousandths(thousandths));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "50, 0.05", "800, 0.8", "1000, 1", "1250, 1.25", "100000, 100"})
    void printsWithoutTrailingZeros(int thousandths, String text) {
        assertThat(Fte.ofThousandths(thousandths)).hasToString(text);
        assertThat(Fte.ofThousandths(thousandths).toBigDecimal()).isEqualTo(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0,8", "NaN", "1/2", " 0.5"})
    void rejectsTextThatIsNoDecimal(String text) {
        assertInvalid(() -> Fte.parse(text), "Fte", "fraction", "must be a decimal number such as 0.8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0005", "0.1234", "1E-2147483647"})
    void rejectsMoreThanThreeDecimals(String text) {
        assertInvalid(() -> Fte.parse(text), "Fte", "fraction", "must have at most three decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.001", "100.001", "101", "1E+2147483647", "-1E+2147483647"})
    void rejectsAmountsOutsideTheRange(String text) {
        assertInvalid(() -> Fte.parse(text), "Fte", "fraction", "must be between 0 and 100");
    }

    @Test
    void rejectsThousandthsOutsideTheRange() {
        assertInvalid(() -> Fte.ofThousandths(-1), "Fte", "thousandths",
                "must be between 0 and 100000 (0 to 100 FTE), got -1");
        assertInvalid(() -> new Fte(100_001), "Fte", "thousandths",
                "must be between 0 and 100000 (0 to 100 FTE), got 100001");
        assertThat(Fte.ofThousandths(Fte.MAX_THOUSANDTHS).thousandths()).isEqualTo(100_000);
    }

    @Test
    void rejectsNull() {
        assertNullRejected(() -> Fte.parse(null), "text");
        assertNullRejected(() -> Fte.of(null), "fraction");
    }

    @Test
    void arithmeticIsExactAndBounded() {
        assertThat(Fte.parse("0.1").plus(Fte.parse("0.2"))).isEqualTo(Fte.parse("0.3"));
        assertThat(Fte.parse("99.5").plus(Fte.parse("1"))).isEqualTo(Fte.ofThousandths(Fte.MAX_THOUSANDTHS));
        assertThat(Fte.parse("0.3").minusOrZero(Fte.parse("0.1"))).isEqualTo(Fte.parse("0.2"));
        assertThat(Fte.parse("0.1").minusOrZero(Fte.parse("0.3"))).isEqualTo(Fte.ZERO);
        assertThat(Fte.ZERO.isZero()).isTrue();
        assertThat(Fte.ONE.isZero()).isFalse();
        assertThat(Fte.ONE).isEqualTo(Fte.parse("1"));
    }

    @Test
    void ordersByAmount() {
        assertThat(Fte.parse("0.2")).isGreaterThan(Fte.parse("0.05")).isLessThan(Fte.ONE);
        assertThat(Fte.parse("0.50").compareTo(Fte.parse("0.5"))).isZero();
    }

    @Test
    void equalByAmount() {
        assertValueSemantics(Fte.parse("0.5"), Fte.ofThousandths(500), Fte.ofThousandths(501), Fte.ZERO);
        assertValueSemantics(Fte.of(new BigDecimal("0.80")), Fte.parse("0.8"), Fte.parse("0.08"));
    }
}
