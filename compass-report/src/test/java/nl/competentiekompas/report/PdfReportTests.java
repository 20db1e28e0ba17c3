package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import nl.competentiekompas.core.catalog.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The PDFs, opened with PDFBox: page count, real text with headings and numbers, metadata from the input.
 */
class PdfReportTests {

    private static PDDocument load(Report report, Language language) throws IOException {
        return Loader.loadPDF(report.render(ReportFormat.PDF, SampleReports.context(language)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void profileSheetHasSelectableTextWithHeadingsAndNumbers(Language language) throws IOException {
        Report report = Reports.profileSheet(SampleCatalog.create(), SampleCatalog.CISO);
        try (PDDocument pdf = load(report, language)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            if (language == Language.NL) {
                assertThat(text).contains("Profielschets: Voorbeeld-CISO", "Taken en verantwoordelijkheden",
                        "Competenties", "Kennis en ervaring", "Plaats in de organisatie", "Bronnen", "0,25",
                        "4 (gevorderd)", "Gebaseerd op het Voorbeeldkompas", "BIO (2019) 6.1.1", "1 / 3");
            } else {
                assertThat(text).contains("Profile sheet: Sample CISO", "Tasks and responsibilities",
                        "Competencies", "Knowledge and experience", "Place in the organisation", "Sources",
                        "0.25", "4 (advanced)", "Based on the Sample compass", "BIO (2019) 6.1.1", "1 / 3");
            }
            // the chart's data table sits beside the drawing
            assertThat(text).contains(language == Language.NL ? "Doelniveau per competentie"
                    : "Target level per competency");
        }
    }

    @Test
    void metadataComesFromTheInput() throws IOException {
        Report report = Reports.profileSheet(SampleCatalog.create(), SampleCatalog.ISO);
        try (PDDocument pdf = load(report, Language.EN)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Profile sheet: Sample ISO");
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertThat(List.of(created.get(Calendar.YEAR), created.get(Calendar.MONTH) + 1,
                    created.get(Calendar.DAY_OF_MONTH))).containsExactly(2026, 11, 22);
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("Competentiekompas compass-report");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void anotherDocumentIdGivesAnotherFileIdentifier() {
        Report report = Reports.profileSheet(SampleCatalog.create(), SampleCatalog.ISO);
        byte[] a = report.render(ReportFormat.PDF, SampleReports.context(Language.EN));
        byte[] b = report.render(ReportFormat.PDF, SampleReports.context(Language.EN).withLanguage(Language.EN)
                .withDisplayNames(DisplayNameResolver.pseudonymous()));
        byte[] c = report.render(ReportFormat.PDF,
                ReportContext.of(Language.EN, SampleReports.DATE, "another-id"));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }
}
