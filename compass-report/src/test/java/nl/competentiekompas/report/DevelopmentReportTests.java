package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.GapAnalysis;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.organisation.PersonId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DevelopmentReportTests {

    private final SampleAssessments sample = SampleAssessments.create();

    private static Document html(Report report, ReportContext context) {
        return Jsoup.parse(report.renderText(ReportFormat.HTML, context));
    }

    @Test
    void showsSelfOthersAndTargetInTheChartAndTheTable() {
        Document html = html(sample.development(), SampleReports.context(Language.EN));
        assertThat(html.select("figure svg title").text()).isEqualTo("Competency profile");
        assertThat(html.select("figure svg text").eachText()).contains("Self", "Others (median)", "Target level");
        Element strategy = html.select("table").get(0).select("tbody tr").get(2);
        assertThat(strategy.select("th, td").eachText())
                .containsExactly("Strategic insight", "2", "3.5", "3", "3", "4", "4 (n=3)", "4", "hidden strength");
    }

    @Test
    void withholdsPeerScoresFromTooFewPeers() {
        List<Assessment> twoPeers = sample.current.stream()
                .filter(a -> !a.rater().equals(PersonId.of("p-peer-03"))).toList();
        MultiRaterView view = MultiRaterView.of(sample.profile, SampleAssessments.SUBJECT, twoPeers);
        Report report = Reports.personalDevelopment(sample.catalog, view, GapAnalysis.of(sample.profile, view, false),
                Optional.empty(), Optional.empty());
        Document html = html(report, SampleReports.context(Language.EN));
        List<String> peerColumn = html.select("table").get(0).select("tbody tr").eachText();
        assertThat(peerColumn).allMatch(row -> row.contains("withheld (too few)")).noneMatch(r -> r.contains("n=2"));
        assertThat(html.text()).contains("There is no earlier review to compare with yet.",
                "There is no development plan yet.");
    }

    @Test
    void neverShowsReflectionsAndShowsNamesOnlyThroughTheResolver() {
        ReportContext context = SampleReports.context(Language.NL);
        String plain = sample.development().renderText(ReportFormat.MARKDOWN, context);
        assertThat(plain).doesNotContain("Reflectie 1").doesNotContain("De kwartaalrapportage helpt")
                .contains("Ontwikkelrapport: p-ciso-01");
        String named = sample.development().renderText(ReportFormat.MARKDOWN, context.withDisplayNames(
                p -> p.equals(SampleAssessments.SUBJECT) ? Optional.of("Sam de Vries") : Optional.empty()));
        assertThat(named).contains("# Ontwikkelrapport: Sam de Vries").doesNotContain("p-ciso-01");
    }

    @Test
    void filledFormShowsTheAnswersOfItsPerspective() {
        Document html = html(sample.filledForm(), SampleReports.context(Language.EN));
        assertThat(html.select("h1").text()).isEqualTo("Completed reflection form: Sample CISO");
        assertThat(html.select("p.meta").eachText()).contains("Perspective: self",
                "Date of the assessment: 10 November 2026");
        assertThat(html.select(".slot p").eachText()).contains("p-ciso-01", "Reflectie 1 van p-ciso-01", "Actie 1",
                "Meestal wel.", "Strategisch inzicht verdiepen");
        assertThat(html.select(".slot-label").eachText()).contains("Goal 5");
    }

    @Test
    void refusesPartsAboutDifferentPeople() {
        MultiRaterView view = sample.view();
        MultiRaterView other = MultiRaterView.of(sample.profile, PersonId.of("p-other"), List.of());
        assertThatThrownBy(() -> Reports.personalDevelopment(sample.catalog, view,
                GapAnalysis.of(sample.profile, other, false), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Reports.personalDevelopment: view, gaps, progress and plan must be about the same person"
                        + " and profile");
    }

    @Test
    void pdfHoldsTheHeadingsAndNumbers() throws IOException {
        byte[] bytes = sample.development().render(ReportFormat.PDF, SampleReports.context(Language.NL));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Ontwikkelrapport: p-ciso-01", "Verschillen met het doelniveau",
                    "Blinde vlekken en verborgen sterktes", "Voortgang sinds de vorige beoordeling", "Ontwikkelplan",
                    "3,5", "+1,5", "4 (n=3)", "blinde vlek");
        }
    }

    @Test
    void perspectivesOtherThanSelfAreNamedInTheHeader() {
        Document html = html(sample.development(), SampleReports.context(Language.NL));
        assertThat(html.select("table").get(0).select("thead th").eachText()).contains("Bestuur", "Leidinggevende",
                "HR", "Collega");
        assertThat(Perspective.values()).hasSize(5);
    }
}
