package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.assessment.AssessmentFixtures.ANNA;
import static nl.competentiekompas.core.assessment.AssessmentFixtures.BOARD;
import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import org.junit.jupiter.api.Test;

class ProgressTests {

    private static final RoleProfile CISO = AssessmentFixtures.ciso();
    private static final LocalDate Y1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate Y2 = LocalDate.of(2026, 3, 1);

    private static Assessment board(LocalDate date, int risk) {
        return Assessment.builder(CISO, ANNA, BOARD, Perspective.BOARD, date).score(RISK_MANAGEMENT, risk).build();
    }

    @Test
    void showsTheChangeBetweenAnnualReviewsAndTheGoalsDone() {
        DevelopmentPlan plan = new DevelopmentPlan(ANNA, CISO.id(), Y1, List.of(
                new DevelopmentPlan.Goal(GoalFocus.competency(RISK_MANAGEMENT), "a", Y2, GoalStatus.DONE),
                new DevelopmentPlan.Goal(GoalFocus.competency(RISK_MANAGEMENT), "b", Y2, GoalStatus.ACTIVE)));
        Assessment self = Assessment.builder(CISO, ANNA, ANNA, Perspective.SELF, Y2).score(RISK_MANAGEMENT, 5).build();
        Progress progress = Progress.of(CISO, ANNA, List.of(board(Y2, 4), board(Y1, 2), self), List.of(plan));
        assertThat(progress.reviews()).extracting(Progress.Review::date).containsExactly(Y1, Y2);
        assertThat(progress.reviews().get(0).levels()).isEqualTo(Map.of(RISK_MANAGEMENT, HalfScore.of(2)));
        Progress.Step step = progress.steps().get(0);
        assertThat(step.changes()).containsExactly(new Progress.Change(RISK_MANAGEMENT, Optional.of(HalfScore.of(2)),
                Optional.of(HalfScore.of(4))));
        assertThat(step.changes().get(0).delta()).contains(HalfScore.of(2));
        assertThat(step.plan()).contains(plan);
        assertThat(step.goalsDone()).extracting(DevelopmentPlan.Goal::action).containsExactly("a");
        assertThat(step.goalsNotDone()).extracting(DevelopmentPlan.Goal::action).containsExactly("b");
    }

    @Test
    void reviewDatesGroupAssessmentsByPeriod() {
        LocalDate later = Y1.plusDays(10);
        Progress progress = Progress.of(CISO, ANNA, List.of(board(Y1.minusDays(3), 1), board(later, 3)), List.of(),
                List.of(Y1, Y2), GapPolicy.OTHERS_MEDIAN_ELSE_SELF);
        assertThat(progress.reviews().get(0).levels()).containsEntry(RISK_MANAGEMENT, HalfScore.of(1));
        assertThat(progress.reviews().get(1).levels()).containsEntry(RISK_MANAGEMENT, HalfScore.of(3));
        assertThat(progress.steps().get(0).plan()).isEmpty();
        assertThat(progress.steps().get(0).goalsDone()).isEmpty();
    }

    @Test
    void rejectsInvalidParts() {
        assertThatThrownBy(() -> Progress.of(CISO, ANNA, List.of(), List.of(), List.of(Y2, Y1), GapPolicy.SELF))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Progress.reviewDates: must ascend strictly, but 2025-03-01 follows 2026-03-01");
        assertThatThrownBy(() -> new Progress.Step(Y2, Y1, List.of(), Optional.empty()))
                .hasMessage("Progress.Step.to: must be after 2026-03-01, got 2025-03-01");
        assertThatThrownBy(() -> new Progress.Change(RISK_MANAGEMENT, Optional.empty(), Optional.empty()))
                .hasMessage("Progress.Change.before: a change of 'risk-management' needs a level before or after");
        assertThatThrownBy(() -> new Progress(ANNA, CISO.id(), List.of(new Progress.Review(Y1, Map.of()),
                new Progress.Review(Y2, Map.of())), List.of()))
                .hasMessage("Progress.steps: must hold one step per pair of consecutive reviews (1), got 0");
        DevelopmentPlan late = new DevelopmentPlan(ANNA, CISO.id(), Y2, List.of());
        assertThatThrownBy(() -> new Progress.Step(Y1, Y2, List.of(), Optional.of(late)))
                .hasMessage("Progress.Step.plan: must be dated before 2026-03-01, got 2026-03-01");
    }

    @Test
    void equalsAndHashCode() {
        Progress a = Progress.of(CISO, ANNA, List.of(board(Y1, 2), board(Y2, 3)), List.of());
        Progress b = Progress.of(CISO, ANNA, List.of(board(Y2, 3), board(Y1, 2)), List.of());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b)
                .isNotEqualTo(Progress.of(CISO, ANNA, List.of(board(Y1, 2), board(Y2, 4)), List.of()));
    }
}
