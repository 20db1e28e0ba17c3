package nl.competentiekompas.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GapAnalysis;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.examples.demo.SampleData;
import nl.competentiekompas.report.Report;
import nl.competentiekompas.report.ReportContext;
import nl.competentiekompas.report.ReportFormat;
import nl.competentiekompas.report.Reports;

/**
 * Example: render the personal development report of the hospital CISO — a 360-degree view of the latest
 * review, the gaps to the profile's targets and a proposed development plan — as HTML and PDF.
 *
 * <p>The assessments (self, board, manager, HR and three peers) come from the demo's {@link SampleData}; build
 * your own with {@code Assessment.builder(profile, subject, rater, perspective, date).score(...)}.
 *
 * <p>Run it with {@code java -cp compass-examples/target/compass.jar
 * nl.competentiekompas.examples.DevelopmentReportExample [file.html]}; the PDF is written next to the HTML.
 */
public final class DevelopmentReportExample {

    /** Kept in a field so the logger, and the level set on it, are not collected. */
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

    private DevelopmentReportExample() {
    }

    /**
     * Writes the report and prints the paths written.
     *
     * @param args optionally the HTML file to write; by default {@code development-report.html} in the current
     *     folder
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path html = Path.of(args.length > 0 ? args[0] : "development-report.html");
        SampleData data = new SampleData();
        Catalog catalog = Catalogs.builtIn();
        RoleProfile ciso = catalog.requireProfile(Catalogs.CISO_HEALTHCARE);
        List<Assessment> assessments = data.assessments();

        // Per rater the latest assessment counts; peer scores show only as an aggregate of enough raters.
        MultiRaterView view = MultiRaterView.of(ciso, SampleData.HOSPITAL_CISO, assessments);
        // The hospital CISO holds the role as a side job: the gaps then start with the "start here" competencies.
        GapAnalysis gaps = GapAnalysis.of(ciso, view, true);
        // A plan for the coming year, one goal per gap, worded in English.
        DevelopmentPlan plan = DevelopmentPlan.proposeFrom(gaps, catalog, SampleData.REVIEW_DATE,
                SampleData.REVIEW_DATE.plusYears(1), Language.EN);

        // No progress section here (Optional.empty()); Progress.of(...) adds one when there are earlier reviews.
        Report report = Reports.personalDevelopment(catalog, view, gaps, Optional.empty(), Optional.of(plan));
        // The context fixes language, document date and id: the same inputs give the same bytes every run.
        ReportContext context = ReportContext.of(Language.EN, SampleData.REVIEW_DATE,
                "personal-development-" + SampleData.HOSPITAL_CISO);

        // The PDF renderer and PDFBox log their progress and font fallbacks to the console unless told not to.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX.setLevel(Level.SEVERE);
        Path pdf = html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html?$", "") + ".pdf");
        write(html, report.render(ReportFormat.HTML, context));
        write(pdf, report.render(ReportFormat.PDF, context));
        System.out.println(html);
        System.out.println(pdf);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.write(file, bytes);
    }
}
