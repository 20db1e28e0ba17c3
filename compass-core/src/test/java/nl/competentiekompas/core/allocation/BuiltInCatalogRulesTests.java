package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

/** The rules and the proposer on the bundled catalog. */
class BuiltInCatalogRulesTests {

    private final Catalog catalog = Catalogs.builtIn();
    private final Rules rules = Rules.builtIn();

    private static final UnitId TOP = UnitId.of("u-top");
    private static final UnitId CARE = UnitId.of("u-care");
    private static final AppointmentId CISO = AppointmentId.of("a-ciso");

    /** A hospital with a CISO under the board, a decentral ISO in care and an ISO for IT. */
    private static Organisation hospital() {
        AppointmentId diso = AppointmentId.of("a-diso");
        AppointmentId iso = AppointmentId.of("a-iso");
        return Organisation.builder(OrganisationId.of("ziekenhuis"), Sector.HEALTHCARE).essentialEntity(true)
                .governingBody(GoverningBody.BOARD_OF_DIRECTORS)
                .unit(Unit.top(TOP))
                .unit(Unit.under(CARE, TOP).withNeedsIso(true))
                .unit(Unit.under(UnitId.of("u-it"), TOP).withItDepartment(true).withNeedsIso(true))
                .process(new Process(ProcessId.of("pr-ehr"), PersonId.of("p-care-lead"), CARE))
                .appointment(Appointment.of(CISO, PersonId.of("p-ciso"), Catalogs.CISO_HEALTHCARE, TOP, Fte.ONE))
                .appointment(Appointment.of(diso, PersonId.of("p-diso"), Catalogs.DISO, CARE, Fte.ONE))
                .appointment(Appointment.of(iso, PersonId.of("p-iso"), Catalogs.ISO, TOP, Fte.ONE)
                        .withCovers(Set.of(UnitId.of("u-it"))))
                .appointment(Appointment.of(AppointmentId.of("a-care-lead"), PersonId.of("p-care-lead"),
                        Catalogs.LINE_MANAGER, CARE, Fte.ONE))
                .line(ReportingLine.toBody(CISO, ReportingLine.Kind.HIERARCHICAL, GoverningBody.BOARD_OF_DIRECTORS))
                .line(ReportingLine.toAppointment(diso, ReportingLine.Kind.FUNCTIONAL, CISO))
                .line(ReportingLine.toAppointment(iso, ReportingLine.Kind.FUNCTIONAL, CISO))
                .build();
    }

    @Test
    void theProposalForASoundHospitalHasNoFindings() {
        Organisation hospital = hospital();
        Allocation proposal = Allocator.propose(hospital, catalog);
        assertThat(rules.evaluate(hospital, proposal, catalog).findings()).isEmpty();
        RuleContext ctx = RuleContext.of(hospital, proposal, catalog, Workload.none());
        assertThat(ctx.chosenProfiles()).containsExactly(Catalogs.CISO_HEALTHCARE, Catalogs.ISO, Catalogs.DISO,
                Catalogs.PROCESS_OWNER);
        // strategic and tactical work goes to the CISO, the ISO's unit work to the unit it covers
        for (Assignment a : proposal.assignments()) {
            if (ctx.responsibility(a.responsibility()).level() != Level.OPERATIONAL
                    && catalog.profileOf(a.responsibility()).orElseThrow().id().equals(Catalogs.CISO_HEALTHCARE)) {
                assertThat(a.person()).isEqualTo(PersonId.of("p-ciso"));
            }
        }
        assertThat(proposal.assignments()).filteredOn(a -> a.person().equals(PersonId.of("p-iso")))
                .allMatch(a -> a.scope().equals(Scope.unit(UnitId.of("u-it"))));
        assertThat(proposal.assignments()).filteredOn(a -> a.scope().kind() == ScopeKind.PROCESS && a.has(Raci.A))
                .allMatch(a -> a.person().equals(PersonId.of("p-care-lead")));
    }

    @Test
    void aHospitalWithoutCisoHasTheFindingsTheSourcesCite() {
        Organisation noCiso = hospital().withoutAppointment(CISO);
        Evaluation evaluation = rules.evaluate(noCiso, Allocator.propose(noCiso, catalog), catalog);
        Finding missing = evaluation.findings(Rules.CISO_APPOINTED).get(0);
        assertThat(missing.severity()).isEqualTo(Severity.ERROR);
        assertThat(missing.sources()).filteredOn(s -> s.kind() == SourceRef.Kind.SOURCE)
                .singleElement().satisfies(s -> assertThat(((SourceRef.Source) s).document().id())
                        .isEqualTo("competentiekompas-ciso-zorg"));
        assertThat(evaluation.findings(Rules.ISO_LINE_TO_CISO)).hasSize(2);
        assertThat(evaluation.errors()).extracting(Finding::ruleId).containsExactly(Rules.CISO_APPOINTED);
    }

    @Test
    void everyBuiltInRuleCitesItsSources() {
        for (AllocationRule rule : rules.rules()) {
            List<SourceRef> sources = rule.sources(catalog);
            assertThat(sources).as(rule.id()).isNotEmpty();
            assertThat(sources).as(rule.id()).noneMatch(s -> s.citation(Language.EN).contains("does not hold"));
        }
        assertThat(rules.rule(Rules.SEPARATION_OF_DUTIES).orElseThrow().sources(catalog))
                .extracting(s -> s.citation(Language.EN)).contains("ISO/IEC 27001:2022 A.5.3");
        assertThat(rules.rule(Rules.RACI_ONE_ACCOUNTABLE).orElseThrow().sources(catalog))
                .extracting(s -> s.citation(Language.EN)).contains("NIST CSF 2.0 GV.RR-02");
        assertThat(rules.rule(Rules.PROCESS_OWNER_ACCOUNTABLE).orElseThrow().sources(catalog))
                .extracting(s -> s.citation(Language.EN)).contains("BIO2 (2025) 5.02.01");
    }

    @Test
    void aCisoDoingIsoWorkIsWarnedWithTheShare() {
        Organisation hospital = hospital().withoutAppointment(AppointmentId.of("a-iso"))
                .withAppointment(Appointment.of(AppointmentId.of("a-ciso-as-iso"), PersonId.of("p-ciso"),
                        Catalogs.ISO, TOP, Fte.ZERO).withCovers(Set.of(UnitId.of("u-it"))));
        Evaluation evaluation = rules.evaluate(hospital, Allocator.propose(hospital, catalog), catalog);
        assertThat(evaluation.findings(Rules.CISO_DOING_ISO_WORK)).singleElement()
                .satisfies(f -> assertThat(f.message().in(Language.NL)).startsWith("CISO p-ciso voert 7 ISO-taken uit"));
        assertThat(evaluation.findings(Rules.ISO_PRESENT)).extracting(Finding::subject).containsExactly("u-it");
        assertThat(evaluation.findings(Rules.LEVEL_FIT)).isEmpty();
    }

    @Test
    void aMunicipalCisoNeedsBothLinesAndNoItManagerAbove() {
        AppointmentId it = AppointmentId.of("a-it");
        Organisation municipality = Organisation.builder(OrganisationId.of("gemeente"), Sector.MUNICIPALITY)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY).governingBody(GoverningBody.PORTFOLIO_HOLDER)
                .unit(Unit.top(TOP))
                .appointment(Appointment.of(CISO, PersonId.of("p-ciso"), Catalogs.CISO_MUNICIPALITY, TOP, Fte.ONE))
                .appointment(Appointment.of(it, PersonId.of("p-it"), Catalogs.IT_MANAGER, TOP, Fte.ONE))
                .line(ReportingLine.toBody(CISO, ReportingLine.Kind.FUNCTIONAL, GoverningBody.MUNICIPAL_SECRETARY))
                .line(ReportingLine.toAppointment(CISO, ReportingLine.Kind.HIERARCHICAL, it))
                .build();
        Evaluation evaluation = rules.evaluate(municipality, Allocator.propose(municipality, catalog), catalog);
        assertThat(evaluation.findings(Rules.CISO_INDEPENDENT)).extracting(Finding::subject)
                .containsExactly("a-ciso a-it", "a-ciso portfolio-holder");
        assertThat(evaluation.errors()).extracting(Finding::ruleId).containsOnly(Rules.CISO_INDEPENDENT);
        assertThat(RoleId.of("ciso-municipality")).isEqualTo(Catalogs.CISO_MUNICIPALITY);
    }
}
