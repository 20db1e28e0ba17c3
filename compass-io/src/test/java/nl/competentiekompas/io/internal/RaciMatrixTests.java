package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.ProblemCells;
import nl.competentiekompas.io.SamplesAccess;
import nl.competentiekompas.io.internal.check.CellKind;
import org.junit.jupiter.api.Test;

class RaciMatrixTests {

    static final Catalog CATALOG = SamplesAccess.catalog();

    static List<RaciMatrix.Cell> read(String csv) {
        List<RaciMatrix.Cell> cells = new ArrayList<>();
        try (CsvReading<List<RaciMatrix.Cell>> reading = RaciMatrix.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "raci.csv", CATALOG)) {
            reading.forEachRemaining(cells::addAll);
        }
        return cells;
    }

    static String cell(RaciMatrix.Cell c) {
        return c.responsibility() + "|" + RaciMatrix.formatScope(c.scopeKind(), c.scopeRef(), Language.EN) + "|"
                + c.person() + "|" + CellKind.formatRaci(c.raci()) + "@" + c.line() + ":" + c.column();
    }

    @Test
    void readsCellsWithLettersInAnyOrderAndBothLanguages() {
        String csv = "verantwoordelijkheid;bereik;p-ciso;p-iso;p-owner\n"
                + "p0-task-0;organisatie;A;R;\n"
                + "p0-task-1;eenheid:ict;ar;c;I\n"
                + "p0-task-2;process:payroll;;R/C;A\n";
        assertThat(read(csv)).extracting(RaciMatrixTests::cell).containsExactly(
                "p0-task-0|organisation|p-ciso|A@2:3", "p0-task-0|organisation|p-iso|R@2:4",
                "p0-task-1|unit:ict|p-ciso|RA@3:3", "p0-task-1|unit:ict|p-iso|C@3:4",
                "p0-task-1|unit:ict|p-owner|I@3:5",
                "p0-task-2|process:payroll|p-iso|RC@4:4", "p0-task-2|process:payroll|p-owner|A@4:5");
    }

    @Test
    void writtenMatrixReadsBack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PersonId> people = List.of(PersonId.of("p-1"), PersonId.of("p-2"));
        try (CsvWriting w = RaciMatrix.start(out, CsvFormat.excelNl(), people)) {
            w.record("p0-task-0", RaciMatrix.formatScope(ScopeKind.UNIT, "ict", Language.NL), CellKind.formatRaci(3),
                    "");
            w.record("p1-task-2", RaciMatrix.formatScope(ScopeKind.ORGANISATION, "", Language.NL), "",
                    CellKind.formatRaci(4));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFverantwoordelijkheid;bereik;p-1;p-2\r\n");
        assertThat(read(out.toString(StandardCharsets.UTF_8).substring(1))).extracting(RaciMatrixTests::cell)
                .containsExactly("p0-task-0|unit:ict|p-1|RA@2:3", "p1-task-2|organisation|p-2|C@3:4");
    }

    @Test
    void problemsAreLocatedAtTheirCells() {
        String csv = "responsibility,scope,p-1,p-2\n"
                + "p0-task-0,organisation,AA,X\n"
                + "no-such-task,unit:,R,\n"
                + "p0-task-1,,R,\n"
                + "p0-task-1,organisation,C,\n";
        CompassImportException e = catchThrowableOfType(CompassImportException.class, () -> read(csv));
        assertThat(ProblemCells.of(e)).containsExactly(
                        "csv-raci@2:3", "csv-raci@2:4", "ref-unknown-responsibility@3:1", "csv-scope@3:2",
                        "csv-duplicate-row@5:1");
    }

    @Test
    void personHeadersMustBePersonIdsOnce() {
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> read("responsibility;scope;Jan Jansen;p-1;p-1\n"));
        assertThat(e.problems()).extracting(p -> p.code() + "@" + ((Location.CsvCell) p.location()).column())
                .containsExactly("csv-person-header@3", "csv-duplicate-header@5");
        assertThat(e.describe(Language.EN)).doesNotContain("Jansen");
    }
}
