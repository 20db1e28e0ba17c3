package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.io.ProblemCells;
import nl.competentiekompas.io.Problem;
import nl.competentiekompas.io.SamplesAccess;
import org.junit.jupiter.api.Test;

class AssessmentLinesTests {

    static final Catalog CATALOG = SamplesAccess.catalog();
    static final CompetencyId RISK = CompetencyId.of("risk-management");
    static final CompetencyId ADVICE = CompetencyId.of("advisory-skills");

    static AssessmentLines.Line line(long at, String subject, Perspective perspective, CompetencyId c, int score,
            String text) {
        return new AssessmentLines.Line(at, PersonId.of(subject), RoleId.of("profile-0"),
                PersonId.of(perspective == Perspective.SELF ? subject : "r-1"),
                perspective, LocalDate.of(2026, 3, 1), c, score == 0 ? OptionalInt.empty() : OptionalInt.of(score),
                text, "actie: " + text);
    }

    static List<AssessmentLines.Line> read(byte[] bytes) {
        List<AssessmentLines.Line> out = new ArrayList<>();
        try (CsvReading<AssessmentLines.Line> reading = AssessmentLines.read(new ByteArrayInputStream(bytes),
                "scores.csv", CATALOG)) {
            reading.forEachRemaining(out::add);
        }
        return out;
    }

    static byte[] write(CsvFormat format, List<AssessmentLines.Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriting writing = AssessmentLines.start(out, format)) {
            lines.forEach(l -> AssessmentLines.write(writing, l));
        }
        return out.toByteArray();
    }

    @Test
    void linesRoundTripWithHostileTextInEveryFormat() {
        List<AssessmentLines.Line> lines = List.of(
                line(2, "p-1", Perspective.SELF, RISK, 3, "=HYPERLINK(\"http://x\")"),
                line(3, "p-1", Perspective.SELF, ADVICE, 0, "regel één;\r\ntwee, \"drie\""),
                line(4, "p-2", Perspective.PEER, RISK, 5, "@me -1 +1 'quoted"));
        for (CsvFormat format : List.of(CsvFormat.excelNl(), CsvFormat.international(),
                CsvFormat.excelNl().withLineEnding(CsvFormat.LineEnding.LF).withByteOrderMark(false))) {
            byte[] bytes = write(format, lines);
            List<AssessmentLines.Line> back = read(bytes);
            assertThat(back).extracting(l -> l.reflection() + l.action() + l.score() + l.competency())
                    .containsExactlyElementsOf(lines.stream()
                            .map(l -> l.reflection() + l.action() + l.score() + l.competency()).toList());
            assertThat(write(format, back)).isEqualTo(bytes);
        }
    }

    @Test
    void badRowsAreDescribedCellByCellWithoutTheirValues() {
        String csv = "persoon;profiel;beoordelaar;perspectief;datum;competentie;score;reflectie;actie\n"
                + "p-1;profile-0;p-1;zelf;01-03-2026;risk-management;4;ok;ok\n"
                + "p 1;profile-0;r-1;baas;2026-02-30;risk-management;9;SECRET-TEXT;\n"
                + "p-1;no-such-profile;r-1;self;2026-03-01;risk-management;;;\n"
                + "p-1;profile-1;r-1;self;2026-03-01;motivating;1;;\n"
                + "p-1;profile-0;p-1;self;2026-03-01;risk-management;1;;\n"
                + "p-1;profile-0;p-1;self;2026-03-01;risk-management;2;;\n";
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(ProblemCells.of(e)).containsExactly(
                        "csv-person@3:1", "csv-enum@3:4", "csv-date@3:5", "score-scale@3:7",
                        "ref-unknown-profile@4:2",
                        "ref-unknown-competency@5:6", "score-scale@5:7",
                        "csv-duplicate-row@6:6", "csv-duplicate-row@7:6");
        assertThat(e.problems().get(1).message().in(Language.EN)).contains("perspectief/perspective")
                .contains("self, board, manager, hr, peer");
        assertThat(e.describe(Language.NL) + e.describe(Language.EN)).doesNotContain("SECRET").doesNotContain("baas");
    }

    @Test
    void perspectiveAcceptsIdsAndLabelsInBothLanguages() {
        String csv = "person,profile,rater,perspective,date,competency\n"
                + "p-1,profile-0,r-1,Leidinggevende,2026-03-01,risk-management\n"
                + "p-1,profile-0,r-2,MANAGER,2026-03-01,risk-management\n";
        assertThat(read(csv.getBytes(StandardCharsets.UTF_8))).extracting(AssessmentLines.Line::perspective)
                .containsExactly(Perspective.MANAGER, Perspective.MANAGER);
    }

    @Test
    void problemsCarryTheSourceName() {
        String csv = "persoon;profiel;beoordelaar;perspectief;datum;competentie\np-1;x;r;self;2026-01-01;y\n";
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).extracting(Problem::source).containsOnly("scores.csv");
    }
}
