package nl.competentiekompas.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.RequirementKind;
import nl.competentiekompas.core.catalog.RequirementOption;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * How a candidate meets a profile's knowledge and experience requirements on a date.
 *
 * <p>A requirement with alternatives is met by any one option; when the candidate meets it by the preferred
 * option (CISM rather than CISSP) that is recorded. Education and knowledge match by code, a certification only
 * while valid on the date, experience when the years for its code reach the requirement's minimum (at least
 * one year when none is given). Expired certifications are flagged. The verdict says whether every required
 * and every preferred requirement is met. {@link #rank(RoleProfile, Collection, LocalDate)} orders candidates
 * by {@link #ranking()}, a total order. Immutable and thread-safe.
 *
 * @param candidate the candidate's id; not null
 * @param profile the profile's id; not null
 * @param date the date the fit was judged on; not null
 * @param results one result per requirement, in the profile's order; not null
 * @param expiredCertifications the codes of the candidate's certifications expired by the date, in code order;
 *     not null
 * @param verdict the verdict; not null
 * @since 0.1
 */
public record CandidateFit(PersonId candidate, RoleId profile, LocalDate date, List<Result> results,
        List<String> expiredCertifications, Verdict verdict) {

    private static final String TYPE = "CandidateFit";

    private static final Comparator<CandidateFit> RANKING = Comparator.comparing(CandidateFit::verdict)
            .thenComparing(Comparator.comparingLong(CandidateFit::requiredMet).reversed())
            .thenComparing(Comparator.comparingLong(CandidateFit::preferredMet).reversed())
            .thenComparing(Comparator.comparingLong(CandidateFit::preferredOptionsMet).reversed())
            .thenComparing(CandidateFit::candidate);

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if two results share a requirement or the verdict does not follow from the
     *     results
     */
    public CandidateFit {
        Objects.requireNonNull(candidate, "CandidateFit.candidate");
        Objects.requireNonNull(profile, "CandidateFit.profile");
        Objects.requireNonNull(date, "CandidateFit.date");
        results = Checks.list(results, TYPE, "results");
        Checks.unique(results, Result::requirement, TYPE, "results");
        expiredCertifications = List.copyOf(new TreeSet<>(Checks.list(expiredCertifications, TYPE,
                "expiredCertifications")));
        Objects.requireNonNull(verdict, "CandidateFit.verdict");
        if (verdict != Verdict.from(results)) {
            throw new InvalidValueException(TYPE, "verdict", "must be " + Verdict.from(results)
                    + " for these results, got " + verdict);
        }
    }

    /**
     * Judges one candidate against a profile's requirements on a date.
     *
     * @param profile the profile; not null
     * @param candidate the candidate; not null
     * @param date the date certifications must be valid on; not null
     * @return the fit; never null
     */
    public static CandidateFit of(RoleProfile profile, Candidate candidate, LocalDate date) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(date, "date");
        Set<String> validCertifications = new HashSet<>();
        Set<String> expired = new TreeSet<>();
        for (Certification c : candidate.certifications()) {
            if (c.validOn(date)) {
                validCertifications.add(c.code());
            } else if (c.expiredOn(date)) {
                expired.add(c.code());
            }
        }
        expired.removeAll(validCertifications);
        List<Result> results = new ArrayList<>();
        for (Requirement requirement : profile.requirements()) {
            Optional<RequirementOption> metBy = Optional.empty();
            List<String> expiredOptions = new ArrayList<>();
            for (RequirementOption option : requirement.options()) {
                boolean met = switch (requirement.kind()) {
                    case EDUCATION -> candidate.education().contains(option.code());
                    case KNOWLEDGE -> candidate.knowledge().contains(option.code());
                    case CERTIFICATION -> validCertifications.contains(option.code());
                    case EXPERIENCE -> candidate.experienceYears().getOrDefault(option.code(), 0)
                            >= Math.max(1, requirement.minimumYears().orElse(1));
                };
                if (met && (metBy.isEmpty() || option.preferred())) {
                    metBy = Optional.of(option);
                }
                if (requirement.kind() == RequirementKind.CERTIFICATION && expired.contains(option.code())) {
                    expiredOptions.add(option.code());
                }
            }
            results.add(new Result(requirement.id(), requirement.necessity(), metBy.map(RequirementOption::code),
                    metBy.map(RequirementOption::preferred).orElse(false), expiredOptions));
        }
        return new CandidateFit(candidate.id(), profile.id(), date, results, List.copyOf(expired),
                Verdict.from(results));
    }

    /**
     * Judges several candidates and ranks them, best first, by {@link #ranking()}.
     *
     * @param profile the profile; not null
     * @param candidates the candidates, ids unique; not null
     * @param date the date certifications must be valid on; not null
     * @return the fits in rank order; never null
     * @throws InvalidValueException if two candidates share an id
     */
    public static List<CandidateFit> rank(RoleProfile profile, Collection<Candidate> candidates, LocalDate date) {
        List<Candidate> list = Checks.list(candidates, TYPE, "candidates");
        Checks.unique(list, Candidate::id, TYPE, "candidates");
        List<CandidateFit> fits = new ArrayList<>(list.size());
        for (Candidate candidate : list) {
            fits.add(of(profile, candidate, date));
        }
        fits.sort(RANKING);
        return List.copyOf(fits);
    }

    /**
     * The ranking: verdict (best first), then more required met, more preferred met, more requirements met
     * by their preferred option, and finally candidate id ascending. A total order on fits of distinct
     * candidates.
     *
     * @return the comparator; never null
     */
    public static Comparator<CandidateFit> ranking() {
        return RANKING;
    }

    /**
     * How many required requirements are met.
     *
     * @return the count
     */
    public long requiredMet() {
        return results.stream().filter(r -> r.necessity() == Necessity.REQUIRED && r.met()).count();
    }

    /**
     * How many preferred requirements are met.
     *
     * @return the count
     */
    public long preferredMet() {
        return results.stream().filter(r -> r.necessity() == Necessity.PREFERRED && r.met()).count();
    }

    private long preferredOptionsMet() {
        return results.stream().filter(Result::byPreferredOption).count();
    }

    /**
     * The required requirements not met, in the profile's order.
     *
     * @return the ids; never null
     */
    public List<RequirementId> requiredUnmet() {
        return results.stream().filter(r -> r.necessity() == Necessity.REQUIRED && !r.met())
                .map(Result::requirement).toList();
    }

    /**
     * The verdict on a candidate.
     *
     * @since 0.1
     */
    public enum Verdict {
        /** Every required and every preferred requirement is met. */
        MEETS_ALL,
        /** Every required requirement is met, some preferred one is not. */
        MEETS_REQUIRED,
        /** Some required requirement is not met. */
        DOES_NOT_MEET;

        static Verdict from(List<Result> results) {
            boolean required = true;
            boolean preferred = true;
            for (Result r : results) {
                if (!r.met()) {
                    if (r.necessity() == Necessity.REQUIRED) {
                        required = false;
                    } else {
                        preferred = false;
                    }
                }
            }
            return !required ? DOES_NOT_MEET : preferred ? MEETS_ALL : MEETS_REQUIRED;
        }
    }

    /**
     * How one requirement is met.
     *
     * <p>Immutable and thread-safe.
     *
     * @param requirement the requirement; not null
     * @param necessity whether it is required or preferred; not null
     * @param metBy the option that meets it (the preferred one when the candidate meets several), or empty;
     *     not null
     * @param byPreferredOption whether it is met by the requirement's preferred option
     * @param expiredOptions the options the candidate held as a certification that has expired, in option
     *     order; not null
     * @since 0.1
     */
    public record Result(RequirementId requirement, Necessity necessity, Optional<String> metBy,
            boolean byPreferredOption, List<String> expiredOptions) {

        /**
         * Checks and copies the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if it is met by the preferred option without being met
         */
        public Result {
            Objects.requireNonNull(requirement, "CandidateFit.Result.requirement");
            Objects.requireNonNull(necessity, "CandidateFit.Result.necessity");
            Objects.requireNonNull(metBy, "CandidateFit.Result.metBy");
            if (byPreferredOption && metBy.isEmpty()) {
                throw new InvalidValueException("CandidateFit.Result", "byPreferredOption",
                        "must be false when requirement '" + requirement + "' is not met");
            }
            expiredOptions = Checks.list(expiredOptions, "CandidateFit.Result", "expiredOptions");
        }

        /**
         * Whether the requirement is met.
         *
         * @return true when some option meets it
         */
        public boolean met() {
            return metBy.isPresent();
        }
    }
}
