package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ReflectionFormTests {

    private static Report form(Perspective perspective) {
        return Reports.reflectionForm(SampleCatalog.create(), SampleCatalog.CISO, perspective);
    }

    @Test
    void blankFormHasTheQuestionsOneBlockPerCompetencyAndFiveGoalSlots() {
        Document html = Jsoup.parse(form(Perspective.BOARD).renderText(ReportFormat.HTML,
                SampleReports.context(Language.EN)));
        assertThat(html.select("h1").text()).isEqualTo("Reflection form: Sample CISO");
        assertThat(html.select("p.meta").eachText()).contains("Perspective: board");
        assertThat(html.select("ol li").eachText())
                .containsExactly("Is my advice followed? [1]", "Does my reporting help the board? [1]");
        assertThat(html.select("h3").eachText()).contains("Advisory skills", "Risk management",
                "Strategic insight", "Motivating");
        assertThat(html.select(".slot-label").eachText()).filteredOn(s -> s.matches("Goal \\d"))
                .containsExactly("Goal 1", "Goal 2", "Goal 3", "Goal 4", "Goal 5");
        assertThat(html.select(".slot-label").eachText()).filteredOn("Reflection"::equals).hasSize(4);
        assertThat(html.select(".rule")).hasSizeGreaterThan(20);
    }

    @Test
    void theQuestionsFollowThePerspective() {
        String board = form(Perspective.BOARD).renderText(ReportFormat.MARKDOWN, SampleReports.context(Language.NL));
        String self = form(Perspective.SELF).renderText(ReportFormat.MARKDOWN, SampleReports.context(Language.NL));
        assertThat(board).contains("Perspectief: bestuur").contains("perspectief \"bestuur\"");
        assertThat(self).contains("Perspectief: zelf");
    }

    @Test
    void printsOnA4PagesWithItsText() throws IOException {
        byte[] bytes = form(Perspective.SELF).render(ReportFormat.PDF, SampleReports.context(Language.NL));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f,
                    org.assertj.core.api.Assertions.within(0.5f));
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Reflectieformulier: Voorbeeld-CISO", "Reflectievragen",
                    "Wordt mijn advies gevolgd?", "Ontwikkeldoelen voor de komende periode", "Doel 5",
                    "Doelniveau: 5 (schaal 1–5).");
        }
    }
}
