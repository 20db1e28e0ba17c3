package nl.competentiekompas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.organisation.PersonId;
import org.junit.jupiter.api.Test;

class CandidatesCsvTests {

    static List<Candidate> read(byte[] bytes) {
        try (Stream<Candidate> s = CompassCsv.readCandidates(new ByteArrayInputStream(bytes), "kandidaten.csv")) {
            return s.toList();
        }
    }

    @Test
    void candidatesRoundTripInEveryFormat() {
        List<Candidate> candidates = List.of(PersonDocumentsTests.candidate(PersonId.of("p-1")),
                Candidate.of(PersonId.of("p-2")), PersonDocumentsTests.candidate(PersonId.of("p-3")));
        for (CsvFormat format : List.of(CsvFormat.excelNl(), CsvFormat.international())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CompassCsv.writeCandidates(candidates, out, format);
            assertThat(read(out.toByteArray())).isEqualTo(candidates);
        }
    }

    @Test
    void rowsAreCheckedPerKind() {
        String csv = "kandidaat;soort;code;behaald;verloopt;jaren\n"
                + "p-1;certificering;cism;01-01-2020;;\n"
                + "p-1;opleiding;hbo;2020-01-01;;\n"
                + "p-1;ervaring;practice;;;vijf\n"
                + "p-1;hobby;x;;;\n"
                + "p-2;certificering;cissp;;;\n";
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(ProblemCells.of(e)).containsExactly("csv-not-applicable@3:4",
                        "csv-integer@4:6", "csv-enum@5:2", "csv-date@6:4");
    }

    @Test
    void everyProblemOfACandidateRowIsDescribedAtItsCellWithoutItsValue() {
        String csv = "kandidaat;soort;code;behaald;verloopt;jaren\n"
                + ";;;;;\n"
                + "-secret;certificering;Secret Code;secret;secret;1\n"
                + "p-1;ervaring;;2020-01-01;2021-01-01;-3\n"
                + "p-2;secret;x;;;\n"
                + "p-3;opleiding;hbo;;;\n";
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(ProblemCells.of(e)).containsExactly(
                        "csv-required@2:1",
                        "csv-person@3:1", "csv-id@3:3", "csv-date@3:4", "csv-date@3:5", "csv-not-applicable@3:6",
                        "csv-required@4:3", "csv-not-applicable@4:4", "csv-not-applicable@4:5", "csv-integer@4:6",
                        "csv-enum@5:2");
        assertThat(e.describe(nl.competentiekompas.core.catalog.Language.EN)).doesNotContain("secret")
                .contains("education, certification, knowledge, experience, opleiding, certificering, kennis, ervaring");
    }
}
