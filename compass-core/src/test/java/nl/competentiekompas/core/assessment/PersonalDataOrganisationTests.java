package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Scope;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.Sector;
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

/** Subject access and erasure across organisations, allocations, risk acceptances and assessments. */
class PersonalDataOrganisationTests {

    private static final Catalog CATALOG = Catalogs.builtIn();
    private static final RoleProfile PROFILE = AssessmentFixtures.ciso();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static final PersonId CISO = PersonId.of("p-ciso");
    private static final PersonId ISO = PersonId.of("p-iso");
    private static final PersonId OWNER = PersonId.of("p-owner");
    private static final PersonId BOARD = PersonId.of("p-board");
    private static final UnitId TOP = UnitId.of("u-top");
    private static final UnitId FINANCE = UnitId.of("u-finance");
    private static final AppointmentId A_CISO = AppointmentId.of("a-ciso");
    private static final AppointmentId A_ISO = AppointmentId.of("a-iso");
    private static final AppointmentId A_OWNER = AppointmentId.of("a-owner");
    private static final ProcessId INCIDENTS = ProcessId.of("pr-incidents");
    private static final ProcessId PAYROLL = ProcessId.of("pr-payroll");
    private static final OrganisationId GEMEENTE = OrganisationId.of("gemeente-a");

    private static final ReportingLine TO_SECRETARY = ReportingLine.toBody(A_CISO, ReportingLine.Kind.HIERARCHICAL,
            GoverningBody.MUNICIPAL_SECRETARY);
    private static final ReportingLine TO_PORTFOLIO = ReportingLine.toBody(A_CISO, ReportingLine.Kind.HIERARCHICAL,
            GoverningBody.PORTFOLIO_HOLDER);
    private static final ReportingLine ISO_TO_CISO = ReportingLine.toAppointment(A_ISO, ReportingLine.Kind.FUNCTIONAL,
            A_CISO);
    private static final ReportingLine ISO_TO_OWNER = ReportingLine.toAppointment(A_ISO,
            ReportingLine.Kind.HIERARCHICAL, A_OWNER);

    /** A municipality whose CISO owns the incident process; a line manager owns payroll. */
    private static Organisation municipality() {
        return Organisation.builder(GEMEENTE, Sector.MUNICIPALITY)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY).governingBody(GoverningBody.PORTFOLIO_HOLDER)
                .unit(Unit.top(TOP)).unit(Unit.under(UnitId.of("u-it"), TOP).withItDepartment(true))
                .unit(Unit.under(FINANCE, TOP).withNeedsIso(true))
                .appointment(Appointment.of(A_CISO, CISO, Catalogs.CISO_MUNICIPALITY, TOP, Fte.ONE))
                .appointment(Appointment.of(A_ISO, ISO, Catalogs.ISO, FINANCE, Fte.ONE).withCovers(Set.of(TOP)))
                .appointment(Appointment.of(A_OWNER, OWNER, Catalogs.LINE_MANAGER, FINANCE, Fte.ONE))
                .line(TO_SECRETARY).line(TO_PORTFOLIO).line(ISO_TO_CISO).line(ISO_TO_OWNER)
                .process(new Process(INCIDENTS, CISO, TOP))
                .process(new Process(PAYROLL, OWNER, FINANCE))
                .build();
    }

    private static Allocation allocation() {
        return Allocator.propose(municipality(), CATALOG);
    }

    private static final RiskAcceptance CISO_CAPACITY = new RiskAcceptance("capacity", "p-ciso",
            "temporary workload", GoverningBody.MUNICIPAL_SECRETARY, LocalDate.of(2027, 1, 1));
    private static final RiskAcceptance FINANCE_ISO = new RiskAcceptance("iso-present", "u-finance",
            "recruitment running", GoverningBody.MUNICIPAL_SECRETARY, LocalDate.of(2027, 1, 1));

    private static Assessment assessment(PersonId subject, PersonId rater, Perspective perspective) {
        return Assessment.builder(PROFILE, subject, rater, perspective, DAY).score(RISK_MANAGEMENT, 3).build();
    }

    private final Assessment isoByCiso = assessment(ISO, CISO, Perspective.MANAGER);
    private final Assessment cisoByBoard = assessment(CISO, BOARD, Perspective.BOARD);
    private final Assessment isoSelf = assessment(ISO, ISO, Perspective.SELF);
    private final DevelopmentPlan cisoPlan = new DevelopmentPlan(CISO, PROFILE.id(), DAY, List.of());
    private final Candidate cisoCandidate = Candidate.of(CISO);
    private final Candidate isoCandidate = Candidate.of(ISO);

    private PersonalData data() {
        return PersonalData.of(
                List.of(new PersonalData.OrganisationData(municipality(), allocation(),
                        List.of(FINANCE_ISO, CISO_CAPACITY))),
                List.of(isoSelf, cisoByBoard, isoByCiso), List.of(cisoPlan), List.of(isoCandidate, cisoCandidate));
    }

    @Test
    void theProposalGivesTheCisoWorkInTheirOwnProcess() {
        // the example relies on the CISO holding assignments in the process they own, and the ISO one there too
        assertThat(allocation().forPerson(CISO)).anyMatch(a -> a.scope().equals(Scope.process(INCIDENTS)));
        assertThat(allocation().forPerson(ISO)).anyMatch(a -> a.scope().equals(Scope.process(INCIDENTS)));
    }

    @Test
    void subjectAccessCollectsEverythingHeldAboutTheCiso() {
        PersonalData.SubjectAccess export = data().about(CISO);
        assertThat(export.received()).containsExactly(cisoByBoard);
        assertThat(export.given()).containsExactly(isoByCiso);
        assertThat(export.plans()).containsExactly(cisoPlan);
        assertThat(export.candidateRecords()).containsExactly(cisoCandidate);
        assertThat(export.organisations()).hasSize(1);
        PersonalData.OrganisationAccess held = export.organisations().get(0);
        assertThat(held.organisation()).isEqualTo(GEMEENTE);
        assertThat(held.appointments()).extracting(Appointment::id).containsExactly(A_CISO);
        assertThat(held.lines()).containsExactly(TO_SECRETARY, TO_PORTFOLIO, ISO_TO_CISO);
        assertThat(held.processes()).extracting(Process::id).containsExactly(INCIDENTS);
        assertThat(held.assignments()).isEqualTo(allocation().forPerson(CISO)).isNotEmpty();
        assertThat(held.acceptances()).containsExactly(CISO_CAPACITY);
        assertThat(export.isEmpty()).isFalse();
    }

    @Test
    void aPersonOnlyTheOrganisationListsGetsAnEmptyOrganisationPart() {
        Organisation listing = municipality().toBuilder().person(BOARD).build();
        PersonalData data = PersonalData.of(List.of(PersonalData.OrganisationData.of(listing)), List.of(), List.of(),
                List.of());
        PersonalData.SubjectAccess export = data.about(BOARD);
        assertThat(export.organisations()).containsExactly(new PersonalData.OrganisationAccess(GEMEENTE, List.of(),
                List.of(), List.of(), List.of(), List.of()));
        assertThat(export.isEmpty()).isFalse();
        assertThat(data.erase(BOARD).about(BOARD).isEmpty()).isTrue();
        assertThat(data.about(PersonId.of("p-stranger")).isEmpty()).isTrue();
    }

    @Test
    void erasingTheCisoLeavesNothingThatMentionsThem() {
        PersonalData erased = data().erase(CISO);
        // the board member was mentioned only as the rater of an assessment of the CISO
        assertThat(erased.persons()).containsExactly(ISO, OWNER);
        assertThat(erased.about(CISO).isEmpty()).isTrue();
        assertThat(erased.assessments()).containsExactly(isoSelf);
        assertThat(erased.plans()).isEmpty();
        assertThat(erased.candidates()).containsExactly(isoCandidate);

        PersonalData.OrganisationData org = erased.organisations().get(0);
        assertThat(org.organisation().appointments()).extracting(Appointment::id).containsExactly(A_ISO, A_OWNER);
        assertThat(org.organisation().lines()).containsExactly(ISO_TO_OWNER);
        // the process the CISO owned goes, and with it every assignment in its scope
        assertThat(org.organisation().processes()).extracting(Process::id).containsExactly(PAYROLL);
        assertThat(org.allocation().assignments()).noneMatch(a -> a.person().equals(CISO))
                .noneMatch(a -> a.scope().equals(Scope.process(INCIDENTS)));
        assertThat(org.allocation().assignments()).containsExactlyElementsOf(allocation().assignments().stream()
                .filter(a -> !a.person().equals(CISO) && !a.scope().equals(Scope.process(INCIDENTS))).toList());
        assertThat(org.acceptances()).containsExactly(FINANCE_ISO);
        assertThat(org.organisation().units()).isEqualTo(municipality().units());
    }

    @Test
    void theErasedOrganisationAndAllocationStillEvaluateAndNoFindingNamesTheCiso() {
        PersonalData.OrganisationData org = data().erase(CISO).organisations().get(0);
        Evaluation evaluation = Rules.builtIn().evaluate(org.organisation(), org.allocation(), CATALOG);
        assertThat(evaluation.findings(Rules.CISO_APPOINTED)).hasSize(1);
        assertThat(evaluation.findings()).flatExtracting(Finding::subjects).doesNotContain(CISO.value());
        assertThat(evaluation.findings()).allSatisfy(f -> {
            assertThat(f.message().in(nl.competentiekompas.core.catalog.Language.EN)).doesNotContain(CISO.value());
            assertThat(f.message().in(nl.competentiekompas.core.catalog.Language.NL)).doesNotContain(CISO.value());
        });
    }

    @Test
    void erasingARaterRemovesOnlyWhatTheyGaveAndTheirOrganisationParts() {
        PersonalData erased = data().erase(BOARD);
        assertThat(erased.assessments()).containsExactly(isoSelf, isoByCiso);
        assertThat(erased.organisations()).isEqualTo(data().organisations());
    }

    @Test
    void erasingAPersonNobodyMentionsChangesNothing() {
        PersonalData data = data();
        PersonalData erased = data.erase(PersonId.of("p-stranger"));
        assertThat(erased).isEqualTo(data).hasSameHashCodeAs(data);
        assertThat(erased.organisations().get(0)).isSameAs(data.organisations().get(0));
    }

    @Test
    void equalWhateverTheOrderOfParts() {
        Organisation other = Organisation.builder(OrganisationId.of("gemeente-b"), Sector.MUNICIPALITY)
                .unit(Unit.top(TOP)).build();
        PersonalData.OrganisationData a = new PersonalData.OrganisationData(municipality(), allocation(),
                List.of(CISO_CAPACITY, FINANCE_ISO));
        PersonalData.OrganisationData b = new PersonalData.OrganisationData(municipality(), allocation(),
                List.of(FINANCE_ISO, CISO_CAPACITY));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(PersonalData.OrganisationData.of(municipality()));
        PersonalData one = PersonalData.of(List.of(a, PersonalData.OrganisationData.of(other)), List.of(), List.of(),
                List.of());
        PersonalData two = PersonalData.of(List.of(PersonalData.OrganisationData.of(other), b), List.of(), List.of(),
                List.of());
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(one.erase(CISO));
        assertThat(one.organisations()).extracting(o -> o.organisation().id())
                .containsExactly(GEMEENTE, OrganisationId.of("gemeente-b"));
        assertThat(one.about(CISO)).isEqualTo(two.about(CISO)).hasSameHashCodeAs(two.about(CISO));
        PersonalData.OrganisationAccess access = one.about(CISO).organisations().get(0);
        PersonalData.OrganisationAccess reordered = new PersonalData.OrganisationAccess(GEMEENTE,
                access.appointments(), reversed(access.lines()), access.processes(),
                reversed(access.assignments()), access.acceptances());
        assertThat(reordered).isEqualTo(access).hasSameHashCodeAs(access);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void theAssessmentOnlyFormsStillWork() {
        PersonalData old = new PersonalData(List.of(isoByCiso), List.of(), List.of());
        assertThat(old.organisations()).isEmpty();
        assertThat(old).isEqualTo(PersonalData.of(List.of(isoByCiso), List.of(), List.of()));
        PersonalData.SubjectAccess export = new PersonalData.SubjectAccess(CISO, List.of(), List.of(isoByCiso),
                List.of(), List.of());
        assertThat(export.organisations()).isEmpty();
        assertThat(export).isEqualTo(old.about(CISO));
    }

    @Test
    void rejectsInvalidParts() {
        PersonalData.OrganisationData held = PersonalData.OrganisationData.of(municipality());
        assertThatThrownBy(() -> PersonalData.of(List.of(held, held), List.of(), List.of(), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("PersonalData.organisations: duplicate id 'gemeente-a'");
        Allocation elsewhere = Allocation.of(List.of(Assignment.of(ResponsibilityId.of("x"),
                Scope.process(ProcessId.of("pr-none")), ISO, Raci.A)));
        assertThatThrownBy(() -> new PersonalData.OrganisationData(municipality(), elsewhere, List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage(
                        "PersonalData.OrganisationData.allocation: scope 'process:pr-none' is not in organisation 'gemeente-a'");
        Allocation unknownUnit = Allocation.of(List.of(Assignment.of(ResponsibilityId.of("x"),
                Scope.unit(UnitId.of("u-none")), ISO, Raci.A)));
        assertThatThrownBy(() -> new PersonalData.OrganisationData(municipality(), unknownUnit, List.of()))
                .hasMessage("PersonalData.OrganisationData.allocation: scope 'unit:u-none' is not in organisation 'gemeente-a'");
        assertThatThrownBy(() -> new PersonalData.OrganisationData(null, Allocation.empty(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("PersonalData.OrganisationData.organisation");
        assertThatThrownBy(() -> new PersonalData.OrganisationAccess(GEMEENTE, List.of(), List.of(ISO_TO_CISO),
                List.of(), List.of(), List.of())).isInstanceOf(InvalidValueException.class).hasMessage(
                        "PersonalData.OrganisationAccess.lines: the line from appointment 'a-iso' runs neither from nor to an appointment listed here");
        PersonalData.OrganisationAccess isoPart = new PersonalData.OrganisationAccess(GEMEENTE,
                municipality().appointmentsOf(ISO), List.of(ISO_TO_CISO), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> new PersonalData.SubjectAccess(CISO, List.of(), List.of(), List.of(), List.of(),
                List.of(isoPart))).isInstanceOf(InvalidValueException.class)
                .hasMessage("PersonalData.SubjectAccess.person: every value must be about person 'p-ciso'");
        assertThatThrownBy(() -> new PersonalData.SubjectAccess(ISO, List.of(), List.of(), List.of(), List.of(),
                List.of(isoPart, isoPart))).isInstanceOf(InvalidValueException.class)
                .hasMessage("PersonalData.SubjectAccess.organisations: duplicate id 'gemeente-a'");
        PersonalData.OrganisationAccess naming = new PersonalData.OrganisationAccess(GEMEENTE, List.of(), List.of(),
                List.of(), List.of(), List.of(FINANCE_ISO));
        assertThatThrownBy(() -> new PersonalData.SubjectAccess(ISO, List.of(), List.of(), List.of(), List.of(),
                List.of(naming))).hasMessage("PersonalData.SubjectAccess.person: every value must be about person 'p-iso'");
        assertThat(Set.of(isoPart)).contains(new PersonalData.OrganisationAccess(GEMEENTE,
                municipality().appointmentsOf(ISO), List.of(ISO_TO_CISO), List.of(), List.of(), List.of()));
    }
}
