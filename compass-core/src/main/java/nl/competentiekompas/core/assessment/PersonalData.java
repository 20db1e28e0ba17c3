package nl.competentiekompas.core.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.Scope;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ReportingLine;

/**
 * Everything held about people: organisations with their allocations and risk acceptances, assessments,
 * development plans and candidate records, for GDPR (AVG) subject access and erasure.
 *
 * <p>{@link #about(PersonId)} collects everything held about one person for a subject-access export;
 * {@link #erase(PersonId)} returns the data without anything that mentions the person. What erasure removes:
 * <ul>
 *   <li>an assessment the person received or gave: a rating whose rater is gone can no longer be attributed,
 *       corrected or challenged;</li>
 *   <li>the person's development plans and candidate records;</li>
 *   <li>in each organisation, the person as listed person, their appointments with the reporting lines from
 *       and to them, and the processes they own (see {@link Organisation#withoutPerson(PersonId)}: the model
 *       requires an owner, and erasure makes nobody else accountable; give a process a new owner first to keep
 *       it);</li>
 *   <li>in that organisation's allocation, the person's assignments and every assignment in the scope of a
 *       process removed with them, so the allocation still refers only to what the organisation holds;</li>
 *   <li>the organisation's risk acceptances that name the person
 *       ({@link RiskAcceptance#mentions(PersonId)}).</li>
 * </ul>
 * Nothing else changes: other people's data, units, governing bodies and the organisations themselves stay.
 * Erasing a person nobody mentions returns equal data.
 *
 * <p>Values are kept in a fixed order (organisations by id; assessments by subject, profile, date,
 * perspective and rater; plans by subject, profile and date; candidates by id; ties broken by content), so
 * equal contents give equal values. Immutable and thread-safe.
 *
 * @param organisations the organisations with their allocations and risk acceptances, ids unique; not null
 * @param assessments the assessments, conflicting ones included; not null
 * @param plans the development plans; not null
 * @param candidates the candidate records, ids unique; not null
 * @since 0.1
 */
public record PersonalData(List<OrganisationData> organisations, List<Assessment> assessments,
        List<DevelopmentPlan> plans, List<Candidate> candidates) {

    private static final String TYPE = "PersonalData";

    private static final Comparator<DevelopmentPlan> PLAN_ORDER = Comparator.comparing(DevelopmentPlan::subject)
            .thenComparing(DevelopmentPlan::profile).thenComparing(DevelopmentPlan::date)
            .thenComparing(p -> p.goals().stream().map(g -> g.focus().id() + '\u0000' + g.action() + '\u0000' + g.due()
                    + '\u0000' + g.status()).collect(Collectors.joining("\u0001")));

    private static final Comparator<RiskAcceptance> ACCEPTANCE_ORDER = Comparator.comparing(RiskAcceptance::ruleId)
            .thenComparing(RiskAcceptance::subject).thenComparing(RiskAcceptance::acceptedBy)
            .thenComparing(RiskAcceptance::expires).thenComparing(RiskAcceptance::reason);

    /**
     * Checks, copies and orders the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if two organisations or two candidate records share an id
     */
    public PersonalData {
        organisations = Checks.list(organisations, TYPE, "organisations").stream()
                .sorted(Comparator.comparing(o -> o.organisation().id())).toList();
        Checks.unique(organisations, o -> o.organisation().id(), TYPE, "organisations");
        assessments = Checks.list(assessments, TYPE, "assessments").stream().sorted(Assessment.Order.ORDER).toList();
        plans = Checks.list(plans, TYPE, "plans").stream().sorted(PLAN_ORDER).toList();
        candidates = Checks.list(candidates, TYPE, "candidates").stream()
                .sorted(Comparator.comparing(Candidate::id)).toList();
        Checks.unique(candidates, Candidate::id, TYPE, "candidates");
    }

    /**
     * Assessment-side personal data only, without organisations.
     *
     * @param assessments the assessments; not null
     * @param plans the development plans; not null
     * @param candidates the candidate records, ids unique; not null
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if two candidate records share an id
     */
    public PersonalData(List<Assessment> assessments, List<DevelopmentPlan> plans, List<Candidate> candidates) {
        this(List.of(), assessments, plans, candidates);
    }

    /**
     * Assessment-side personal data from collections in any order, without organisations.
     *
     * @param assessments the assessments; not null
     * @param plans the plans; not null
     * @param candidates the candidate records; not null
     * @return the data; never null
     */
    public static PersonalData of(Collection<Assessment> assessments, Collection<DevelopmentPlan> plans,
            Collection<Candidate> candidates) {
        return of(List.of(), assessments, plans, candidates);
    }

    /**
     * Personal data from collections in any order.
     *
     * @param organisations the organisations with their allocations and risk acceptances; not null
     * @param assessments the assessments; not null
     * @param plans the plans; not null
     * @param candidates the candidate records; not null
     * @return the data; never null
     */
    public static PersonalData of(Collection<OrganisationData> organisations, Collection<Assessment> assessments,
            Collection<DevelopmentPlan> plans, Collection<Candidate> candidates) {
        return new PersonalData(List.copyOf(organisations), List.copyOf(assessments), List.copyOf(plans),
                List.copyOf(candidates));
    }

    /**
     * Every person these values mention, in id order: the people of each organisation (listed people,
     * appointees and process owners), everyone with an assignment, the subjects and raters of assessments,
     * the subjects of plans and the candidates. Risk acceptances name people inside free strings and are
     * matched by {@link RiskAcceptance#mentions(PersonId)} instead.
     *
     * @return the ids; never null
     */
    public SortedSet<PersonId> persons() {
        SortedSet<PersonId> persons = new TreeSet<>();
        for (OrganisationData o : organisations) {
            persons.addAll(o.organisation().people());
            persons.addAll(o.allocation().people());
        }
        for (Assessment a : assessments) {
            persons.add(a.subject());
            persons.add(a.rater());
        }
        plans.forEach(p -> persons.add(p.subject()));
        candidates.forEach(c -> persons.add(c.id()));
        return Collections.unmodifiableSortedSet(persons);
    }

    /**
     * Everything held about one person, for a subject-access export.
     *
     * @param person the person; not null
     * @return the export; never null
     */
    public SubjectAccess about(PersonId person) {
        Objects.requireNonNull(person, "person");
        List<OrganisationAccess> held = new ArrayList<>();
        organisations.forEach(o -> o.about(person).ifPresent(held::add));
        return new SubjectAccess(person,
                assessments.stream().filter(a -> a.subject().equals(person)).toList(),
                assessments.stream().filter(a -> a.rater().equals(person) && !a.subject().equals(person)).toList(),
                plans.stream().filter(p -> p.subject().equals(person)).toList(),
                candidates.stream().filter(c -> c.id().equals(person)).toList(),
                held);
    }

    /**
     * These data without anything that mentions a person; the class description lists what goes.
     *
     * @param person the person to erase; not null
     * @return new data; never null
     */
    public PersonalData erase(PersonId person) {
        Objects.requireNonNull(person, "person");
        return new PersonalData(organisations.stream().map(o -> o.withoutPerson(person)).toList(),
                assessments.stream().filter(a -> !a.mentions(person)).toList(),
                plans.stream().filter(p -> !p.subject().equals(person)).toList(),
                candidates.stream().filter(c -> !c.id().equals(person)).toList());
    }

    /**
     * One organisation with its allocation and the risk acceptances its bodies decided, as held for personal
     * data.
     *
     * <p>Every unit and process scope of the allocation exists in the organisation, so the two can be evaluated
     * together; erasure keeps it so. Acceptances are kept in order of rule id, subject, body, expiry and
     * reason. Immutable and thread-safe.
     *
     * @param organisation the organisation; not null
     * @param allocation its allocation; not null
     * @param acceptances its risk acceptances; not null
     * @since 0.1
     */
    public record OrganisationData(Organisation organisation, Allocation allocation,
            List<RiskAcceptance> acceptances) {

        private static final String DATA = "PersonalData.OrganisationData";

        /**
         * Checks, copies and orders the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if the allocation has a unit or process scope the organisation does
         *     not hold
         */
        public OrganisationData {
            Objects.requireNonNull(organisation, DATA + ".organisation");
            Objects.requireNonNull(allocation, DATA + ".allocation");
            acceptances = Checks.list(acceptances, DATA, "acceptances").stream().sorted(ACCEPTANCE_ORDER).toList();
            for (Assignment.Key key : allocation.keys()) {
                Scope scope = key.scope();
                boolean held = scope.unitId().map(u -> organisation.unit(u).isPresent())
                        .or(() -> scope.processId().map(p -> organisation.process(p).isPresent()))
                        .orElse(true);
                if (!held) {
                    throw new InvalidValueException(DATA, "allocation", "scope '" + scope
                            + "' is not in organisation '" + organisation.id() + "'");
                }
            }
        }

        /**
         * An organisation without assignments or risk acceptances.
         *
         * @param organisation the organisation; not null
         * @return the data; never null
         */
        public static OrganisationData of(Organisation organisation) {
            return new OrganisationData(organisation, Allocation.empty(), List.of());
        }

        /**
         * What this organisation holds about one person.
         *
         * @param person the person; not null
         * @return the person's part, or empty when the organisation, its allocation and its acceptances do not
         *     mention them
         */
        public Optional<OrganisationAccess> about(PersonId person) {
            Objects.requireNonNull(person, "person");
            List<Assignment> assignments = allocation.forPerson(person);
            List<RiskAcceptance> named = acceptances.stream().filter(a -> a.mentions(person)).toList();
            if (!organisation.people().contains(person) && assignments.isEmpty() && named.isEmpty()) {
                return Optional.empty();
            }
            List<Appointment> appointments = organisation.appointmentsOf(person);
            Set<AppointmentId> ids = appointments.stream().map(Appointment::id).collect(Collectors.toSet());
            List<ReportingLine> lines = organisation.lines().stream()
                    .filter(l -> ids.contains(l.from()) || l.toAppointment().filter(ids::contains).isPresent())
                    .toList();
            return Optional.of(new OrganisationAccess(organisation.id(), appointments, lines,
                    organisation.processesOwnedBy(person), assignments, named));
        }

        /**
         * These data without anything that mentions a person: the organisation without the person (see
         * {@link Organisation#withoutPerson(PersonId)}), the allocation without their assignments and without
         * the assignments in the scope of the processes removed with them, and the acceptances that do not name
         * them. When nothing mentions the person, these data themselves are returned.
         *
         * @param person the person; not null
         * @return the data; never null
         */
        public OrganisationData withoutPerson(PersonId person) {
            Objects.requireNonNull(person, "person");
            boolean named = acceptances.stream().anyMatch(a -> a.mentions(person));
            if (!named && !organisation.people().contains(person) && allocation.forPerson(person).isEmpty()) {
                return this;
            }
            Set<Scope> gone = new HashSet<>();
            organisation.processesOwnedBy(person).forEach(p -> gone.add(Scope.process(p.id())));
            Allocation rest = allocation.withoutPerson(person);
            if (!gone.isEmpty()) {
                rest = Allocation.of(rest.assignments().stream().filter(a -> !gone.contains(a.scope())).toList());
            }
            return new OrganisationData(organisation.withoutPerson(person), rest,
                    acceptances.stream().filter(a -> !a.mentions(person)).toList());
        }
    }

    /**
     * What one organisation holds about one person: their appointments, the reporting lines from and to those
     * appointments, the processes they own, their assignments and the risk acceptances that name them. All
     * lists empty means the organisation lists the person and holds nothing more.
     *
     * <p>Each list is kept in its natural or id order. Immutable and thread-safe.
     *
     * @param organisation the organisation's id; not null
     * @param appointments the person's appointments; not null
     * @param lines the reporting lines from or to those appointments; not null
     * @param processes the processes the person owns; not null
     * @param assignments the person's assignments; not null
     * @param acceptances the risk acceptances naming the person; not null
     * @since 0.1
     */
    public record OrganisationAccess(OrganisationId organisation, List<Appointment> appointments,
            List<ReportingLine> lines, List<Process> processes, List<Assignment> assignments,
            List<RiskAcceptance> acceptances) {

        private static final String ACCESS = "PersonalData.OrganisationAccess";

        /**
         * Checks, copies and orders the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if a line runs neither from nor to one of the appointments
         */
        public OrganisationAccess {
            Objects.requireNonNull(organisation, ACCESS + ".organisation");
            appointments = Checks.list(appointments, ACCESS, "appointments").stream()
                    .sorted(Comparator.comparing(Appointment::id)).toList();
            lines = Checks.list(lines, ACCESS, "lines").stream().sorted().toList();
            processes = Checks.list(processes, ACCESS, "processes").stream()
                    .sorted(Comparator.comparing(Process::id)).toList();
            assignments = Checks.list(assignments, ACCESS, "assignments").stream().sorted().toList();
            acceptances = Checks.list(acceptances, ACCESS, "acceptances").stream().sorted(ACCEPTANCE_ORDER).toList();
            Set<AppointmentId> ids = appointments.stream().map(Appointment::id).collect(Collectors.toSet());
            for (ReportingLine line : lines) {
                if (!ids.contains(line.from()) && line.toAppointment().filter(ids::contains).isEmpty()) {
                    throw new InvalidValueException(ACCESS, "lines", "the line from appointment '" + line.from()
                            + "' runs neither from nor to an appointment listed here");
                }
            }
        }

        private boolean about(PersonId person) {
            return appointments.stream().allMatch(a -> a.person().equals(person))
                    && processes.stream().allMatch(p -> p.owner().equals(person))
                    && assignments.stream().allMatch(a -> a.person().equals(person))
                    && acceptances.stream().allMatch(a -> a.mentions(person));
        }
    }

    /**
     * Everything held about one person: the assessments they received (their self assessments included) and
     * gave, their plans, their candidate records and what each organisation holds about them.
     *
     * <p>Immutable and thread-safe.
     *
     * @param person the person; not null
     * @param received the assessments of the person, self assessments included; not null
     * @param given the assessments the person made of others; not null
     * @param plans the person's development plans; not null
     * @param candidateRecords the person's candidate records; not null
     * @param organisations what each organisation that mentions the person holds about them, in organisation
     *     id order, ids unique; not null
     * @since 0.1
     */
    public record SubjectAccess(PersonId person, List<Assessment> received, List<Assessment> given,
            List<DevelopmentPlan> plans, List<Candidate> candidateRecords, List<OrganisationAccess> organisations) {

        private static final String SUBJECT = "PersonalData.SubjectAccess";

        /**
         * Checks and copies the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if a value is not about the person, or two organisation parts share an
         *     id
         */
        public SubjectAccess {
            Objects.requireNonNull(person, SUBJECT + ".person");
            received = Checks.list(received, SUBJECT, "received");
            given = Checks.list(given, SUBJECT, "given");
            plans = Checks.list(plans, SUBJECT, "plans");
            candidateRecords = Checks.list(candidateRecords, SUBJECT, "candidateRecords");
            organisations = Checks.list(organisations, SUBJECT, "organisations").stream()
                    .sorted(Comparator.comparing(OrganisationAccess::organisation)).toList();
            Checks.unique(organisations, OrganisationAccess::organisation, SUBJECT, "organisations");
            if (received.stream().anyMatch(a -> !a.subject().equals(person))
                    || given.stream().anyMatch(a -> !a.rater().equals(person))
                    || plans.stream().anyMatch(p -> !p.subject().equals(person))
                    || candidateRecords.stream().anyMatch(c -> !c.id().equals(person))
                    || organisations.stream().anyMatch(o -> !o.about(person))) {
                throw new InvalidValueException(SUBJECT, "person", "every value must be about person '" + person + "'");
            }
        }

        /**
         * The assessment side of an export, without organisations.
         *
         * @param person the person; not null
         * @param received the assessments of the person, self assessments included; not null
         * @param given the assessments the person made of others; not null
         * @param plans the person's development plans; not null
         * @param candidateRecords the person's candidate records; not null
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if a value is not about the person
         */
        public SubjectAccess(PersonId person, List<Assessment> received, List<Assessment> given,
                List<DevelopmentPlan> plans, List<Candidate> candidateRecords) {
            this(person, received, given, plans, candidateRecords, List.of());
        }

        /**
         * Whether nothing is held about the person.
         *
         * @return true when every list is empty
         */
        public boolean isEmpty() {
            return received.isEmpty() && given.isEmpty() && plans.isEmpty() && candidateRecords.isEmpty()
                    && organisations.isEmpty();
        }
    }
}
