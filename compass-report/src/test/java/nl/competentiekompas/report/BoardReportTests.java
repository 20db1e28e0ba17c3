package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.catalog.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BoardReportTests {

    private final SampleOrganisation organisation = SampleOrganisation.create();
    private final SampleAssessments assessments = SampleAssessments.create();

    private Report board() {
        return Reports.board(organisation.catalog, organisation.organisation, organisation.evaluation,
                List.of(assessments.view(), assessments.isoView()));
    }

    @Test
    void answersTheFourQuestions() {
        Document html = Jsoup.parse(board().renderText(ReportFormat.HTML, SampleReports.context(Language.EN)));
        assertThat(html.select("table").get(0).select("tbody td").eachText()).containsExactly("yes: p-ciso-01",
                "yes", "1 of the 2 units", "1 error(s), 2 warning(s); 1 accepted risk(s) in force");
        assertThat(html.select("table").get(1).select("tbody tr").eachText())
                .containsExactly("u-sociaal-domein p-iso-01", "u-stadsbeheer not covered");
    }

    @Test
    void listsOnlyOpenFindingsAndNoFreeText() {
        String markdown = board().renderText(ReportFormat.MARKDOWN, SampleReports.context(Language.EN));
        assertThat(markdown).contains("| error | level-fit |").doesNotContain("iso-present")
                .doesNotContain("Werving loopt").doesNotContain("Reflectie").doesNotContain("Strategisch inzicht verdiepen");
    }

    @Test
    void showsPeoplePseudonymouslyWhateverTheResolver() {
        String named = board().renderText(ReportFormat.MARKDOWN, SampleReports.context(Language.EN)
                .withDisplayNames(p -> Optional.of("Named Person")));
        assertThat(named).doesNotContain("Named Person").contains("| p-ciso-01 (CISO) | 3 | 4 | 3.5 | 4 |")
                .contains("| p-iso-01 (ISO) | 4 | 2 | \u2014 | \u2014 |");
    }

    @Test
    void heatmapHasACellPerPersonAndCompetency() {
        Document html = Jsoup.parse(board().renderText(ReportFormat.HTML, SampleReports.context(Language.NL)));
        assertThat(html.select("figure svg title").text()).isEqualTo("Beoordeeld niveau per persoon en competentie");
        assertThat(html.select("figure svg rect[width=44]")).hasSize(8);
    }

    @Test
    void saysSoWhenThereIsNothingToShow() {
        Report empty = Reports.board(organisation.catalog, organisation.organisation, Evaluation.of(List.of()),
                List.of());
        String text = empty.renderText(ReportFormat.MARKDOWN, SampleReports.context(Language.EN));
        assertThat(text).contains("No findings are open.", "There are no assessments.",
                "0 error(s), 0 warning(s); 0 accepted risk(s) in force");
    }

    @Test
    void fitsOnTwoPages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(board().render(ReportFormat.PDF, SampleReports.context(Language.NL)))) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Bestuursrapportage informatiebeveiliging: gemeente-voorbeeld",
                    "Stand van zaken", "ISO-dekking per onderdeel", "1 van de 2 onderdelen", "3,5");
        }
    }
}
