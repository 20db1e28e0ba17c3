package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RequirementId;
import org.junit.jupiter.api.Test;

/** Equality and null checks of the small records nested in the assessment types. */
class ValuePartsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static void equalButNotTo(Object a, Object same, Object other) {
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    }

    @Test
    void competencyEntry() {
        equalButNotTo(new CompetencyEntry(RISK_MANAGEMENT, OptionalInt.of(3), "r", "a"),
                new CompetencyEntry(RISK_MANAGEMENT, OptionalInt.of(3), "r", "a"),
                new CompetencyEntry(RISK_MANAGEMENT, OptionalInt.empty(), "r", "a"));
        assertThatThrownBy(() -> new CompetencyEntry(RISK_MANAGEMENT, OptionalInt.empty(), null, ""))
                .isInstanceOf(NullPointerException.class).hasMessage("CompetencyEntry.reflection");
    }

    @Test
    void summaryAndRow() {
        MultiRaterView.Summary summary = MultiRaterView.Summary.of(List.of(2, 5));
        assertThat(summary).isEqualTo(new MultiRaterView.Summary(2, HalfScore.ofHalves(7), 2, 5));
        equalButNotTo(summary, MultiRaterView.Summary.of(List.of(5, 2)), MultiRaterView.Summary.of(List.of(2, 4)));
        MultiRaterView.Row row = new MultiRaterView.Row(RISK_MANAGEMENT, OptionalInt.of(3),
                Map.of(Perspective.BOARD, summary), false, Optional.of(summary.median()), Optional.empty());
        equalButNotTo(row, new MultiRaterView.Row(RISK_MANAGEMENT, OptionalInt.of(3), Map.of(Perspective.BOARD, summary),
                false, Optional.of(summary.median()), Optional.empty()), new MultiRaterView.Row(RISK_MANAGEMENT,
                OptionalInt.of(4), Map.of(Perspective.BOARD, summary), false, Optional.of(summary.median()),
                Optional.empty()));
        assertThat(row.others(Perspective.HR)).isEmpty();
        assertThatThrownBy(() -> new MultiRaterView.Row(null, OptionalInt.empty(), Map.of(), false, Optional.empty(),
                Optional.empty())).isInstanceOf(NullPointerException.class).hasMessage("MultiRaterView.Row.competency");
    }

    @Test
    void gapAndResult() {
        equalButNotTo(new GapAnalysis.Gap(RISK_MANAGEMENT, 4, HalfScore.of(2), GapAnalysis.Basis.OTHERS, true),
                new GapAnalysis.Gap(RISK_MANAGEMENT, 4, HalfScore.of(2), GapAnalysis.Basis.OTHERS, true),
                new GapAnalysis.Gap(RISK_MANAGEMENT, 4, HalfScore.of(2), GapAnalysis.Basis.SELF, true));
        assertThat(new GapAnalysis.Gap(RISK_MANAGEMENT, 4, HalfScore.ofHalves(5), GapAnalysis.Basis.OTHERS, true).gap())
                .isEqualTo(HalfScore.ofHalves(3));
        RequirementId id = RequirementId.of("r");
        equalButNotTo(new CandidateFit.Result(id, Necessity.REQUIRED, Optional.of("cism"), true, List.of()),
                new CandidateFit.Result(id, Necessity.REQUIRED, Optional.of("cism"), true, List.of()),
                new CandidateFit.Result(id, Necessity.REQUIRED, Optional.of("cissp"), false, List.of()));
        assertThatThrownBy(() -> new CandidateFit.Result(id, null, Optional.empty(), false, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("CandidateFit.Result.necessity");
    }

    @Test
    void reviewAndStep() {
        Progress.Review review = new Progress.Review(DAY, Map.of(RISK_MANAGEMENT, HalfScore.of(3)));
        equalButNotTo(review, new Progress.Review(DAY, Map.of(RISK_MANAGEMENT, HalfScore.of(3))),
                new Progress.Review(DAY, Map.of(RISK_MANAGEMENT, HalfScore.of(4))));
        Progress.Change change = new Progress.Change(RISK_MANAGEMENT, Optional.empty(), Optional.of(HalfScore.of(3)));
        assertThat(change.delta()).isEmpty();
        equalButNotTo(new Progress.Step(DAY, DAY.plusYears(1), List.of(change), Optional.empty()),
                new Progress.Step(DAY, DAY.plusYears(1), List.of(change), Optional.empty()),
                new Progress.Step(DAY, DAY.plusYears(2), List.of(change), Optional.empty()));
        assertThatThrownBy(() -> new Progress.Step(DAY, DAY.plusYears(1), List.of(change, change), Optional.empty()))
                .hasMessage("Progress.Step.changes: duplicate id 'risk-management'");
    }
}
