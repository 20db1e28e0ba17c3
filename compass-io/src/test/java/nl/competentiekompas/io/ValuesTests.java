package nl.competentiekompas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.LocalizedText;
import org.junit.jupiter.api.Test;

class ValuesTests {

    static final LocalizedText MESSAGE = LocalizedText.of("kolom 'datum' moet een datum zijn",
            "column 'date' must be a date");

    @Test
    void locationsHaveValueEqualityAndDescribeThemselves() {
        assertThat(new Location.CsvCell(4, 2)).isEqualTo(new Location.CsvCell(4, 2))
                .hasSameHashCodeAs(new Location.CsvCell(4, 2)).isNotEqualTo(new Location.CsvCell(4, 3));
        assertThat(new Location.TextPosition(1, 7)).isEqualTo(new Location.TextPosition(1, 7))
                .isNotEqualTo(new Location.CsvCell(1, 7));
        assertThat(new Location.JsonPointer("/a/0")).isEqualTo(new Location.JsonPointer("/a/0"))
                .hasSameHashCodeAs(new Location.JsonPointer("/a/0"));
        assertThat(new Location.CsvCell(4, 2).describe(Language.NL)).isEqualTo("regel 4, kolom 2");
        assertThat(new Location.CsvCell(4, 2).describe(Language.EN)).isEqualTo("line 4, column 2");
        assertThat(new Location.TextPosition(3, 9).describe(Language.EN)).isEqualTo("line 3, character 9");
        assertThat(new Location.JsonPointer("").describe(Language.EN)).isEqualTo("JSON pointer ''");
    }

    @Test
    void locationsRejectImpossiblePlaces() {
        assertThatThrownBy(() -> new Location.CsvCell(0, 1)).isInstanceOf(InvalidValueException.class)
                .hasMessage("CsvCell.line: must be 1 or more, got 0");
        assertThatThrownBy(() -> new Location.CsvCell(1, 0)).hasMessage("CsvCell.column: must be 1 or more, got 0");
        assertThatThrownBy(() -> new Location.TextPosition(1, -2))
                .hasMessage("TextPosition.column: must be 1 or more, got -2");
        assertThatThrownBy(() -> new Location.JsonPointer("a/b"))
                .hasMessage("JsonPointer.pointer: must be empty or start with '/'");
        assertThatThrownBy(() -> new Location.JsonPointer(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("JsonPointer.pointer");
    }

    @Test
    void problemsHaveValueEqualityAndCheckTheirParts() {
        Problem p = new Problem("x.csv", new Location.CsvCell(2, 5), "csv-date", MESSAGE);
        assertThat(p).isEqualTo(new Problem("x.csv", new Location.CsvCell(2, 5), "csv-date", MESSAGE))
                .hasSameHashCodeAs(new Problem("x.csv", new Location.CsvCell(2, 5), "csv-date", MESSAGE))
                .isNotEqualTo(new Problem("y.csv", new Location.CsvCell(2, 5), "csv-date", MESSAGE));
        assertThat(p.describe(Language.NL)).isEqualTo("x.csv, regel 2, kolom 5 [csv-date]: kolom 'datum' moet een datum zijn");
        assertThat(p).hasToString("x.csv, line 2, column 5 [csv-date]: column 'date' must be a date");
        assertThatThrownBy(() -> new Problem(" ", new Location.CsvCell(1, 1), "c", MESSAGE))
                .hasMessage("Problem.source: must not be blank");
        assertThatThrownBy(() -> new Problem("x", new Location.CsvCell(1, 1), "Not Kebab", MESSAGE))
                .hasMessage("Problem.code: must be a lower-kebab code");
        assertThatThrownBy(() -> new Problem("x", null, "c", MESSAGE)).hasMessage("Problem.location");
    }

    @Test
    void importExceptionSummarisesWithoutValuesAndChecksItsList() {
        Problem p = new Problem("x.csv", new Location.CsvCell(2, 5), "csv-date", MESSAGE);
        CompassImportException e = new CompassImportException(List.of(p, p), false);
        assertThat(e.getMessage()).isEqualTo("2 problems in 'x.csv'; first: " + p.describe(Language.EN));
        assertThat(new CompassImportException(List.of(p), false).getMessage()).startsWith("1 problem in");
        assertThat(new CompassImportException(List.of(p), true).getMessage()).startsWith("1 or more problems in");
        assertThat(e).isInstanceOf(nl.competentiekompas.core.CompassException.class).hasNoCause();
        assertThat(e.describe(Language.EN)).isEqualTo(p.describe(Language.EN) + "\n" + p.describe(Language.EN) + "\n");
        assertThatThrownBy(() -> new CompassImportException(List.of(), false))
                .hasMessage("CompassImportException.problems: must not be empty");
        List<Problem> tooMany = new ArrayList<>();
        for (int i = 0; i <= CompassImportException.MAX_PROBLEMS; i++) {
            tooMany.add(p);
        }
        assertThatThrownBy(() -> new CompassImportException(tooMany, true))
                .hasMessage("CompassImportException.problems: must hold at most 100 problems");
    }

    @Test
    void csvFormatDefaultsSuitDutchExcelAndRejectsAmbiguity() {
        CsvFormat excel = CsvFormat.excelNl();
        assertThat(excel).isEqualTo(new CsvFormat(';', true, CsvFormat.LineEnding.CRLF, Language.NL, true))
                .hasSameHashCodeAs(new CsvFormat(';', true, CsvFormat.LineEnding.CRLF, Language.NL, true));
        assertThat(excel.withSeparator(',')).isEqualTo(new CsvFormat(',', true, CsvFormat.LineEnding.CRLF,
                Language.NL, false));
        assertThat(excel.withHeaders(Language.EN).headers()).isEqualTo(Language.EN);
        assertThatThrownBy(() -> new CsvFormat('\t', true, CsvFormat.LineEnding.LF, Language.NL, false))
                .hasMessage("CsvFormat.separator: must be ';' or ','");
        assertThatThrownBy(() -> CsvFormat.international().withDecimalComma(true))
                .hasMessage("CsvFormat.decimalComma: must be false when the separator is ',' (the cells would need quotes)");
        assertThat(CsvFormat.LineEnding.CRLF.chars()).isEqualTo("\r\n");
    }
}
