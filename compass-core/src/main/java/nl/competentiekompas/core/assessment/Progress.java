package nl.competentiekompas.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * One person's development against a profile over time: the assessed level per competency at each review,
 * the change between consecutive reviews and which goals of the plan for each period were done.
 *
 * <p>A review collects the assessments dated after the previous review, up to and including its own date,
 * and takes each competency's level from their {@link MultiRaterView} by a {@link GapPolicy}. The plan for a
 * period is the latest of the person's plans for the profile dated before the period's closing review. Build
 * one with {@link #of(RoleProfile, PersonId, Collection, Collection, List, GapPolicy)}. Immutable and
 * thread-safe.
 *
 * @param subject the person; not null
 * @param profile the profile's id; not null
 * @param reviews the reviews, dates strictly ascending; not null
 * @param steps one step per pair of consecutive reviews, in order; not null
 * @since 0.1
 */
public record Progress(PersonId subject, RoleId profile, List<Review> reviews, List<Step> steps) {

    private static final String TYPE = "Progress";

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if review dates do not ascend or the steps do not join consecutive reviews
     */
    public Progress {
        Objects.requireNonNull(subject, "Progress.subject");
        Objects.requireNonNull(profile, "Progress.profile");
        reviews = Checks.list(reviews, TYPE, "reviews");
        steps = Checks.list(steps, TYPE, "steps");
        for (int i = 1; i < reviews.size(); i++) {
            if (!reviews.get(i).date().isAfter(reviews.get(i - 1).date())) {
                throw new InvalidValueException(TYPE, "reviews", "dates must ascend strictly, but "
                        + reviews.get(i).date() + " follows " + reviews.get(i - 1).date());
            }
        }
        if (steps.size() != Math.max(0, reviews.size() - 1)) {
            throw new InvalidValueException(TYPE, "steps", "must hold one step per pair of consecutive reviews ("
                    + Math.max(0, reviews.size() - 1) + "), got " + steps.size());
        }
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).from().equals(reviews.get(i).date()) || !steps.get(i).to().equals(reviews.get(i + 1).date())) {
                throw new InvalidValueException(TYPE, "steps[" + i + "]", "must run from review " + i + " to review "
                        + (i + 1));
            }
        }
    }

    /**
     * The progress with one review per distinct assessment date and the default policy.
     *
     * @param profile the profile; not null
     * @param subject the person; not null
     * @param assessments assessments; those of other subjects or profiles are ignored; not null
     * @param plans development plans; those of other subjects or profiles are ignored; not null
     * @return the progress; never null
     */
    public static Progress of(RoleProfile profile, PersonId subject, Collection<Assessment> assessments,
            Collection<DevelopmentPlan> plans) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(subject, "subject");
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Assessment a : Checks.list(assessments, TYPE, "assessments")) {
            if (a.subject().equals(subject) && a.profile().equals(profile.id())) {
                dates.add(a.date());
            }
        }
        return of(profile, subject, assessments, plans, List.copyOf(dates), GapPolicy.OTHERS_MEDIAN_ELSE_SELF);
    }

    /**
     * The progress over given review dates.
     *
     * @param profile the profile; not null
     * @param subject the person; not null
     * @param assessments assessments; those of other subjects or profiles are ignored; not null
     * @param plans development plans; those of other subjects or profiles are ignored; not null
     * @param reviewDates the review dates, strictly ascending; not null
     * @param policy how a level is decided; not null
     * @return the progress; never null
     * @throws InvalidValueException if the review dates do not ascend strictly
     */
    public static Progress of(RoleProfile profile, PersonId subject, Collection<Assessment> assessments,
            Collection<DevelopmentPlan> plans, List<LocalDate> reviewDates, GapPolicy policy) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(policy, "policy");
        List<LocalDate> dates = Checks.list(reviewDates, TYPE, "reviewDates");
        TreeMap<LocalDate, List<Assessment>> byDate = new TreeMap<>();
        for (Assessment a : Checks.list(assessments, TYPE, "assessments")) {
            if (a.subject().equals(subject) && a.profile().equals(profile.id())) {
                byDate.computeIfAbsent(a.date(), d -> new ArrayList<>()).add(a);
            }
        }
        TreeMap<LocalDate, DevelopmentPlan> plansByDate = new TreeMap<>();
        for (DevelopmentPlan p : Checks.list(plans, TYPE, "plans")) {
            if (p.subject().equals(subject) && p.profile().equals(profile.id())) {
                DevelopmentPlan earlier = plansByDate.put(p.date(), p);
                if (earlier != null && !earlier.equals(p)) {
                    throw new InvalidValueException(TYPE, "plans", "two different plans are dated " + p.date());
                }
            }
        }
        List<Review> reviews = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate date : dates) {
            if (previous != null && !date.isAfter(previous)) {
                throw new InvalidValueException(TYPE, "reviewDates", "must ascend strictly, but " + date + " follows "
                        + previous);
            }
            List<Assessment> inPeriod = new ArrayList<>();
            (previous == null ? byDate.headMap(date, true) : byDate.subMap(previous, false, date, true)).values()
                    .forEach(inPeriod::addAll);
            MultiRaterView view = MultiRaterView.of(profile, subject, inPeriod);
            Map<CompetencyId, HalfScore> levels = new TreeMap<>();
            for (CompetencyTarget target : profile.competencyTargets()) {
                view.row(target.competency()).flatMap(r -> GapAnalysis.assessed(r, policy))
                        .ifPresent(a -> levels.put(target.competency(), a.level()));
            }
            reviews.add(new Review(date, levels));
            previous = date;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < reviews.size(); i++) {
            Review from = reviews.get(i - 1);
            Review to = reviews.get(i);
            List<Change> changes = new ArrayList<>();
            for (CompetencyTarget target : profile.competencyTargets()) {
                CompetencyId c = target.competency();
                Optional<HalfScore> before = Optional.ofNullable(from.levels().get(c));
                Optional<HalfScore> after = Optional.ofNullable(to.levels().get(c));
                if (before.isPresent() || after.isPresent()) {
                    changes.add(new Change(c, before, after));
                }
            }
            Map.Entry<LocalDate, DevelopmentPlan> plan = plansByDate.lowerEntry(to.date());
            steps.add(new Step(from.date(), to.date(), changes,
                    plan == null ? Optional.empty() : Optional.of(plan.getValue())));
        }
        return new Progress(subject, profile.id(), reviews, steps);
    }

    /**
     * The assessed levels at one review.
     *
     * <p>Immutable and thread-safe.
     *
     * @param date the review date; not null
     * @param levels the assessed level per competency, in id order, only those assessed; not null
     * @since 0.1
     */
    public record Review(LocalDate date, Map<CompetencyId, HalfScore> levels) {

        /**
         * Checks and copies the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Review {
            Objects.requireNonNull(date, "Progress.Review.date");
            Objects.requireNonNull(levels, "Progress.Review.levels");
            TreeMap<CompetencyId, HalfScore> copy = new TreeMap<>();
            for (Map.Entry<CompetencyId, HalfScore> e : levels.entrySet()) {
                copy.put(Objects.requireNonNull(e.getKey(), "Progress.Review.levels"),
                        Objects.requireNonNull(e.getValue(), "Progress.Review.levels"));
            }
            levels = Collections.unmodifiableSortedMap(copy);
        }
    }

    /**
     * One competency's level before and after a period.
     *
     * <p>Immutable and thread-safe.
     *
     * @param competency the competency; not null
     * @param before the level at the earlier review, or empty; not null
     * @param after the level at the later review, or empty; not null
     * @since 0.1
     */
    public record Change(CompetencyId competency, Optional<HalfScore> before, Optional<HalfScore> after) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if neither level is present
         */
        public Change {
            Objects.requireNonNull(competency, "Progress.Change.competency");
            Objects.requireNonNull(before, "Progress.Change.before");
            Objects.requireNonNull(after, "Progress.Change.after");
            if (before.isEmpty() && after.isEmpty()) {
                throw new InvalidValueException("Progress.Change", "before",
                        "a change of '" + competency + "' needs a level before or after");
            }
        }

        /**
         * The change in level, when both levels are known.
         *
         * @return after minus before, or empty
         */
        public Optional<HalfScore> delta() {
            return before.isPresent() && after.isPresent() ? Optional.of(after.get().minus(before.get()))
                    : Optional.empty();
        }
    }

    /**
     * The period between two consecutive reviews.
     *
     * <p>Immutable and thread-safe.
     *
     * @param from the earlier review's date; not null
     * @param to the later review's date, after {@code from}; not null
     * @param changes the competencies assessed at either review, in the profile's order; not null
     * @param plan the plan for the period, or empty; not null
     * @since 0.1
     */
    public record Step(LocalDate from, LocalDate to, List<Change> changes, Optional<DevelopmentPlan> plan) {

        /**
         * Checks and copies the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if {@code to} is not after {@code from} or the plan is dated on or
         *     after {@code to}
         */
        public Step {
            Objects.requireNonNull(from, "Progress.Step.from");
            Objects.requireNonNull(to, "Progress.Step.to");
            if (!to.isAfter(from)) {
                throw new InvalidValueException("Progress.Step", "to", "must be after " + from + ", got " + to);
            }
            changes = Checks.list(changes, "Progress.Step", "changes");
            Checks.unique(changes, Change::competency, "Progress.Step", "changes");
            Objects.requireNonNull(plan, "Progress.Step.plan");
            if (plan.isPresent() && !plan.get().date().isBefore(to)) {
                throw new InvalidValueException("Progress.Step", "plan", "must be dated before " + to + ", got "
                        + plan.get().date());
            }
        }

        /**
         * The goals of the period's plan that were done.
         *
         * @return the goals, in plan order; never null
         */
        public List<DevelopmentPlan.Goal> goalsDone() {
            return plan.map(p -> p.goals(GoalStatus.DONE)).orElse(List.of());
        }

        /**
         * The goals of the period's plan that were not done.
         *
         * @return the goals, in plan order; never null
         */
        public List<DevelopmentPlan.Goal> goalsNotDone() {
            return plan.map(p -> p.goals().stream().filter(g -> g.status() != GoalStatus.DONE).toList())
                    .orElse(List.of());
        }
    }
}
