package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.SOURCES;
import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static nl.competentiekompas.core.catalog.TestValues.text;
import static nl.competentiekompas.core.catalog.TestValues.wordings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ReflectionQuestion and ReflectionForm. */
class ReflectionTests {

    private static final QuestionId ID = QuestionId.of("q-reporting-1");
    private static final CompetencyId RISK = CompetencyId.of("risk-management");
    private static final CompetencyId MOTIVATING = CompetencyId.of("motivating");

    @Test
    void questionHasAWordingPerPerspective() {
        ReflectionQuestion question = new ReflectionQuestion(ID, TaskDomain.REPORTING, wordings(), SOURCES);
        for (Perspective perspective : Perspective.values()) {
            assertThat(question.wording(perspective)).isEqualTo(text("question for " + perspective.id()));
        }
        assertThat(question.wordings().keySet()).containsExactly(Perspective.values());
    }

    @Test
    void questionRejectsAMissingPerspective() {
        Map<Perspective, LocalizedText> noPeer = new EnumMap<>(wordings());
        noPeer.remove(Perspective.PEER);
        assertInvalid(() -> new ReflectionQuestion(ID, TaskDomain.REPORTING, noPeer, SOURCES), "ReflectionQuestion",
                "wordings", "must hold a wording for every perspective, missing peer");
        Map<Perspective, LocalizedText> onlySelf = Map.of(Perspective.SELF, text("self"));
        assertInvalid(() -> new ReflectionQuestion(ID, TaskDomain.REPORTING, onlySelf, SOURCES),
                "ReflectionQuestion", "wordings", "must hold a wording for every perspective, missing board");
    }

    @Test
    void questionRejectsMissingParts() {
        assertInvalid(() -> new ReflectionQuestion(ID, TaskDomain.REPORTING, wordings(), List.of()),
                "ReflectionQuestion", "sources", "must not be empty");
        Map<Perspective, LocalizedText> nullValue = new java.util.HashMap<>(wordings());
        nullValue.put(Perspective.HR, null);
        assertInvalid(() -> new ReflectionQuestion(ID, TaskDomain.REPORTING, nullValue, SOURCES),
                "ReflectionQuestion", "wordings", "must not hold null keys or values");
        assertNullRejected(() -> new ReflectionQuestion(null, TaskDomain.REPORTING, wordings(), SOURCES),
                "ReflectionQuestion.id");
        assertNullRejected(() -> new ReflectionQuestion(ID, null, wordings(), SOURCES), "ReflectionQuestion.theme");
        assertNullRejected(() -> new ReflectionQuestion(ID, TaskDomain.REPORTING, null, SOURCES),
                "ReflectionQuestion.wordings");
        assertNullRejected(() -> new ReflectionQuestion(ID, TaskDomain.REPORTING, wordings(), SOURCES).wording(null),
                "perspective");
    }

    @Test
    void questionIsEqualByValue() {
        Map<Perspective, LocalizedText> other = new EnumMap<>(wordings());
        other.put(Perspective.BOARD, text("other"));
        assertValueSemantics(new ReflectionQuestion(ID, TaskDomain.REPORTING, wordings(), SOURCES),
                new ReflectionQuestion(ID, TaskDomain.REPORTING, new java.util.HashMap<>(wordings()), SOURCES),
                new ReflectionQuestion(QuestionId.of("q-2"), TaskDomain.REPORTING, wordings(), SOURCES),
                new ReflectionQuestion(ID, TaskDomain.ADVISING, wordings(), SOURCES),
                new ReflectionQuestion(ID, TaskDomain.REPORTING, other, SOURCES));
    }

    @Test
    void formHoldsOneToFiveGoalSlots() {
        assertThat(new ReflectionForm(List.of(RISK, MOTIVATING), 5).developmentGoalSlots()).isEqualTo(5);
        assertThat(new ReflectionForm(List.of(), 1).competencies()).isEmpty();
        assertInvalid(() -> new ReflectionForm(List.of(RISK), 6), "ReflectionForm", "developmentGoalSlots",
                "must be between 1 and 5, got 6");
        assertInvalid(() -> new ReflectionForm(List.of(RISK), 0), "ReflectionForm", "developmentGoalSlots",
                "must be between 1 and 5, got 0");
        assertInvalid(() -> new ReflectionForm(List.of(RISK, MOTIVATING, RISK), 5), "ReflectionForm",
                "competencies", "duplicate id 'risk-management'");
        assertNullRejected(() -> new ReflectionForm(null, 5), "ReflectionForm.competencies");
    }

    @Test
    void formIsEqualByValue() {
        assertValueSemantics(new ReflectionForm(List.of(RISK, MOTIVATING), 5),
                new ReflectionForm(List.of(RISK, MOTIVATING), 5), new ReflectionForm(List.of(MOTIVATING, RISK), 5),
                new ReflectionForm(List.of(RISK, MOTIVATING), 4));
    }
}
