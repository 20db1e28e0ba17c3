package nl.competentiekompas.benchmarks;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GapAnalysis;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.assessment.Progress;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.report.Report;
import nl.competentiekompas.report.ReportContext;
import nl.competentiekompas.report.ReportFormat;
import nl.competentiekompas.report.Reports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P5: the personal development report of a CISO with two annual reviews (self, board, manager, HR and three
 * peers each), the gaps, progress and a proposed plan, rendered as HTML and as PDF. Targets: HTML at most 1 ms
 * a report, PDF at most 150 ms a page (the {@code pages} counter: JMH reports the time per page).
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

    private Report report;
    private ReportContext context;
    private int pages;

    /** Pages rendered, reported by JMH as time per page. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Pages {
        /** The pages rendered in this iteration. */
        public long pages;

        /** Starts the iteration's count. */
        @Setup(Level.Iteration)
        public void reset() {
            pages = 0;
        }
    }

    /**
     * Builds the report and counts its PDF pages.
     *
     * @throws IOException if the PDF cannot be read back
     */
    @Setup(Level.Trial)
    public void prepare() throws IOException {
        Catalog catalog = Catalogs.builtIn();
        RoleProfile profile = catalog.requireProfile(Catalogs.CISO_HEALTHCARE);
        PersonId subject = PersonId.of("p-ciso-01");
        SplittableRandom random = new SplittableRandom(Organisations.SEED);
        List<Assessment> all = new ArrayList<>();
        List<Assessment> latest = new ArrayList<>();
        for (LocalDate date : List.of(LocalDate.of(2025, 11, 10), LocalDate.of(2026, 11, 10))) {
            latest.clear();
            String[] raters = {"p-ciso-01", "p-board-01", "p-manager-01", "p-hr-01", "p-peer-01", "p-peer-02", "p-peer-03"};
            Perspective[] perspectives = {Perspective.SELF, Perspective.BOARD, Perspective.MANAGER, Perspective.HR,
                Perspective.PEER, Perspective.PEER, Perspective.PEER};
            for (int i = 0; i < raters.length; i++) {
                Assessment.Builder b = Assessment.builder(profile, subject, PersonId.of(raters[i]), perspectives[i], date);
                for (CompetencyTarget t : profile.competencyTargets()) {
                    b.score(t.competency(), profile.scale().min()
                            + random.nextInt(profile.scale().max() - profile.scale().min() + 1));
                    b.reflection(t.competency(), String.format(Locale.ROOT, "Reflectie op %s", t.competency()));
                }
                latest.add(b.build());
            }
            all.addAll(latest);
        }
        MultiRaterView view = MultiRaterView.of(profile, subject, latest);
        GapAnalysis gaps = GapAnalysis.of(profile, view, false);
        DevelopmentPlan plan = DevelopmentPlan.proposeFrom(gaps, catalog, LocalDate.of(2026, 11, 10), LocalDate.of(2027, 11, 10),
                Language.NL);
        report = Reports.personalDevelopment(catalog, view, gaps,
                Optional.of(Progress.of(profile, subject, all, List.of(plan))), Optional.of(plan));
        context = ReportContext.of(Language.NL, LocalDate.of(2026, 11, 22), "benchmark");
        try (PDDocument pdf = Loader.loadPDF(report.render(ReportFormat.PDF, context))) {
            pages = pdf.getNumberOfPages();
        }
    }

    /**
     * The report as self-contained HTML.
     *
     * @return the HTML
     */
    @Benchmark
    public String html() {
        return report.renderText(ReportFormat.HTML, context);
    }

    /**
     * The report as PDF; the counter adds its pages.
     *
     * @param counter the pages rendered
     * @return the PDF
     */
    @Benchmark
    public byte[] pdf(Pages counter) {
        byte[] pdf = report.render(ReportFormat.PDF, context);
        counter.pages += pages;
        return pdf;
    }
}
