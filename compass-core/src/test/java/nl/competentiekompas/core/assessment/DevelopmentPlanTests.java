package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.assessment.AssessmentFixtures.ANNA;
import static nl.competentiekompas.core.catalog.Catalogs.ADVISORY_SKILLS;
import static nl.competentiekompas.core.catalog.Catalogs.MOTIVATING;
import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;
import org.junit.jupiter.api.Test;

class DevelopmentPlanTests {

    private static final RoleProfile CISO = AssessmentFixtures.ciso();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2027, 3, 1);

    private static DevelopmentPlan.Goal goal(String action) {
        return new DevelopmentPlan.Goal(GoalFocus.domain(TaskDomain.REPORTING), action, DUE, GoalStatus.ACTIVE);
    }

    @Test
    void proposesAtMostFiveDraftGoalsInGapOrder() {
        GapAnalysis gaps = GapAnalysis.of(CISO, GapAnalysisTests.everywhere(CISO, 1, 2), true);
        DevelopmentPlan plan = DevelopmentPlan.proposeFrom(gaps, Catalogs.builtIn(), DAY, DUE, Language.EN);
        assertThat(plan.goals()).hasSize(5);
        assertThat(plan.goals()).extracting(g -> g.focus().id()).startsWith(ADVISORY_SKILLS.value(),
                RISK_MANAGEMENT.value(), MOTIVATING.value());
        assertThat(plan.goals()).allMatch(g -> g.status() == GoalStatus.DRAFT && g.due().equals(DUE));
        assertThat(plan.goals().get(0).action()).isEqualTo("Develop Advisory skills from level 2 to 4");
        assertThat(DevelopmentPlan.proposeFrom(gaps, Catalogs.builtIn(), DAY, DUE, Language.NL).goals().get(0).action())
                .isEqualTo("Ontwikkel Adviesvaardigheid van niveau 2 naar 4");
        assertThat(plan.subject()).isEqualTo(ANNA);
    }

    @Test
    void goalsAreEditedByWithMethods() {
        DevelopmentPlan plan = new DevelopmentPlan(ANNA, CISO.id(), DAY, List.of(goal("a")));
        DevelopmentPlan done = plan.withGoal(0, plan.goals().get(0).withStatus(GoalStatus.DONE));
        assertThat(done.goals(GoalStatus.DONE)).hasSize(1);
        assertThat(plan.goals(GoalStatus.DONE)).isEmpty();
        DevelopmentPlan.Goal edited = goal("a").withAction("b").withDue(DUE.plusDays(1))
                .withFocus(GoalFocus.competency(RISK_MANAGEMENT));
        assertThat(edited).isEqualTo(new DevelopmentPlan.Goal(GoalFocus.competency(RISK_MANAGEMENT), "b",
                DUE.plusDays(1), GoalStatus.ACTIVE));
        assertThat(plan.withGoalAdded(goal("b")).goals()).hasSize(2);
        assertThat(plan.withoutGoal(0).goals()).isEmpty();
    }

    @Test
    void neverHoldsMoreThanFiveGoals() {
        DevelopmentPlan five = new DevelopmentPlan(ANNA, CISO.id(), DAY, Collections.nCopies(5, goal("a")));
        assertThatThrownBy(() -> five.withGoalAdded(goal("f"))).isInstanceOf(InvalidValueException.class)
                .hasMessage("DevelopmentPlan.goals: holds at most 5 goals, got 6");
    }

    @Test
    void rejectsInvalidParts() {
        assertThatThrownBy(() -> new DevelopmentPlan(ANNA, CISO.id(), DAY, List.of(goal("a").withDue(DAY.minusDays(1)))))
                .hasMessage("DevelopmentPlan.goals[0].due: must not be before the plan's date 2026-03-01, got 2026-02-28");
        assertThatThrownBy(() -> goal(" ")).hasMessage("DevelopmentPlan.Goal.action: must not be blank");
        assertThatThrownBy(() -> GoalFocus.competency(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("GoalFocus.competency");
        assertThat(goal("secret").toString()).doesNotContain("secret");
    }

    @Test
    void equalsAndHashCode() {
        DevelopmentPlan a = new DevelopmentPlan(ANNA, CISO.id(), DAY, List.of(goal("a")));
        DevelopmentPlan b = new DevelopmentPlan(ANNA, CISO.id(), DAY, List.of(goal("a")));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(a.withGoal(0, goal("b")));
        assertThat(GoalFocus.domain(TaskDomain.REPORTING)).isEqualTo(GoalFocus.domain(TaskDomain.REPORTING))
                .hasSameHashCodeAs(GoalFocus.domain(TaskDomain.REPORTING))
                .isNotEqualTo(GoalFocus.domain(TaskDomain.ADVISING));
    }
}
