package nl.competentiekompas.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.ReflectionForm;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * A person's development plan against a profile: at most five goals, each with a focus, an action, a due date
 * and a status.
 *
 * <p>{@link #proposeFrom(GapAnalysis, Catalog, LocalDate, LocalDate, Language)} proposes a draft from a gap analysis;
 * goals are changed with the {@code with} methods, which return new plans. No goal is due before the plan's
 * date. Immutable and thread-safe.
 *
 * @param subject the person; not null
 * @param profile the profile developed towards; not null
 * @param date the date the plan was made; not null
 * @param goals the goals, at most {@value ReflectionForm#MAX_DEVELOPMENT_GOALS}; not null
 * @since 0.1
 */
public record DevelopmentPlan(PersonId subject, RoleId profile, LocalDate date, List<Goal> goals) {

    private static final String TYPE = "DevelopmentPlan";

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if there are more than five goals or a goal is due before the plan's date
     */
    public DevelopmentPlan {
        Objects.requireNonNull(subject, "DevelopmentPlan.subject");
        Objects.requireNonNull(profile, "DevelopmentPlan.profile");
        Objects.requireNonNull(date, "DevelopmentPlan.date");
        goals = Checks.list(goals, TYPE, "goals");
        if (goals.size() > ReflectionForm.MAX_DEVELOPMENT_GOALS) {
            throw new InvalidValueException(TYPE, "goals", "holds at most " + ReflectionForm.MAX_DEVELOPMENT_GOALS
                    + " goals, got " + goals.size());
        }
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).due().isBefore(date)) {
                throw new InvalidValueException(TYPE, "goals[" + i + "].due",
                        "must not be before the plan's date " + date + ", got " + goals.get(i).due());
            }
        }
    }

    /**
     * Proposes a draft plan from a gap analysis: one goal per gap, in the analysis's order (so the start-here
     * competencies first in a side job), at most five, each due on the given date.
     *
     * @param gaps the gap analysis; not null
     * @param catalog the catalog whose competency names the proposed actions use (an id the catalog does not
     *     know is named by itself); not null
     * @param date the plan's date; not null
     * @param due when the proposed goals are due, not before {@code date}; not null
     * @param language the language of the proposed action texts; not null
     * @return a plan whose goals are all {@link GoalStatus#DRAFT}; never null
     * @throws InvalidValueException if {@code due} is before {@code date}
     */
    public static DevelopmentPlan proposeFrom(GapAnalysis gaps, Catalog catalog, LocalDate date, LocalDate due,
            Language language) {
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(language, "language");
        List<Goal> goals = new ArrayList<>();
        for (GapAnalysis.Gap gap : gaps.gaps()) {
            if (goals.size() == ReflectionForm.MAX_DEVELOPMENT_GOALS) {
                break;
            }
            String name = catalog.competency(gap.competency()).map(c -> c.name().in(language))
                    .orElse(gap.competency().value());
            String action = language == Language.NL
                    ? "Ontwikkel " + name + " van niveau " + gap.assessed() + " naar " + gap.target()
                    : "Develop " + name + " from level " + gap.assessed() + " to " + gap.target();
            goals.add(new Goal(GoalFocus.competency(gap.competency()), action, due, GoalStatus.DRAFT));
        }
        return new DevelopmentPlan(gaps.subject(), gaps.profile(), date, goals);
    }

    /**
     * This plan with one more goal at the end.
     *
     * @param goal the goal; not null
     * @return a new plan; never null
     * @throws InvalidValueException if the plan already holds five goals
     */
    public DevelopmentPlan withGoalAdded(Goal goal) {
        List<Goal> copy = new ArrayList<>(goals);
        copy.add(Objects.requireNonNull(goal, "goal"));
        return new DevelopmentPlan(subject, profile, date, copy);
    }

    /**
     * This plan with one goal replaced.
     *
     * @param index the goal's position, from 0
     * @param goal the new goal; not null
     * @return a new plan; never null
     * @throws IndexOutOfBoundsException if there is no goal at that position
     */
    public DevelopmentPlan withGoal(int index, Goal goal) {
        List<Goal> copy = new ArrayList<>(goals);
        copy.set(index, Objects.requireNonNull(goal, "goal"));
        return new DevelopmentPlan(subject, profile, date, copy);
    }

    /**
     * This plan without one goal.
     *
     * @param index the goal's position, from 0
     * @return a new plan; never null
     * @throws IndexOutOfBoundsException if there is no goal at that position
     */
    public DevelopmentPlan withoutGoal(int index) {
        List<Goal> copy = new ArrayList<>(goals);
        copy.remove(index);
        return new DevelopmentPlan(subject, profile, date, copy);
    }

    /**
     * The goals with a status, in plan order.
     *
     * @param status the status; not null
     * @return the goals; never null
     */
    public List<Goal> goals(GoalStatus status) {
        Objects.requireNonNull(status, "status");
        return goals.stream().filter(g -> g.status() == status).toList();
    }

    /**
     * A description naming the ids and the number of goals, never their texts.
     *
     * @return the description; never null
     */
    @Override
    public String toString() {
        return "DevelopmentPlan[" + profile + ", subject " + subject + ", " + date + ", " + goals.size() + " goals]";
    }

    /**
     * One goal of a plan.
     *
     * <p>Immutable and thread-safe.
     *
     * @param focus the competency or task domain it develops; not null
     * @param action what the person will do; not null, not blank
     * @param due when it is due; not null
     * @param status its status; not null
     * @since 0.1
     */
    public record Goal(GoalFocus focus, String action, LocalDate due, GoalStatus status) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if the action is blank
         */
        public Goal {
            Objects.requireNonNull(focus, "DevelopmentPlan.Goal.focus");
            Checks.nonBlank(action, "DevelopmentPlan.Goal", "action");
            Objects.requireNonNull(due, "DevelopmentPlan.Goal.due");
            Objects.requireNonNull(status, "DevelopmentPlan.Goal.status");
        }

        /**
         * This goal with another focus.
         *
         * @param value the focus; not null
         * @return a new goal; never null
         */
        public Goal withFocus(GoalFocus value) {
            return new Goal(value, action, due, status);
        }

        /**
         * This goal with another action.
         *
         * @param value the action; not null, not blank
         * @return a new goal; never null
         */
        public Goal withAction(String value) {
            return new Goal(focus, value, due, status);
        }

        /**
         * This goal with another due date.
         *
         * @param value the date; not null
         * @return a new goal; never null
         */
        public Goal withDue(LocalDate value) {
            return new Goal(focus, action, value, status);
        }

        /**
         * This goal with another status.
         *
         * @param value the status; not null
         * @return a new goal; never null
         */
        public Goal withStatus(GoalStatus value) {
            return new Goal(focus, action, due, value);
        }

        /**
         * A description naming the focus and status, never the action text.
         *
         * @return the description; never null
         */
        @Override
        public String toString() {
            return "Goal[" + focus.id() + ", due " + due + ", " + status + "]";
        }
    }
}
