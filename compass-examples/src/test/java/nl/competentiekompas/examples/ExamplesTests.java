package nl.competentiekompas.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.examples.demo.SampleData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the main method of every runnable example in this JVM and checks what it prints and writes. */
class ExamplesTests {

    /** A main method to run. */
    private interface Main {
        void run() throws Exception;
    }

    /** Runs a main method and returns what it printed to {@code System.out}. */
    private static String output(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void printProfileShowsTheHealthcareCisoWithEveryTaskAndTheCredit() throws Exception {
        String out = output(() -> PrintProfileExample.main(new String[0]));

        RoleProfile ciso = Catalogs.builtIn().requireProfile(Catalogs.CISO_HEALTHCARE);
        assertThat(lines(out).get(0)).isEqualTo(ciso.name().in(Language.EN) + " [ciso-healthcare]");
        for (TaskDomain domain : TaskDomain.values()) {
            ciso.responsibilities(domain).forEach(task -> assertThat(out).contains(task.text().in(Language.EN)));
        }
        assertThat(lines(out).stream().filter(line -> line.startsWith("  - ")))
                .hasSize(ciso.responsibilities().size() + ciso.competencyTargets().size());
        assertThat(out).contains("(start here)").contains("Informatieveilig gedrag in de zorg");
    }

    @Test
    void checkOrganisationFindsTheCisoUnderItAndTheMissingIsoLine() throws Exception {
        String out = output(() -> CheckOrganisationExample.main(new String[0]));

        List<String> findings = lines(out).stream().filter(line -> line.startsWith("ERROR ") || line.startsWith(
                "WARNING ")).map(line -> line.split(" ")[0] + " " + line.split(" ")[1]).distinct().toList();
        assertThat(findings).containsExactly("ERROR " + Rules.CISO_INDEPENDENT, "WARNING " + Rules.ISO_LINE_TO_CISO);
        assertThat(out).startsWith("gemeente-voorbeeld: ").contains("CISO appointment ciso sits in unit ict")
                .contains("source: BIO2 (2025) 5.02.02");
    }

    @Test
    void customRuleKeepsItsLawOnEveryGeneratedOrganisationAndFlagsSome() throws Exception {
        String out = output(() -> CustomRuleExample.main(new String[0]));

        assertThat(out).contains("Checked " + CustomRuleExample.ORGANISATIONS + " generated organisations")
                .contains("The law held for every organisation.");
        String flagged = out.replaceAll("(?s).*the rule flagged (\\d+) of them.*", "$1");
        assertThat(Integer.parseInt(flagged)).isPositive().isLessThan(CustomRuleExample.ORGANISATIONS);
    }

    @Test
    void theCustomRuleFlagsTheSideJobCisoOfAnEssentialEntityOnly() {
        // The sample hospital is an essential entity whose CISO holds the role as a side job; the municipality's
        // CISO is not a side job.
        SampleData data = new SampleData();
        assertThat(CustomRuleExample.flagged(data.hospital(), data.catalog())).containsExactly("rl-ciso");
        assertThat(CustomRuleExample.flagged(data.municipality(), data.catalog())).isEmpty();
        assertThat(CustomRuleExample.lawHolds(data.hospital(), data.catalog())).isTrue();
    }

    @Test
    void rankCandidatesPutsCismBeforeCisspBeforeExpired() throws Exception {
        String out = output(() -> RankCandidatesExample.main(new String[0]));

        List<String> ranking = lines(out).stream().filter(line -> line.matches("\\d+\\. .*"))
                .map(line -> line.split(" ")[1]).toList();
        assertThat(ranking).containsExactly("kandidaat-01", "kandidaat-02", "kandidaat-03");
        assertThat(out).contains("expired: cism");
    }

    @Test
    void developmentReportWritesWellFormedXhtmlAndAPdf(@TempDir Path folder) throws Exception {
        Path html = folder.resolve("reports/ciso.html");
        String out = output(() -> DevelopmentReportExample.main(new String[] {html.toString()}));

        Path pdf = folder.resolve("reports/ciso.pdf");
        assertThat(lines(out)).containsExactly(html.toString(), pdf.toString());
        Document xml = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8), "", Parser.xmlParser());
        assertThat(xml.select("html").attr("xmlns")).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(xml.select("html").attr("lang")).isEqualTo("en");
        assertThat(xml.select("h1").text()).contains(SampleData.HOSPITAL_CISO.value());
        assertThat(xml.select("svg")).isNotEmpty();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void developmentReportWritesIntoTheCurrentFolderByDefault() throws Exception {
        // The tests run in target/test-run (see the pom), so the default file lands there.
        String out = output(() -> DevelopmentReportExample.main(new String[0]));

        assertThat(lines(out)).containsExactly("development-report.html", "development-report.pdf");
        assertThat(Path.of("development-report.html")).isNotEmptyFile();
    }
}
