package nl.competentiekompas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Scope;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.PersonalData;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ReportingLine;

/**
 * Laws of GDPR (AVG) subject access and erasure over generated organisations, allocations, risk acceptances,
 * assessments, plans and candidate records: after erasure no value mentions the erased id, subject access lists
 * exactly what mentions a person, and erasing a person nobody mentions changes nothing.
 */
class PersonalDataProperties {

    private static final PersonId STRANGER = PersonId.of("p-stranger");
    private static final LocalDate EXPIRES = LocalDate.of(2027, 1, 1);

    private final Catalog catalog = Catalogs.builtIn();
    private final Rules rules = Rules.builtIn();

    record Case(PersonalData data, PersonId person) {
    }

    record AssessmentSide(List<Assessment> assessments, List<DevelopmentPlan> plans, List<Candidate> candidates) {
    }

    // --- generators ---

    /** Two organisations that share people (the generator's CISO, ISOs and owners reuse their ids). */
    @Provide
    Arbitrary<PersonalData> personalData() {
        return Combinators.combine(organisationData(OrganisationId.of("org-1")),
                organisationData(OrganisationId.of("org-2")), assessmentSide())
                .as((one, two, side) -> PersonalData.of(List.of(one, two), side.assessments(), side.plans(),
                        side.candidates()));
    }

    /** A person the data mention, or now and then one they do not. */
    @Provide
    Arbitrary<Case> cases() {
        return personalData().flatMap(data -> {
            List<PersonId> people = new ArrayList<>(data.persons());
            people.add(STRANGER);
            return Arbitraries.of(people).map(p -> new Case(data, p));
        });
    }

    private Arbitrary<PersonalData.OrganisationData> organisationData(OrganisationId id) {
        return CompassArbitraries.organisations().withId(id).flatMap(org -> CompassArbitraries.allocations(org)
                .flatMap(allocation -> acceptances(org, allocation).list().ofMaxSize(4)
                        .map(acceptances -> new PersonalData.OrganisationData(org, allocation, acceptances))));
    }

    /** Acceptances naming a person in their subject or reason, or naming only units and keys. */
    private static Arbitrary<RiskAcceptance> acceptances(Organisation org, Allocation allocation) {
        List<String> subjects = new ArrayList<>();
        org.units().forEach(u -> subjects.add(u.id().value()));
        org.people().forEach(p -> subjects.add(p.value()));
        allocation.assignments().forEach(a -> subjects.add(a.key() + " " + a.person()));
        allocation.keys().forEach(k -> subjects.add(k.toString()));
        List<String> reasons = new ArrayList<>();
        reasons.add("temporary workload");
        org.people().forEach(p -> reasons.add("until " + p + " is back."));
        return Combinators.combine(Arbitraries.of("capacity", "iso-present", "raci-one-accountable"),
                Arbitraries.of(subjects), Arbitraries.of(reasons), Arbitraries.of(GoverningBody.class))
                .as((rule, subject, reason, body) -> new RiskAcceptance(rule, subject, reason, body, EXPIRES));
    }

    /** Assessments of the generated CISO and of an ISO, rated by board members, managers, HR and peers. */
    private static Arbitrary<AssessmentSide> assessmentSide() {
        Arbitrary<RoleProfile> profile = AssessmentArbitraries.profiles();
        return profile.flatMap(p -> Combinators.combine(
                AssessmentArbitraries.assessmentRounds(p, PersonId.of("p-ciso")),
                AssessmentArbitraries.assessmentRounds(p, PersonId.of("p-iso-0")),
                AssessmentArbitraries.developmentPlans(p, PersonId.of("p-ciso")).list().ofMaxSize(2),
                AssessmentArbitraries.candidateLists())
                .as((ciso, iso, plans, candidates) -> {
                    List<Assessment> all = new ArrayList<>(ciso);
                    all.addAll(iso);
                    return new AssessmentSide(all, plans, candidates);
                }));
    }

    // --- laws ---

    @Property(tries = 150)
    void afterErasureNoValueMentionsTheErasedId(@ForAll("cases") Case c) {
        PersonId erased = c.person();
        PersonalData after = c.data().erase(erased);
        Statistics.label("mentioned").collect(!c.data().about(erased).isEmpty());

        assertThat(after.persons()).doesNotContain(erased);
        assertThat(after.about(erased).isEmpty()).isTrue();
        for (PersonalData.OrganisationData held : after.organisations()) {
            Organisation org = held.organisation();
            assertThat(org.people()).doesNotContain(erased);
            assertThat(org.appointments()).allMatch(a -> !a.person().equals(erased));
            assertThat(org.processes()).allMatch(p -> !p.owner().equals(erased));
            assertThat(held.allocation().assignments()).allMatch(a -> !a.person().equals(erased));
            assertThat(held.acceptances()).noneMatch(a -> a.mentions(erased));
        }
        assertThat(after.assessments()).noneMatch(a -> a.mentions(erased));
        assertThat(after.plans()).noneMatch(p -> p.subject().equals(erased));
        assertThat(after.candidates()).noneMatch(k -> k.id().equals(erased));
        assertThat(values(after)).noneMatch(v -> names(v, erased));
    }

    @Property(tries = 100)
    void erasureKeepsEveryOrganisationEvaluableAndNoFindingNamesTheErasedId(@ForAll("cases") Case c) {
        PersonId erased = c.person();
        for (PersonalData.OrganisationData held : c.data().erase(erased).organisations()) {
            Evaluation evaluation = rules.evaluate(held.organisation(), held.allocation(), catalog);
            for (Finding f : evaluation.findings()) {
                assertThat(f.subjects()).doesNotContain(erased.value());
                assertThat(names(f.message().in(Language.EN), erased)).isFalse();
                assertThat(names(f.message().in(Language.NL), erased)).isFalse();
            }
        }
    }

    @Property(tries = 150)
    void subjectAccessListsExactlyWhatMentionsThePerson(@ForAll("cases") Case c) {
        PersonalData data = c.data();
        PersonId person = c.person();
        PersonalData.SubjectAccess export = data.about(person);

        assertThat(export.received()).isEqualTo(
                data.assessments().stream().filter(a -> a.subject().equals(person)).toList());
        assertThat(export.given()).isEqualTo(data.assessments().stream()
                .filter(a -> a.rater().equals(person) && !a.subject().equals(person)).toList());
        assertThat(export.plans()).isEqualTo(data.plans().stream().filter(p -> p.subject().equals(person)).toList());
        assertThat(export.candidateRecords()).isEqualTo(
                data.candidates().stream().filter(k -> k.id().equals(person)).toList());

        List<OrganisationId> expected = new ArrayList<>();
        for (PersonalData.OrganisationData held : data.organisations()) {
            Organisation org = held.organisation();
            List<RiskAcceptance> naming = held.acceptances().stream().filter(a -> a.mentions(person)).toList();
            if (!org.people().contains(person) && !held.allocation().people().contains(person) && naming.isEmpty()) {
                continue;
            }
            expected.add(org.id());
            PersonalData.OrganisationAccess part = export.organisations().stream()
                    .filter(o -> o.organisation().equals(org.id())).findFirst().orElseThrow();
            List<Appointment> appointments = org.appointments().stream()
                    .filter(a -> a.person().equals(person)).toList();
            Set<AppointmentId> ids = appointments.stream().map(Appointment::id).collect(Collectors.toSet());
            assertThat(part.appointments()).isEqualTo(appointments);
            assertThat(part.lines()).isEqualTo(org.lines().stream().filter(l -> ids.contains(l.from())
                    || l.toAppointment().filter(ids::contains).isPresent()).toList());
            assertThat(part.processes()).isEqualTo(
                    org.processes().stream().filter(p -> p.owner().equals(person)).toList());
            assertThat(part.assignments()).isEqualTo(held.allocation().assignments().stream()
                    .filter(a -> a.person().equals(person)).toList());
            assertThat(part.acceptances()).isEqualTo(naming);
        }
        assertThat(export.organisations()).extracting(PersonalData.OrganisationAccess::organisation)
                .isEqualTo(expected);
        assertThat(export.isEmpty()).isEqualTo(!data.persons().contains(person) && expected.isEmpty());
    }

    @Property(tries = 150)
    void erasureRemovesWhatSubjectAccessListsAndOnlyThat(@ForAll("cases") Case c) {
        PersonalData data = c.data();
        PersonId person = c.person();
        PersonalData after = data.erase(person);
        PersonalData.SubjectAccess export = data.about(person);

        assertThat(data.assessments().size() - after.assessments().size())
                .isEqualTo(export.received().size() + export.given().size());
        assertThat(data.plans().size() - after.plans().size()).isEqualTo(export.plans().size());
        assertThat(data.candidates().size() - after.candidates().size()).isEqualTo(export.candidateRecords().size());
        for (int i = 0; i < data.organisations().size(); i++) {
            PersonalData.OrganisationData before = data.organisations().get(i);
            PersonalData.OrganisationData rest = after.organisations().get(i);
            PersonalData.OrganisationAccess part = export.organisations().stream()
                    .filter(o -> o.organisation().equals(before.organisation().id())).findFirst()
                    .orElse(new PersonalData.OrganisationAccess(before.organisation().id(), List.of(), List.of(),
                            List.of(), List.of(), List.of()));
            Organisation org = before.organisation();
            Organisation left = rest.organisation();
            assertThat(left.id()).isEqualTo(org.id());
            assertThat(left.units()).isEqualTo(org.units());
            assertThat(left.governingBodies()).isEqualTo(org.governingBodies());
            assertThat(minus(org.appointments(), part.appointments())).isEqualTo(left.appointments());
            assertThat(minus(org.lines(), part.lines())).isEqualTo(left.lines());
            assertThat(minus(org.processes(), part.processes())).isEqualTo(left.processes());
            // besides the person's own assignments, those in the scope of a process that went with them go
            Set<Scope> gone = part.processes().stream().map(p -> Scope.process(p.id())).collect(Collectors.toSet());
            assertThat(rest.allocation().assignments()).isEqualTo(before.allocation().assignments().stream()
                    .filter(a -> !a.person().equals(person) && !gone.contains(a.scope())).toList());
            assertThat(minus(before.acceptances(), part.acceptances())).isEqualTo(rest.acceptances());
            // everyone else the organisation knew stays: the processes that go were the person's own
            assertThat(left.people()).isEqualTo(org.people().stream().filter(p -> !p.equals(person))
                    .collect(Collectors.toCollection(java.util.TreeSet::new)));
        }
    }

    @Property(tries = 100)
    void erasingAPersonNobodyMentionsChangesNothing(@ForAll("personalData") PersonalData data) {
        assertThat(data.about(STRANGER).isEmpty()).isTrue();
        PersonalData after = data.erase(STRANGER);
        assertThat(after).isEqualTo(data).hasSameHashCodeAs(data);
        for (int i = 0; i < data.organisations().size(); i++) {
            assertThat(after.organisations().get(i)).isSameAs(data.organisations().get(i));
        }
    }

    @Property(tries = 100)
    void erasureIsIdempotentAndOrderIndependent(@ForAll("cases") Case c, @ForAll("cases") Case d) {
        PersonalData data = c.data();
        PersonId one = c.person();
        PersonId two = d.person();
        PersonalData once = data.erase(one);
        assertThat(once.erase(one)).isEqualTo(once);
        assertThat(once.erase(two)).isEqualTo(data.erase(two).erase(one));
    }

    // --- helpers ---

    /**
     * Every value the data hold, down to appointments, lines, processes and assignments, and the subject and
     * reason of each risk acceptance (its {@code toString()} leaves the reason out).
     */
    private static List<Object> values(PersonalData data) {
        List<Object> values = new ArrayList<>();
        values.add(data);
        for (PersonalData.OrganisationData held : data.organisations()) {
            Organisation org = held.organisation();
            values.add(held);
            values.add(org);
            values.add(held.allocation());
            values.addAll(org.people());
            values.addAll(org.units());
            values.addAll(org.appointments());
            values.addAll(org.lines());
            values.addAll(org.processes());
            values.addAll(held.allocation().assignments());
            for (RiskAcceptance a : held.acceptances()) {
                values.add(a);
                values.add(a.subject());
                values.add(a.reason());
            }
        }
        values.addAll(data.assessments());
        values.addAll(data.plans());
        values.addAll(data.candidates());
        return values;
    }

    /** Whether a value's text holds the id as a whole id, not as part of a longer one. */
    private static boolean names(Object value, PersonId person) {
        for (String token : value.toString().split("[^A-Za-z0-9._-]+")) {
            if (token.equals(person.value()) || token.equals(person.value() + ".")) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> minus(List<T> all, List<T> removed) {
        List<T> rest = new ArrayList<>(all);
        rest.removeAll(removed);
        return rest;
    }
}
