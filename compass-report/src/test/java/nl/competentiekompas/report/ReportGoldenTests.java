package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.competentiekompas.core.catalog.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report in every format and language, on fixed sample data, byte for byte against a golden file in
 * {@code src/test/resources/golden}.
 *
 * <p>To regenerate the goldens after an intended change, run the module's tests with
 * {@code -Dcompass.report.regenerateGoldens=true} (for example
 * {@code mvn -pl compass-report -am verify -Dtest=ReportGoldenTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcompass.report.regenerateGoldens=true}); the test then writes the files and passes, and the diff shows
 * what changed.
 */
class ReportGoldenTests {

    /** The system property that makes this test write the goldens instead of comparing. */
    static final String REGENERATE = "compass.report.regenerateGoldens";

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static List<SampleReports.Case> cases() {
        return SampleReports.cases(ReportFormat.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGolden(SampleReports.Case c) throws IOException {
        byte[] actual = c.render();
        Path file = GOLDEN.resolve(c.fileName());
        if (Boolean.getBoolean(REGENERATE)) {
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
            return;
        }
        assertThat(file).as("golden %s (regenerate with -D%s=true)", file, REGENERATE).exists();
        byte[] expected = Files.readAllBytes(file);
        if (c.format().isText()) {
            assertThat(new String(actual, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
        } else {
            assertThat(actual).as("PDF bytes of %s", c).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersTheSameBytesTwice(SampleReports.Case c) {
        assertThat(c.render()).isEqualTo(c.render());
    }

    @Test
    void theLanguagesDiffer() {
        Report report = Reports.profileSheet(SampleCatalog.create(), SampleCatalog.CISO);
        String dutch = report.renderText(ReportFormat.MARKDOWN, SampleReports.context(Language.NL));
        String english = report.renderText(ReportFormat.MARKDOWN, SampleReports.context(Language.EN));
        assertThat(dutch).contains("# Profielschets: Voorbeeld-CISO").contains("Datum: 22 november 2026")
                .contains("| 0,25 |");
        assertThat(english).contains("| 0.25 |").contains("# Profile sheet: Sample CISO").contains("Date: 22 November 2026");
    }
}
