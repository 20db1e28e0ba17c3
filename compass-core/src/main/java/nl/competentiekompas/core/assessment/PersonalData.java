package nl.competentiekompas.core.assessment;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * The assessment-side personal data held about people: assessments, development plans and candidate records,
 * for GDPR (AVG) subject access and erasure.
 *
 * <p>{@link #about(PersonId)} collects everything held about one person for a subject-access export;
 * {@link #erase(PersonId)} returns the data without anything that mentions the person. An assessment mentions
 * both its subject and its rater: erasing a rater removes the assessments they gave too, because a rating
 * whose rater is gone can no longer be attributed, corrected or challenged. Values are kept in a fixed order
 * (assessments by subject, profile, date, perspective and rater; plans by subject, profile and date;
 * candidates by id; ties broken by content), so equal contents give equal values. Appointments and
 * assignments are held by the organisation model; a caller joins its export and erasure with these.
 * Immutable and thread-safe.
 *
 * @param assessments the assessments, conflicting ones included; not null
 * @param plans the development plans; not null
 * @param candidates the candidate records, ids unique; not null
 * @since 0.1
 */
public record PersonalData(List<Assessment> assessments, List<DevelopmentPlan> plans, List<Candidate> candidates) {

    private static final String TYPE = "PersonalData";

    private static final Comparator<DevelopmentPlan> PLAN_ORDER = Comparator.comparing(DevelopmentPlan::subject)
            .thenComparing(DevelopmentPlan::profile).thenComparing(DevelopmentPlan::date)
            .thenComparing(p -> p.goals().stream().map(g -> g.focus().id() + '\u0000' + g.action() + '\u0000' + g.due()
                    + '\u0000' + g.status()).collect(java.util.stream.Collectors.joining("\u0001")));

    /**
     * Checks, copies and orders the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if two candidate records share an id
     */
    public PersonalData {
        assessments = Checks.list(assessments, TYPE, "assessments").stream().sorted(Assessment.ORDER).toList();
        plans = Checks.list(plans, TYPE, "plans").stream().sorted(PLAN_ORDER).toList();
        candidates = Checks.list(candidates, TYPE, "candidates").stream()
                .sorted(Comparator.comparing(Candidate::id)).toList();
        Checks.unique(candidates, Candidate::id, TYPE, "candidates");
    }

    /**
     * Personal data from collections in any order.
     *
     * @param assessments the assessments; not null
     * @param plans the plans; not null
     * @param candidates the candidate records; not null
     * @return the data; never null
     */
    public static PersonalData of(Collection<Assessment> assessments, Collection<DevelopmentPlan> plans,
            Collection<Candidate> candidates) {
        return new PersonalData(List.copyOf(assessments), List.copyOf(plans), List.copyOf(candidates));
    }

    /**
     * Every person these values mention, in id order.
     *
     * @return the ids; never null
     */
    public SortedSet<PersonId> persons() {
        SortedSet<PersonId> persons = new TreeSet<>();
        for (Assessment a : assessments) {
            persons.add(a.subject());
            persons.add(a.rater());
        }
        plans.forEach(p -> persons.add(p.subject()));
        candidates.forEach(c -> persons.add(c.id()));
        return java.util.Collections.unmodifiableSortedSet(persons);
    }

    /**
     * Everything held about one person, for a subject-access export.
     *
     * @param person the person; not null
     * @return the export; never null
     */
    public SubjectAccess about(PersonId person) {
        Objects.requireNonNull(person, "person");
        return new SubjectAccess(person,
                assessments.stream().filter(a -> a.subject().equals(person)).toList(),
                assessments.stream().filter(a -> a.rater().equals(person) && !a.subject().equals(person)).toList(),
                plans.stream().filter(p -> p.subject().equals(person)).toList(),
                candidates.stream().filter(c -> c.id().equals(person)).toList());
    }

    /**
     * These data without anything that mentions a person.
     *
     * @param person the person to erase; not null
     * @return new data; never null
     */
    public PersonalData erase(PersonId person) {
        Objects.requireNonNull(person, "person");
        return new PersonalData(assessments.stream().filter(a -> !a.mentions(person)).toList(),
                plans.stream().filter(p -> !p.subject().equals(person)).toList(),
                candidates.stream().filter(c -> !c.id().equals(person)).toList());
    }

    /**
     * Everything held about one person: the assessments they received (their self assessments included) and
     * gave, their plans and their candidate records.
     *
     * <p>Immutable and thread-safe.
     *
     * @param person the person; not null
     * @param received the assessments of the person, self assessments included; not null
     * @param given the assessments the person made of others; not null
     * @param plans the person's development plans; not null
     * @param candidateRecords the person's candidate records; not null
     * @since 0.1
     */
    public record SubjectAccess(PersonId person, List<Assessment> received, List<Assessment> given,
            List<DevelopmentPlan> plans, List<Candidate> candidateRecords) {

        /**
         * Checks and copies the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws nl.competentiekompas.core.InvalidValueException if a value is not about the person
         */
        public SubjectAccess {
            Objects.requireNonNull(person, "PersonalData.SubjectAccess.person");
            received = Checks.list(received, "PersonalData.SubjectAccess", "received");
            given = Checks.list(given, "PersonalData.SubjectAccess", "given");
            plans = Checks.list(plans, "PersonalData.SubjectAccess", "plans");
            candidateRecords = Checks.list(candidateRecords, "PersonalData.SubjectAccess", "candidateRecords");
            if (received.stream().anyMatch(a -> !a.subject().equals(person))
                    || given.stream().anyMatch(a -> !a.rater().equals(person))
                    || plans.stream().anyMatch(p -> !p.subject().equals(person))
                    || candidateRecords.stream().anyMatch(c -> !c.id().equals(person))) {
                throw new nl.competentiekompas.core.InvalidValueException("PersonalData.SubjectAccess", "person",
                        "every value must be about person '" + person + "'");
            }
        }

        /**
         * Whether nothing is held about the person.
         *
         * @return true when every list is empty
         */
        public boolean isEmpty() {
            return received.isEmpty() && given.isEmpty() && plans.isEmpty() && candidateRecords.isEmpty();
        }
    }
}
