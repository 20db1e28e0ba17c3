package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import nl.competentiekompas.core.catalog.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AllocationReportTests {

    private final SampleOrganisation sample = SampleOrganisation.create();

    private Document html(Language language) {
        return Jsoup.parse(sample.allocationReport().renderText(ReportFormat.HTML, SampleReports.context(language)));
    }

    private static Element tableCaptioned(Document html, String caption) {
        return html.select("table:has(caption:containsOwn(" + caption + "))").first();
    }

    @Test
    void raciMatrixHasOneColumnPerPersonAndOneRowPerTaskAndScope() {
        Element raci = tableCaptioned(html(Language.EN), "Who does what");
        assertThat(raci.select("thead th").eachText())
                .containsExactly("Task", "Scope", "p-ciso-01", "p-iso-01", "p-it-01");
        assertThat(raci.select("tbody tr")).hasSize(sample.allocation.keys().size());
        assertThat(raci.select("tbody tr").get(2).select("th, td").eachText())
                .containsExactly("Coordinates incidents.", "organisation", "A", "R", "C");
    }

    @Test
    void findingsAreGroupedBySeverityWithAcceptedAndExpiredRisks() {
        Document html = html(Language.EN);
        assertThat(html.select("h3").eachText()).containsExactly("Errors (1)", "Warnings (3)",
                "For information (1)");
        assertThat(html.text()).contains("risk accepted by municipal secretary, valid until 30 June 2027",
                "acceptance by portfolio holder expired on 1 October 2026", "1 error(s) and 2 warning(s) are open");
    }

    @Test
    void workloadShowsEffortAgainstFteWithTheCisosIsoWork() {
        Document html = html(Language.NL);
        Element table = tableCaptioned(html, "Toegewezen inzet tegenover fte");
        assertThat(table.select("tbody tr").get(0).select("th, td").eachText())
                .containsExactly("p-ciso-01 (CISO)", "0,7", "0,8", "114 %", "0,4 (50 %)", "ja");
        assertThat(html.select("figure svg rect[fill=#D55E00]")).isNotEmpty();
        assertThat(html.select("figure svg rect[fill=#E69F00]")).isNotEmpty();
        assertThat(html.select("figure svg title").text()).isEqualTo("Toegewezen inzet tegenover fte per persoon");
    }

    @Test
    void namesPeopleOnlyThroughTheResolver() {
        String named = sample.allocationReport().renderText(ReportFormat.MARKDOWN, SampleReports.context(Language.EN)
                .withDisplayNames(p -> p.equals(SampleOrganisation.ISO) ? Optional.of("Iris") : Optional.empty()));
        assertThat(named).contains("| Iris | Sample ISO |").contains("| p-ciso-01 (CISO) |");
    }

    @Test
    void pdfHoldsTheSectionsAndNumbers() throws IOException {
        byte[] bytes = sample.allocationReport().render(ReportFormat.PDF, SampleReports.context(Language.EN));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Information-security allocation: gemeente-voorbeeld", "RACI matrix",
                    "Findings", "Workload per person", "114 %", "0.4 (50 %)", "BIO2 (2025) 5.02.02");
        }
    }
}
