package nl.competentiekompas.core.allocation;

import static nl.competentiekompas.core.allocation.Fixtures.A_CISO;
import static nl.competentiekompas.core.allocation.Fixtures.A_ISO;
import static nl.competentiekompas.core.allocation.Fixtures.CISO;
import static nl.competentiekompas.core.allocation.Fixtures.ISO;
import static nl.competentiekompas.core.allocation.Fixtures.IT_DEPT;
import static nl.competentiekompas.core.allocation.Fixtures.OWNER;
import static nl.competentiekompas.core.allocation.Fixtures.SOCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

class RulesTests {

    private final Catalog catalog = Fixtures.catalog();
    private final Rules rules = Rules.builtIn();
    private final Organisation sound = Fixtures.municipality();

    private Evaluation evaluate(Organisation organisation) {
        return rules.evaluate(organisation, Allocator.propose(organisation, catalog), catalog);
    }

    private static List<String> ruleIds(Evaluation evaluation) {
        return evaluation.findings().stream().map(Finding::ruleId).distinct().toList();
    }

    @Test
    void builtInHasTheTwelveRulesStructuralFirst() {
        assertThat(rules.rules()).extracting(AllocationRule::id).containsExactly("ciso-appointed",
                "ciso-independent", "iso-present", "iso-line-to-ciso", "separation-of-duties", "raci-one-accountable",
                "raci-responsible", "coverage", "level-fit", "ciso-doing-iso-work", "process-owner-accountable",
                "capacity");
        assertThat(rules.rules(RuleCategory.STRUCTURAL)).hasSize(5);
        assertThat(rules.rules(RuleCategory.ALLOCATION)).hasSize(7);
    }

    @Test
    void soundMunicipalityWithProposalHasNoFindings() {
        assertThat(evaluate(sound).findings()).isEmpty();
    }

    @Test
    void severitiesFollowTheSectorTable() {
        AllocationRule appointed = rules.rule("ciso-appointed").orElseThrow();
        assertThat(appointed.defaultSeverity(Sector.MUNICIPALITY, false)).isEqualTo(Severity.ERROR);
        assertThat(appointed.defaultSeverity(Sector.HEALTHCARE, false)).isEqualTo(Severity.WARNING);
        assertThat(appointed.defaultSeverity(Sector.HEALTHCARE, true)).isEqualTo(Severity.ERROR);
        assertThat(rules.rule("iso-present").orElseThrow().defaultSeverity(Sector.MUNICIPALITY, true))
                .isEqualTo(Severity.WARNING);
        assertThat(rules.rule("raci-responsible").orElseThrow().defaultSeverity(Sector.OTHER, false))
                .isEqualTo(Severity.WARNING);
        assertThat(Rules.forSector(Sector.HEALTHCARE).severity(appointed, sound)).isEqualTo(Severity.WARNING);
        assertThat(rules.withSeverity("ciso-appointed", Severity.INFO).severity(appointed, sound))
                .isEqualTo(Severity.INFO);
        assertThatThrownBy(() -> rules.withSeverity("no-such-rule", Severity.INFO))
                .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void cisoAppointedCitesBioAndSourceA() {
        Organisation noCiso = sound.withoutAppointment(A_CISO);
        Finding f = evaluate(noCiso).findings("ciso-appointed").get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.subjects()).containsExactly("gemeente-test");
        assertThat(f.sources()).extracting(s -> s.citation(Language.EN)).contains("BIO (2019) 6.1.1",
                "BIO2 (2025) 5.02.02");
        assertThat(f.sources()).filteredOn(s -> s.kind() == SourceRef.Kind.SOURCE).hasSize(1);
        assertThat(f.message().in(Language.EN)).isEqualTo("No CISO is appointed in organisation gemeente-test.");
    }

    @Test
    void cisoUnderItIsNotIndependent() {
        Organisation moved = sound.withAppointment(sound.requireAppointment(A_CISO).withUnit(IT_DEPT));
        Evaluation e = evaluate(moved);
        assertThat(e.findings("ciso-independent")).singleElement()
                .satisfies(f -> assertThat(f.message().in(Language.EN)).contains("u-it"));
        assertThat(e.errors()).extracting(Finding::ruleId).containsOnly("ciso-independent");
    }

    @Test
    void cisoWithoutLineToThePortfolioHolderIsNotIndependent() {
        Organisation cut = sound.withoutLine(
                ReportingLine.toBody(A_CISO, ReportingLine.Kind.FUNCTIONAL, GoverningBody.PORTFOLIO_HOLDER));
        assertThat(evaluate(cut).findings("ciso-independent")).extracting(Finding::subjects)
                .containsExactly(List.of("a-ciso", "portfolio-holder"));
    }

    @Test
    void noIsoAndUncoveredUnitAreWarnings() {
        Evaluation e = evaluate(sound.withoutAppointment(A_ISO));
        assertThat(e.findings("iso-present")).extracting(Finding::subject)
                .containsExactly("gemeente-test", "u-social");
        assertThat(e.findings("iso-present")).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(e.hasErrors()).isFalse();
    }

    @Test
    void decentralIsoCoversItsSubtree() {
        Organisation org = sound.withoutAppointment(A_ISO)
                .withUnit(Unit.under(UnitId.of("u-social-team"), SOCIAL).withNeedsIso(true))
                .withAppointment(Appointment.of(AppointmentId.of("a-diso"), ISO, Catalogs.DISO, SOCIAL, Fte.ONE))
                .withLine(ReportingLine.toAppointment(AppointmentId.of("a-diso"), ReportingLine.Kind.FUNCTIONAL,
                        A_CISO));
        assertThat(evaluate(org).findings()).isEmpty();
    }

    @Test
    void isoWithoutLineToCisoIsWarned() {
        Organisation org = sound.withoutLine(
                ReportingLine.toAppointment(A_ISO, ReportingLine.Kind.FUNCTIONAL, A_CISO));
        assertThat(evaluate(org).findings()).extracting(Finding::ruleId).containsExactly("iso-line-to-ciso");
    }

    @Test
    void isoWhoseLinesRunToOthersThanTheCisoIsWarned() {
        // a line to the IT manager, and one to a governing body: neither is a line to the CISO
        Organisation org = sound
                .withoutLine(ReportingLine.toAppointment(A_ISO, ReportingLine.Kind.FUNCTIONAL, A_CISO))
                .withLine(ReportingLine.toAppointment(A_ISO, ReportingLine.Kind.HIERARCHICAL,
                        AppointmentId.of("a-it")))
                .withLine(ReportingLine.toBody(A_ISO, ReportingLine.Kind.FUNCTIONAL,
                        GoverningBody.MUNICIPAL_SECRETARY));
        assertThat(evaluate(org).findings()).extracting(Finding::ruleId, Finding::subjects)
                .containsExactly(tuple("iso-line-to-ciso", List.of("a-iso")));
        assertThat(evaluate(org.withLine(ReportingLine.toAppointment(A_ISO, ReportingLine.Kind.FUNCTIONAL, A_CISO)))
                .findings()).isEmpty();
    }

    @Test
    void cisoWhoIsAlsoItManagerBreaksSeparationOfDuties() {
        Organisation org = sound.withAppointment(
                Appointment.of(AppointmentId.of("a-ciso-it"), CISO, Catalogs.IT_MANAGER, IT_DEPT, Fte.ZERO));
        Evaluation e = evaluate(org);
        assertThat(e.errors()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("separation-of-duties");
            assertThat(f.subjects()).containsExactly("p-ciso", "ciso-it-manager");
            assertThat(f.message().in(Language.EN)).contains("ciso, it-manager");
        });
    }

    @Test
    void separationOfDutiesCardinalityThreeAllowsTwo() {
        SeparationOfDuties three = new SeparationOfDuties("trio", Set.of(),
                Set.of(Catalogs.IT_MANAGER, Catalogs.ISO, Catalogs.PRIVACY_OFFICER), 3);
        Rules custom = rules.withSeparationOfDuties(List.of(three));
        Organisation two = sound.withAppointment(
                Appointment.of(AppointmentId.of("a-iso-it"), ISO, Catalogs.IT_MANAGER, IT_DEPT, Fte.ZERO));
        assertThat(custom.evaluate(two, Allocator.propose(two, catalog), catalog).has("separation-of-duties")).isFalse();
        Organisation triple = two.withAppointment(
                Appointment.of(AppointmentId.of("a-iso-po"), ISO, Catalogs.PRIVACY_OFFICER, SOCIAL, Fte.ZERO));
        assertThat(custom.evaluate(triple, Allocator.propose(triple, catalog), catalog).findings("separation-of-duties"))
                .hasSize(1);
    }

    @Test
    void secondAccountableAndMissingResponsible() {
        Allocation proposal = Allocator.propose(sound, catalog);
        ResponsibilityId policy = ResponsibilityId.of("cm-policy");
        Allocation twoA = proposal.with(Assignment.of(policy, Scope.organisation(), OWNER, Raci.A));
        assertThat(rules.evaluate(sound, twoA, catalog).errors()).extracting(Finding::ruleId)
                .containsExactly("raci-one-accountable");
        Allocation noR = proposal.with(Assignment.of(policy, Scope.organisation(), CISO, Raci.A));
        assertThat(rules.evaluate(sound, noR, catalog).findings()).extracting(Finding::ruleId)
                .containsExactly("raci-responsible");
    }

    @Test
    void coverageNamesEveryUnassignedResponsibility() {
        Evaluation e = rules.evaluate(sound, Allocation.empty(), catalog);
        assertThat(e.findings("coverage")).extracting(Finding::subject).containsExactlyInAnyOrder("cm-policy",
                "cm-incident", "cm-awareness", "iso-plans", "iso-contact", "po-security");
    }

    @Test
    void isoHoldingStrategicWorkDoesNotFitTheLevel() {
        Allocation a = Allocator.propose(sound, catalog)
                .with(Assignment.of(ResponsibilityId.of("cm-policy"), Scope.organisation(), ISO, Raci.R));
        assertThat(rules.evaluate(sound, a, catalog).errors()).extracting(Finding::ruleId).containsExactly("level-fit");
    }

    @Test
    void cisoDoingIsoWorkReportsTheShareButNeverItsOwnItems() {
        Allocation proposal = Allocator.propose(sound, catalog);
        assertThat(rules.evaluate(sound, proposal, catalog).has("ciso-doing-iso-work")).isFalse();
        Allocation a = proposal.with(Assignment.of(ResponsibilityId.of("iso-contact"), Scope.organisation(), CISO,
                Raci.R).withEffort(Fte.ofThousandths(200)));
        Finding f = rules.evaluate(sound, a, catalog).findings("ciso-doing-iso-work").get(0);
        // the CISO holds 0.1 + 0.05 + 0.05 of own work and 0.2 of ISO work: 50 %
        assertThat(f.message().in(Language.EN)).contains("50%").contains("0.2 of 0.4 FTE");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void processOwnerMustBeAccountable() {
        Allocation proposal = Allocator.propose(sound, catalog);
        Scope process = Scope.process(ProcessId.of("pr-benefits"));
        ResponsibilityId po = ResponsibilityId.of("po-security");
        Allocation a = proposal.with(Assignment.of(po, process, OWNER, Raci.R))
                .with(Assignment.of(po, process, CISO, Raci.A));
        assertThat(rules.evaluate(sound, a, catalog).errors()).extracting(Finding::subject)
                .containsExactly("po-security@process:pr-benefits p-ciso",
                        "po-security@process:pr-benefits p-owner");
        Allocation atOrganisation = proposal.with(Assignment.of(po, Scope.organisation(), OWNER, Raci.R, Raci.A));
        assertThat(rules.evaluate(sound, atOrganisation, catalog).errors()).extracting(Finding::subject)
                .containsExactly("po-security@organisation");
    }

    @Test
    void capacitySumsOverOrganisations() {
        Organisation small = sound.withAppointment(sound.requireAppointment(A_CISO).withFte(Fte.ofThousandths(300)));
        Allocation proposal = Allocator.propose(small, catalog);
        assertThat(rules.evaluate(small, proposal, catalog).has("capacity")).isFalse();
        Workload elsewhere = Workload.builder().addFte(CISO, Fte.ofThousandths(200))
                .addEffort(CISO, Fte.ofThousandths(400)).build();
        Finding f = rules.evaluate(small, proposal, catalog, elsewhere).findings("capacity").get(0);
        assertThat(f.subjects()).containsExactly("p-ciso");
        assertThat(f.message().in(Language.EN)).contains("0.6 FTE of tasks but appointed for 0.5 FTE");
    }

    @Test
    void riskAcceptanceHoldsUntilExpiryAndThenIsReported() {
        Organisation noIso = sound.withoutAppointment(A_ISO);
        Allocation a = Allocator.propose(noIso, catalog);
        Finding none = rules.evaluate(noIso, a, catalog).findings("iso-present").get(0);
        RiskAcceptance acceptance = RiskAcceptance.of(none, "budget next year", GoverningBody.MUNICIPAL_SECRETARY,
                LocalDate.of(2027, 1, 31));
        Evaluation before = rules.evaluate(noIso, a, catalog, Workload.none(), List.of(acceptance),
                LocalDate.of(2027, 1, 31));
        assertThat(before.findings("iso-present").get(0).acceptance()).contains(acceptance);
        assertThat(before.has(Rules.RISK_ACCEPTANCE_EXPIRED)).isFalse();
        Evaluation after = rules.evaluate(noIso, a, catalog, Workload.none(), List.of(acceptance),
                LocalDate.of(2027, 2, 1));
        assertThat(after.findings("iso-present").get(0).accepted()).isFalse();
        assertThat(after.findings(Rules.RISK_ACCEPTANCE_EXPIRED)).singleElement()
                .satisfies(f -> assertThat(f.message().in(Language.EN)).doesNotContain("budget"));
    }

    @Test
    void acceptedErrorsDoNotCountAsOpenErrors() {
        Organisation noCiso = sound.withoutAppointment(A_CISO);
        Allocation a = Allocator.propose(noCiso, catalog);
        Finding error = rules.evaluate(noCiso, a, catalog).errors().get(0);
        Evaluation e = rules.evaluate(noCiso, a, catalog, Workload.none(),
                List.of(RiskAcceptance.of(error, "interim", GoverningBody.MUNICIPAL_SECRETARY, LocalDate.of(2030, 1, 1))),
                LocalDate.of(2026, 1, 1));
        assertThat(e.findings()).contains(error.withAcceptance(e.findings().get(0).acceptance().orElseThrow()));
        assertThat(e.hasErrors()).isFalse();
    }

    @Test
    void allocationNamingUnknownThingsIsRejected() {
        Allocation unknown = Allocation.of(List.of(Assignment.of(ResponsibilityId.of("nope"), Scope.organisation(),
                CISO, Raci.A)));
        assertThatThrownBy(() -> rules.evaluate(sound, unknown, catalog)).isInstanceOf(UnknownIdException.class)
                .hasMessage("unknown responsibility id 'nope'");
        Allocation unit = Allocation.of(List.of(Assignment.of(ResponsibilityId.of("iso-plans"),
                Scope.unit(UnitId.of("u-gone")), ISO, Raci.A)));
        assertThatThrownBy(() -> rules.evaluate(sound, unit, catalog)).hasMessage("unknown unit id 'u-gone'");
    }

    /** A rule of the organisation's own, of severity info, checked by a function. */
    private static AllocationRule customRule(String id, Function<RuleContext, List<Finding>> check) {
        return new AllocationRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public RuleCategory category() {
                return RuleCategory.STRUCTURAL;
            }

            @Override
            public Severity defaultSeverity(Sector sector, boolean essentialEntity) {
                return Severity.INFO;
            }

            @Override
            public List<SourceRef> sources(Catalog c) {
                return List.of(SourceRef.editorial(LocalizedText.of("eigen regel", "own rule")));
            }

            @Override
            public List<Finding> check(RuleContext context) {
                return check.apply(context);
            }
        };
    }

    @Test
    void customRuleJoinsTheBuiltInOnes() {
        AllocationRule[] rule = new AllocationRule[1];
        rule[0] = customRule("ciso-not-side-job", context -> context.appointments(
                nl.competentiekompas.core.catalog.RoleKind.CISO).stream()
                .filter(Appointment::sideJob)
                .map(a -> context.finding(rule[0], List.of(a.id().value()), LocalizedText.of("nevenfunctie",
                        "side job")))
                .toList());
        Organisation sideJob = sound.withAppointment(sound.requireAppointment(A_CISO).withSideJob(true));
        Evaluation e = rules.with(rule[0]).evaluate(sideJob, Allocator.propose(sideJob, catalog), catalog);
        assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ciso-not-side-job");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void aCustomRulesFindingsAreSortedAndKeptAsTheRuleReturnedThem() {
        // findings out of order, in a list that the next rule empties
        List<Finding> shared = new ArrayList<>();
        AllocationRule[] own = new AllocationRule[2];
        LocalizedText text = LocalizedText.of("eigen bevinding", "own finding");
        own[0] = customRule("own-a", context -> {
            shared.add(context.finding(own[0], List.of("s-2"), text));
            shared.add(context.finding(own[0], List.of("s-1"), text));
            return shared;
        });
        own[1] = customRule("own-b", context -> {
            shared.clear();
            return List.of(context.finding(own[1], List.of("t"), text));
        });
        Evaluation e = rules.with(own[0]).with(own[1]).evaluate(sound, Allocator.propose(sound, catalog), catalog);
        assertThat(e.findings("own-a")).extracting(Finding::subject).containsExactly("s-1", "s-2");
        assertThat(e.findings("own-b")).extracting(Finding::subject).containsExactly("t");
        assertThat(e.findings()).isSorted();
    }

    @Test
    void healthcareWithoutCisoIsWarnedUnlessEssential() {
        Organisation care = Organisation.builder(OrganisationId.of("zorg"), Sector.HEALTHCARE)
                .governingBody(GoverningBody.BOARD_OF_DIRECTORS).unit(Unit.top(UnitId.of("u-top"))).build();
        assertThat(evaluate(care).findings("ciso-appointed").get(0).severity()).isEqualTo(Severity.WARNING);
        Organisation essential = care.toBuilder().essentialEntity(true).build();
        assertThat(evaluate(essential).findings("ciso-appointed").get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(ruleIds(evaluate(care))).containsExactly("ciso-appointed", "iso-present");
    }

    @Test
    void unknownPeopleMayHoldAssignments() {
        Allocation a = Allocator.propose(sound, catalog).with(Assignment.of(ResponsibilityId.of("cm-policy"),
                Scope.organisation(), PersonId.of("consultant"), Raci.C).withEffort(Fte.ofThousandths(100)));
        assertThat(rules.evaluate(sound, a, catalog).findings("capacity")).extracting(Finding::subject)
                .containsExactly("consultant");
        assertThat(a.forPerson(PersonId.of("consultant"))).hasSize(1);
    }
}
