package nl.competentiekompas.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.io.CompassJson;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's main job, end to end: the files it promises exist, parse and open, and its summary is true. */
class DemoTests {

    private static CliRun run;
    private static Path folder;

    @BeforeAll
    static void runTheMainJobOfTheReadme() throws IOException {
        String mainJob = ReadmeTests.quickStartCommands().get(1);
        assertThat(mainJob).startsWith("./compass demo");
        String[] args = Arrays.stream(mainJob.substring("./compass ".length()).split(" +")).toArray(String[]::new);
        folder = Path.of("compass-demo").toAbsolutePath();
        run = CliRun.of(args);
    }

    private static List<Path> files(String sub) throws IOException {
        try (Stream<Path> walk = Files.walk(folder.resolve(sub))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theMainJobSucceedsQuietly() {
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyReportIsWrittenInEveryFormatAndLanguage() throws IOException {
        List<String> names = List.of("profile-ciso-healthcare", "profile-ciso-municipality", "profile-iso",
                "profile-diso", "profile-process-owner", "pathway-iso-to-ciso-municipality",
                "reflection-form-ciso-healthcare-blank", "reflection-form-rl-0201", "development-rl-0201",
                "development-zs-0101", "allocation-gemeente-zeestad", "allocation-ziekenhuis-rivierland",
                "board-gemeente-zeestad", "board-ziekenhuis-rivierland");
        for (Language language : Language.values()) {
            for (String name : names) {
                for (String extension : List.of("html", "md", "pdf")) {
                    Path file = folder.resolve("reports").resolve(language.tag()).resolve(name + "." + extension);
                    assertThat(file).isRegularFile();
                    assertThat(Files.size(file)).isPositive();
                }
            }
        }
        assertThat(files("reports")).hasSize(names.size() * 3 * 2);
        assertThat(run.out()).contains((files("reports").size() + files("data").size()) + " files written");
    }

    @Test
    void everyHtmlReportIsWellFormedSelfContainedAndInItsLanguage() throws IOException {
        for (Path file : files("reports")) {
            if (!file.toString().endsWith(".html")) {
                continue;
            }
            String html = Files.readString(file, StandardCharsets.UTF_8);
            Document xml = Jsoup.parse(html, "", Parser.xmlParser());
            assertThat(xml.select("html").attr("lang")).isEqualTo(file.getParent().getFileName().toString());
            Document page = Jsoup.parse(html);
            assertThat(page.select("script, link[rel=stylesheet], img[src^=http]")).isEmpty();
            assertThat(page.select("meta[http-equiv=Content-Security-Policy]")).hasSize(1);
            assertThat(page.select("h1")).isNotEmpty();
        }
    }

    @Test
    void everyPdfOpensWithRealText() throws IOException {
        for (Path file : files("reports")) {
            if (!file.toString().endsWith(".pdf")) {
                continue;
            }
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(pdf.getNumberOfPages()).as(file.toString()).isPositive();
                assertThat(new PDFTextStripper().getText(pdf)).as(file.toString()).isNotBlank();
            }
        }
    }

    @Test
    void theSummaryCountsTheFindingsTheDataFilesHold() throws IOException {
        Map<String, Evaluation> findings = new HashMap<>();
        for (String organisation : List.of("zeestad", "rivierland")) {
            Path file = folder.resolve("data").resolve(organisation + "-findings.json");
            findings.put(organisation, Inputs.read(file,
                    (in, s) -> CompassJson.readEvaluation(in, s, Catalogs.builtIn())));
        }
        Evaluation zeestad = findings.get("zeestad");
        Evaluation rivierland = findings.get("rivierland");

        assertThat(run.out()).contains(String.format("%-24s %d ERROR, %d WARNING, %d in all", "gemeente-zeestad",
                zeestad.open(Severity.ERROR).size(), zeestad.open(Severity.WARNING).size(), zeestad.findings().size()));
        assertThat(run.out()).contains(String.format("%-24s %d ERROR, %d WARNING, %d in all",
                "ziekenhuis-rivierland", rivierland.open(Severity.ERROR).size(),
                rivierland.open(Severity.WARNING).size(), rivierland.findings().size()));
        assertThat(run.out()).contains((zeestad.findings().size() + rivierland.findings().size()) + " findings in all");
        assertThat(zeestad.hasErrors()).isTrue();
        assertThat(rivierland.has("ciso-independent")).isTrue();
    }

    @Test
    void theDemoWritesTheSameBytesEveryRun(@org.junit.jupiter.api.io.TempDir Path again) throws IOException {
        CliRun second = CliRun.of("demo", "-o", again.toString(), "--quiet");

        assertThat(second.exitCode()).isZero();
        for (Path file : files("")) {
            Path twin = again.resolve(folder.relativize(file));
            assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(file));
        }
    }
}
