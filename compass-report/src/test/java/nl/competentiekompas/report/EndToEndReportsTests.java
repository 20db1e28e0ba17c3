package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The organisation reports on the bundled catalog, with an allocation the {@link Allocator} proposes and the
 * findings the built-in {@link Rules} give: a municipality whose CISO sits under the IT department and one of
 * whose units has no ISO.
 */
class EndToEndReportsTests {

    private static final UnitId TOP = UnitId.of("u-concern");
    private static final UnitId IT = UnitId.of("u-ict");
    private static final UnitId SOCIAL = UnitId.of("u-sociaal");
    private static final UnitId SPACE = UnitId.of("u-ruimte");

    private final Catalog catalog = Catalogs.builtIn();
    private final Organisation organisation = municipality();
    private final Allocation allocation = Allocator.propose(organisation, catalog);
    private final Evaluation evaluation = Rules.builtIn().evaluate(organisation, allocation, catalog);

    private static Organisation municipality() {
        AppointmentId ciso = AppointmentId.of("a-ciso");
        AppointmentId iso = AppointmentId.of("a-iso");
        return Organisation.builder(OrganisationId.of("gemeente-test"), Sector.MUNICIPALITY)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY).governingBody(GoverningBody.PORTFOLIO_HOLDER)
                .unit(Unit.top(TOP))
                .unit(Unit.under(IT, TOP).withItDepartment(true))
                .unit(Unit.under(SOCIAL, TOP).withNeedsIso(true))
                .unit(Unit.under(SPACE, TOP).withNeedsIso(true))
                .appointment(Appointment.of(ciso, PersonId.of("p-ciso"), Catalogs.CISO_MUNICIPALITY, IT,
                        Fte.ofThousandths(600)))
                .appointment(Appointment.of(iso, PersonId.of("p-iso"), Catalogs.ISO, SOCIAL, Fte.ONE)
                        .withCovers(Set.of(SOCIAL)))
                .appointment(Appointment.of(AppointmentId.of("a-it"), PersonId.of("p-it"), Catalogs.IT_MANAGER, IT,
                        Fte.ONE))
                .line(ReportingLine.toBody(ciso, ReportingLine.Kind.HIERARCHICAL, GoverningBody.MUNICIPAL_SECRETARY))
                .line(ReportingLine.toAppointment(iso, ReportingLine.Kind.FUNCTIONAL, ciso))
                .build();
    }

    @Test
    void allocationReportShowsEveryFindingWithItsSources() throws Exception {
        assertThat(evaluation.has(Rules.CISO_INDEPENDENT)).isTrue();
        Report report = Reports.allocation(catalog, organisation, allocation, evaluation);
        for (Language language : Language.values()) {
            ReportContext context = SampleReports.context(language);
            String html = report.renderText(ReportFormat.HTML, context);
            ReportInjectionProperties.checkHtml(html);
            ReportInjectionProperties.checkMarkdown(report.renderText(ReportFormat.MARKDOWN, context));
            String text = Jsoup.parse(html).text();
            for (Finding finding : evaluation.findings()) {
                assertThat(text).contains(finding.message().in(language));
                finding.sources().forEach(s -> assertThat(text).contains(s.citation(language)));
            }
            assertThat(Jsoup.parse(html).select("footer").text())
                    .contains(catalog.attributions().get(0).text().in(language));
        }
    }

    @Test
    void boardReportSaysTheCisoIsNotPlacedCorrectly() throws IOException {
        Report report = Reports.board(catalog, organisation, evaluation, List.of());
        String markdown = report.renderText(ReportFormat.MARKDOWN, SampleReports.context(Language.EN));
        assertThat(markdown).contains("| Is a CISO appointed? | yes: p-ciso |")
                .contains("| Do the units that need an ISO have one? | 1 of the 2 units |")
                .containsPattern("placed correctly .*\\| no: [1-9] open finding");
        ReportInjectionProperties.checkMarkdown(markdown);
        try (PDDocument pdf = Loader.loadPDF(report.render(ReportFormat.PDF, SampleReports.context(Language.NL)))) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
        }
    }
}
