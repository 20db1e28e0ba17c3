package nl.competentiekompas.core.assessment;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * A candidate's record for recruitment and selection: education, certifications, knowledge areas and years of
 * experience, all by the codes that requirement options use.
 *
 * <p>Codes are lower-kebab, such as {@code hbo} and {@code wo} (education), {@code cism} (certification),
 * {@code nen-7510} (knowledge); experience maps a code to whole years, 0 to 60. Sets and maps iterate in code
 * order. Immutable and thread-safe.
 *
 * @param id the candidate's pseudonymous id; not null
 * @param education the education codes; not null
 * @param certifications the certifications, in code and issue-date order; not null
 * @param knowledge the knowledge codes; not null
 * @param experienceYears years of experience per code; not null
 * @since 0.1
 */
public record Candidate(PersonId id, Set<String> education, List<Certification> certifications,
        Set<String> knowledge, Map<String, Integer> experienceYears) {

    private static final String TYPE = "Candidate";

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if a code is not lower-kebab, or years lie outside 0 to 60
     */
    public Candidate {
        Objects.requireNonNull(id, "Candidate.id");
        education = codes(education, "education");
        certifications = Checks.list(certifications, TYPE, "certifications").stream()
                .sorted(java.util.Comparator.comparing(Certification::code).thenComparing(Certification::issued))
                .toList();
        knowledge = codes(knowledge, "knowledge");
        Objects.requireNonNull(experienceYears, "Candidate.experienceYears");
        SortedMap<String, Integer> years = new TreeMap<>();
        for (Map.Entry<String, Integer> e : experienceYears.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidValueException(TYPE, "experienceYears", "must not hold null keys or values");
            }
            checkCode(e.getKey(), "experienceYears");
            if (e.getValue() < 0 || e.getValue() > 60) {
                throw new InvalidValueException(TYPE, "experienceYears[" + e.getKey() + "]",
                        "must be between 0 and 60, got " + e.getValue());
            }
            years.put(e.getKey(), e.getValue());
        }
        experienceYears = Collections.unmodifiableSortedMap(years);
    }

    /**
     * A candidate with only an id, to be filled with the {@code with} methods.
     *
     * @param id the pseudonymous id; not null
     * @return the candidate; never null
     */
    public static Candidate of(PersonId id) {
        return new Candidate(id, Set.of(), List.of(), Set.of(), Map.of());
    }

    /**
     * This candidate with other education codes.
     *
     * @param codes the codes; not null
     * @return a new candidate; never null
     */
    public Candidate withEducation(Collection<String> codes) {
        return new Candidate(id, new TreeSet<>(Checks.list(codes, TYPE, "education")), certifications, knowledge,
                experienceYears);
    }

    /**
     * This candidate with other certifications.
     *
     * @param values the certifications; not null
     * @return a new candidate; never null
     */
    public Candidate withCertifications(Collection<Certification> values) {
        return new Candidate(id, education, List.copyOf(values), knowledge, experienceYears);
    }

    /**
     * This candidate with other knowledge codes.
     *
     * @param codes the codes; not null
     * @return a new candidate; never null
     */
    public Candidate withKnowledge(Collection<String> codes) {
        return new Candidate(id, education, certifications, new TreeSet<>(Checks.list(codes, TYPE, "knowledge")),
                experienceYears);
    }

    /**
     * This candidate with other years of experience.
     *
     * @param years years per code; not null
     * @return a new candidate; never null
     */
    public Candidate withExperienceYears(Map<String, Integer> years) {
        return new Candidate(id, education, certifications, knowledge, years);
    }

    private static Set<String> codes(Set<String> values, String property) {
        SortedSet<String> copy = new TreeSet<>();
        for (String code : Checks.list(values, TYPE, property)) {
            copy.add(checkCode(code, property));
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    private static String checkCode(String code, String property) {
        if (!Checks.isKebab(code)) {
            throw new InvalidValueException(TYPE, property, "codes must be lower-kebab ids");
        }
        return code;
    }
}
