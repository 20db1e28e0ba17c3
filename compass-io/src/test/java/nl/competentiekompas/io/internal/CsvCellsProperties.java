package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.YearRange;

class CsvCellsProperties {

    @Property
    void neutralisationRoundTripsAndNeverStartsAFormula(@ForAll String value) {
        String cell = CsvCells.neutralise(value);
        assertThat(CsvCells.restore(cell)).isEqualTo(value);
        if (!cell.isEmpty()) {
            assertThat(CsvCells.isFormulaStarter(cell.charAt(0))).isFalse();
        }
    }

    @Property
    void datesParseInBothForms(@ForAll @YearRange(min = 1, max = 9999) LocalDate date) {
        String iso = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth());
        String dutch = String.format(java.util.Locale.ROOT, "%02d-%02d-%04d", date.getDayOfMonth(),
                date.getMonthValue(), date.getYear());
        assertThat(CsvCells.parseDate(iso)).contains(date);
        assertThat(CsvCells.parseDate(dutch)).contains(date);
        assertThat(CsvCells.parseDate(CsvCells.formatDate(date))).contains(date);
    }

    @Example
    void impossibleOrOtherDatesAreRejected() {
        for (String bad : new String[] {"2026-02-30", "31-04-2026", "2026/01/01", "01-01-26", "2026-1-01", "", "x",
                "2026-01-0x", "١٢٣٤-01-01"}) {
            assertThat(CsvCells.parseDate(bad)).as(bad).isEmpty();
        }
    }

    @Property
    void decimalsReadWithCommaOrPoint(@ForAll @IntRange(min = 0, max = 100_000) int thousandths,
            @ForAll boolean comma) {
        BigDecimal value = BigDecimal.valueOf(thousandths, 3);
        assertThat(CsvCells.parseDecimal(CsvCells.formatDecimal(value, comma))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(value));
    }

    @Example
    void malformedDecimalsAreRejected() {
        for (String bad : new String[] {"1.000,5", "1,2,3", ",5", "5,", "1e3", "", "-", "0x10", " 1", "１"}) {
            assertThat(CsvCells.parseDecimal(bad)).as(bad).isEmpty();
        }
        assertThat(CsvCells.parseDecimal("0,8")).contains(new BigDecimal("0.8"));
    }

    @Example
    void integersAreWholeNumbersOfAtMostNineDigits() {
        assertThat(CsvCells.parseInt("-12")).hasValue(-12);
        for (String bad : new String[] {"1.0", "1234567890", "+1", "", "-", "٣"}) {
            assertThat(CsvCells.parseInt(bad)).as(bad).isEmpty();
        }
    }
}
