package nl.competentiekompas.core.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * Where a person's assessed level falls short of the profile's targets, largest gap first.
 *
 * <p>The assessed level comes from a {@link MultiRaterView} by a stated {@link GapPolicy}. Only competencies
 * below target are gaps; competencies without an assessed level are listed apart as not assessed. Gaps are
 * ordered by size, largest first, ties in the profile's order. When the person holds the role as a side job,
 * the profile's "start here" competencies (for the healthcare CISO: risk management, advisory skills and
 * motivating, as source A advises) come first, in that same order among themselves. Build one with
 * {@link #of(RoleProfile, MultiRaterView, GapPolicy, boolean)}. Immutable and thread-safe.
 *
 * @param subject the person; not null
 * @param profile the profile's id; not null
 * @param policy how the assessed level was decided; not null
 * @param sideJob whether the person holds the role as a side job
 * @param gaps the gaps in order, one per competency at most; not null
 * @param notAssessed the targeted competencies without an assessed level, in the profile's order; not null
 * @since 0.1
 */
public record GapAnalysis(PersonId subject, RoleId profile, GapPolicy policy, boolean sideJob, List<Gap> gaps,
        List<CompetencyId> notAssessed) {

    private static final String TYPE = "GapAnalysis";

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if a competency appears twice, or both as gap and as not assessed
     */
    public GapAnalysis {
        Objects.requireNonNull(subject, "GapAnalysis.subject");
        Objects.requireNonNull(profile, "GapAnalysis.profile");
        Objects.requireNonNull(policy, "GapAnalysis.policy");
        gaps = Checks.list(gaps, TYPE, "gaps");
        notAssessed = Checks.list(notAssessed, TYPE, "notAssessed");
        List<CompetencyId> all = new ArrayList<>(notAssessed);
        gaps.forEach(g -> all.add(g.competency()));
        Checks.unique(all, c -> c, TYPE, "gaps");
    }

    /**
     * The gap analysis of a view against its profile with the default policy.
     *
     * @param profile the profile the view was made for; not null
     * @param view the view; not null
     * @param sideJob whether the role is held as a side job
     * @return the analysis; never null
     * @throws InvalidValueException if the view was made for another profile
     */
    public static GapAnalysis of(RoleProfile profile, MultiRaterView view, boolean sideJob) {
        return of(profile, view, GapPolicy.OTHERS_MEDIAN_ELSE_SELF, sideJob);
    }

    /**
     * The gap analysis of a view against its profile.
     *
     * @param profile the profile the view was made for; not null
     * @param view the view; not null
     * @param policy how to decide the assessed level; not null
     * @param sideJob whether the role is held as a side job
     * @return the analysis; never null
     * @throws InvalidValueException if the view was made for another profile
     */
    public static GapAnalysis of(RoleProfile profile, MultiRaterView view, GapPolicy policy, boolean sideJob) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(policy, "policy");
        if (!view.profile().equals(profile.id())) {
            throw new InvalidValueException(TYPE, "profile", "the view is for profile '" + view.profile()
                    + "', not '" + profile.id() + "'");
        }
        List<Gap> gaps = new ArrayList<>();
        List<CompetencyId> notAssessed = new ArrayList<>();
        List<CompetencyTarget> targets = profile.competencyTargets();
        for (CompetencyTarget target : targets) {
            Optional<Assessed> assessed = view.row(target.competency()).flatMap(r -> assessed(r, policy));
            if (assessed.isEmpty()) {
                notAssessed.add(target.competency());
            } else if (assessed.get().level().compareTo(HalfScore.of(target.target())) < 0) {
                gaps.add(new Gap(target.competency(), target.target(), assessed.get().level(), assessed.get().basis(),
                        target.startHere()));
            }
        }
        Comparator<Gap> order = Comparator.comparing(Gap::gap).reversed();
        if (sideJob) {
            order = Comparator.comparing((Gap g) -> !g.startHere()).thenComparing(order);
        }
        // A stable sort keeps the profile's order among equal gaps.
        gaps.sort(order);
        return new GapAnalysis(view.subject(), profile.id(), policy, sideJob, gaps, notAssessed);
    }

    /**
     * A person's assessed level of one competency under a policy.
     *
     * @param row the row of a multi-rater view; not null
     * @param policy the policy; not null
     * @return the level and where it came from, or empty when the policy finds none
     */
    static Optional<Assessed> assessed(MultiRaterView.Row row, GapPolicy policy) {
        Optional<Assessed> others = row.othersMedian().map(m -> new Assessed(m, Basis.OTHERS));
        Optional<Assessed> self = row.self().isPresent()
                ? Optional.of(new Assessed(HalfScore.of(row.self().getAsInt()), Basis.SELF)) : Optional.empty();
        return switch (policy) {
            case OTHERS_MEDIAN_ELSE_SELF -> others.isPresent() ? others : self;
            case OTHERS_MEDIAN -> others;
            case SELF -> self;
        };
    }

    /**
     * Whether there is nothing to develop: no gaps and nothing unassessed.
     *
     * @return true when every targeted competency is assessed at or above its target
     */
    public boolean isEmpty() {
        return gaps.isEmpty() && notAssessed.isEmpty();
    }

    record Assessed(HalfScore level, Basis basis) {
    }

    /**
     * Whose scores an assessed level rests on.
     *
     * @since 0.1
     */
    public enum Basis {
        /** The median of the others' scores (self excluded). */
        OTHERS,
        /** The person's own score. */
        SELF
    }

    /**
     * One competency assessed below its target.
     *
     * <p>Immutable and thread-safe.
     *
     * @param competency the competency; not null
     * @param target the profile's target
     * @param assessed the assessed level, below the target; not null
     * @param basis whose scores the assessed level rests on; not null
     * @param startHere whether the profile marks the competency to start with in a side job
     * @since 0.1
     */
    public record Gap(CompetencyId competency, int target, HalfScore assessed, Basis basis, boolean startHere) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if the assessed level is not below the target
         */
        public Gap {
            Objects.requireNonNull(competency, "GapAnalysis.Gap.competency");
            Objects.requireNonNull(assessed, "GapAnalysis.Gap.assessed");
            Objects.requireNonNull(basis, "GapAnalysis.Gap.basis");
            if (assessed.compareTo(HalfScore.of(target)) >= 0) {
                throw new InvalidValueException("GapAnalysis.Gap", "assessed", "must be below the target " + target
                        + " for competency '" + competency + "', got " + assessed);
            }
        }

        /**
         * How far the assessed level is below the target.
         *
         * @return the gap, more than zero; never null
         */
        public HalfScore gap() {
            return HalfScore.of(target).minus(assessed);
        }
    }
}
