package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.assessment.AssessmentFixtures.ANNA;
import static nl.competentiekompas.core.assessment.AssessmentFixtures.BOARD;
import static nl.competentiekompas.core.assessment.AssessmentFixtures.Q1;
import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.OptionalInt;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.RoleProfile;
import org.junit.jupiter.api.Test;

class AssessmentTests {

    private static final RoleProfile CISO = AssessmentFixtures.ciso();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private Assessment.Builder self() {
        return Assessment.builder(CISO, ANNA, ANNA, Perspective.SELF, DAY);
    }

    @Test
    void holdsOneEntryPerTargetedCompetencyInProfileOrder() {
        Assessment a = self().score(RISK_MANAGEMENT, 2).reflection(RISK_MANAGEMENT, "r").action(RISK_MANAGEMENT, "a")
                .answer(Q1, "answer").developmentGoal("goal").build();
        assertThat(a.entries()).extracting(CompetencyEntry::competency).containsExactlyElementsOf(AssessmentFixtures.SEVEN);
        assertThat(a.score(RISK_MANAGEMENT)).isEqualTo(OptionalInt.of(2));
        assertThat(a.entry(RISK_MANAGEMENT).orElseThrow().reflection()).isEqualTo("r");
        assertThat(a.entry(AssessmentFixtures.SEVEN.get(0)).orElseThrow().assessed()).isFalse();
        assertThat(a.answers()).containsEntry(Q1, "answer");
        assertThat(a.developmentGoals()).containsExactly("goal");
        assertThat(a.mentions(ANNA)).isTrue();
        assertThat(a.mentions(BOARD)).isFalse();
    }

    @Test
    void notAssessedRemovesAnEarlierScore() {
        assertThat(self().score(RISK_MANAGEMENT, 2).notAssessed(RISK_MANAGEMENT).build().score(RISK_MANAGEMENT))
                .isEmpty();
    }

    @Test
    void rejectsASixthGoal() {
        Assessment.Builder b = self();
        for (int i = 1; i <= 5; i++) {
            b.developmentGoal("goal " + i);
        }
        assertThatThrownBy(() -> b.developmentGoal("goal 6")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Assessment.developmentGoals: holds at most 5 goals, a goal 6 was added");
    }

    @Test
    void rejectsAScoreOffTheScale() {
        assertThatThrownBy(() -> self().score(RISK_MANAGEMENT, 6)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Assessment.scores[risk-management]: must be a level of scale 'default-1-5' (1 to 5), got 6");
        assertThatThrownBy(() -> self().score(RISK_MANAGEMENT, 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsAnUnknownCompetencyOrQuestion() {
        assertThatThrownBy(() -> self().score(CompetencyId.of("juggling"), 3)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Assessment.scores: competency 'juggling' is not targeted by profile 'ciso-test'");
        assertThatThrownBy(() -> self().reflection(CompetencyId.of("juggling"), "x"))
                .hasMessage("Assessment.reflections: competency 'juggling' is not targeted by profile 'ciso-test'");
        assertThatThrownBy(() -> self().answer(QuestionId.of("q-x"), "x"))
                .hasMessage("Assessment.answers: question 'q-x' is not a reflection question of profile 'ciso-test'");
    }

    @Test
    void rejectsARaterThatDoesNotFitThePerspective() {
        assertThatThrownBy(() -> Assessment.builder(CISO, ANNA, BOARD, Perspective.SELF, DAY))
                .hasMessage("Assessment.rater: must be the subject for a self assessment");
        assertThatThrownBy(() -> Assessment.builder(CISO, ANNA, ANNA, Perspective.BOARD, DAY))
                .hasMessage("Assessment.rater: must differ from the subject for perspective 'board'");
        assertThatThrownBy(() -> self().developmentGoal(" ")).hasMessage("Assessment.developmentGoals: goal 1 must not be blank");
    }

    @Test
    void messagesAndTextNeverQuoteFreeText() {
        Assessment a = self().reflection(RISK_MANAGEMENT, "secret reflection").developmentGoal("secret goal").build();
        assertThat(a.toString()).doesNotContain("secret").contains("p-anna");
        assertThat(a.entries().get(0).toString()).doesNotContain("secret");
    }

    @Test
    void equalsAndHashCode() {
        Assessment a = self().score(RISK_MANAGEMENT, 3).build();
        Assessment same = self().score(RISK_MANAGEMENT, 3).build();
        Assessment other = self().score(RISK_MANAGEMENT, 4).build();
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(a).isNotEqualTo(Assessment.builder(CISO, ANNA, ANNA, Perspective.SELF, DAY.plusDays(1))
                .score(RISK_MANAGEMENT, 3).build());
    }
}
