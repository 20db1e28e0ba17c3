package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.NOT_KEBAB;
import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static nl.competentiekompas.core.catalog.TestValues.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProficiencyScaleTests {

    private static ScaleLevel level(int value, boolean proficient) {
        return new ScaleLevel(value, text("level " + value), proficient);
    }

    private static ProficiencyScale scale(ScaleLevel... levels) {
        return new ProficiencyScale("scale", text("scale"), List.of(levels));
    }

    @Test
    void defaultScaleRunsFromOneToFiveProficientFromThree() {
        ProficiencyScale scale = ProficiencyScale.defaultScale();
        assertThat(scale.id()).isEqualTo("default-1-5");
        assertThat(scale.min()).isEqualTo(1);
        assertThat(scale.max()).isEqualTo(5);
        assertThat(scale.levels()).extracting(ScaleLevel::value).containsExactly(1, 2, 3, 4, 5);
        assertThat(scale.isProficient(2)).isFalse();
        assertThat(scale.isProficient(3)).isTrue();
        assertThat(scale.contains(5)).isTrue();
        assertThat(scale.contains(0)).isFalse();
        assertThat(scale.level(4)).map(l -> l.label().in(Language.EN)).contains("advanced");
        assertThat(scale.level(6)).isEmpty();
    }

    @Test
    void valuesNeedNotBeContiguous() {
        ProficiencyScale scale = scale(level(0, false), level(10, true), level(20, true));
        assertThat(scale.contains(10)).isTrue();
        assertThat(scale.contains(5)).isFalse();
        assertThat(scale.min()).isZero();
        assertThat(scale.max()).isEqualTo(20);
    }

    @Test
    void rejectsBadScales() {
        assertInvalid(() -> scale(level(1, true)), "ProficiencyScale", "levels", "must hold at least two levels");
        assertInvalid(() -> scale(level(1, false), level(3, true), level(2, true)), "ProficiencyScale", "levels",
                "must ascend strictly, but level 2 follows 3");
        assertInvalid(() -> scale(level(1, false), level(1, true)), "ProficiencyScale", "levels",
                "must ascend strictly, but level 1 follows 1");
        assertInvalid(() -> scale(level(1, false), level(2, true), level(3, false)), "ProficiencyScale", "levels",
                "proficiency must be monotone, but level 3 is not proficient while level 2 is");
        assertInvalid(() -> scale(level(1, false), level(2, false)), "ProficiencyScale", "levels",
                "the top level must be proficient");
        assertInvalid(() -> new ProficiencyScale("Scale", text("s"), List.of(level(1, false), level(2, true))),
                "ProficiencyScale", "id", NOT_KEBAB + "'Scale'");
        assertInvalid(() -> new ProficiencyScale("s", text("s"), Arrays.asList(level(1, false), null)),
                "ProficiencyScale", "levels", "element 1 must not be null");
        assertNullRejected(() -> new ProficiencyScale(null, text("s"), List.of()), "ProficiencyScale.id");
        assertNullRejected(() -> new ProficiencyScale("s", null, List.of()), "ProficiencyScale.name");
        assertNullRejected(() -> new ProficiencyScale("s", text("s"), null), "ProficiencyScale.levels");
    }

    @Test
    void asksForLevelsOnTheScale() {
        assertInvalid(() -> ProficiencyScale.defaultScale().isProficient(9), "ProficiencyScale", "value",
                "must be a level of scale 'default-1-5' (1 to 5), got 9");
        assertInvalid(() -> ProficiencyScale.defaultScale().requireLevel(0, "Assessment", "score"), "Assessment",
                "score", "must be a level of scale 'default-1-5' (1 to 5), got 0");
    }

    @Test
    void scaleLevelChecksItsParts() {
        assertInvalid(() -> new ScaleLevel(-1, text("x"), false), "ScaleLevel", "value", "must be 0 or more, got -1");
        assertNullRejected(() -> new ScaleLevel(1, null, false), "ScaleLevel.label");
        assertValueSemantics(level(1, false), new ScaleLevel(1, text("level 1"), false), level(1, true),
                level(2, false), new ScaleLevel(1, text("other"), false));
    }

    @Test
    void equalByValue() {
        assertValueSemantics(scale(level(1, false), level(2, true)), scale(level(1, false), level(2, true)),
                scale(level(1, false), level(3, true)), scale(level(1, true), level(2, true)));
        assertThat(ProficiencyScale.defaultScale()).isSameAs(ProficiencyScale.defaultScale());
    }
}
