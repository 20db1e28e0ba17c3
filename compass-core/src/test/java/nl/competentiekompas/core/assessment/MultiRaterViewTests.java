package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.assessment.AssessmentFixtures.ANNA;
import static nl.competentiekompas.core.assessment.AssessmentFixtures.BOARD;
import static nl.competentiekompas.core.assessment.AssessmentFixtures.MANAGER;
import static nl.competentiekompas.core.catalog.Catalogs.ADVISORY_SKILLS;
import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import org.junit.jupiter.api.Test;

class MultiRaterViewTests {

    private static final RoleProfile CISO = AssessmentFixtures.ciso();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static Assessment rated(PersonId rater, Perspective perspective, LocalDate date, int risk) {
        return Assessment.builder(CISO, ANNA, rater, perspective, date).score(RISK_MANAGEMENT, risk).build();
    }

    private static List<Assessment> peers(int n, int score) {
        List<Assessment> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(rated(PersonId.of("peer-" + i), Perspective.PEER, DAY, score));
        }
        return list;
    }

    @Test
    void showsSelfNextToOthersPerPerspective() {
        List<Assessment> all = new ArrayList<>(List.of(rated(ANNA, Perspective.SELF, DAY, 5),
                rated(BOARD, Perspective.BOARD, DAY, 2), rated(MANAGER, Perspective.MANAGER, DAY, 3)));
        all.addAll(peers(3, 4));
        MultiRaterView view = MultiRaterView.of(CISO, ANNA, all);
        MultiRaterView.Row row = view.row(RISK_MANAGEMENT).orElseThrow();
        assertThat(row.self()).isEqualTo(OptionalInt.of(5));
        assertThat(row.others(Perspective.BOARD)).contains(new MultiRaterView.Summary(1, HalfScore.of(2), 2, 2));
        assertThat(row.others(Perspective.PEER)).contains(new MultiRaterView.Summary(3, HalfScore.of(4), 4, 4));
        assertThat(row.others(Perspective.SELF)).isEmpty();
        // others: 2, 3, 4, 4, 4 -> median 4; self 5 is one above: a blind spot at threshold 1
        assertThat(row.othersMedian()).contains(HalfScore.of(4));
        assertThat(view.blindSpots()).containsExactly(RISK_MANAGEMENT);
        assertThat(view.hiddenStrengths()).isEmpty();
        assertThat(MultiRaterView.of(CISO, ANNA, all, MultiRaterView.Settings.defaults().withThreshold(HalfScore.of(2)))
                .blindSpots()).isEmpty();
    }

    @Test
    void withholdsPeerScoresBelowTheMinimum() {
        List<Assessment> all = new ArrayList<>(List.of(rated(BOARD, Perspective.BOARD, DAY, 2)));
        all.addAll(peers(2, 5));
        MultiRaterView.Row row = MultiRaterView.of(CISO, ANNA, all).row(RISK_MANAGEMENT).orElseThrow();
        assertThat(row.tooFewPeerRatings()).isTrue();
        assertThat(row.others()).containsOnlyKeys(Perspective.BOARD);
        assertThat(row.othersMedian()).contains(HalfScore.of(2));
        MultiRaterView.Row shown = MultiRaterView.of(CISO, ANNA, all,
                MultiRaterView.Settings.defaults().withMinimumPeers(2)).row(RISK_MANAGEMENT).orElseThrow();
        assertThat(shown.others(Perspective.PEER)).contains(new MultiRaterView.Summary(2, HalfScore.of(5), 5, 5));
    }

    @Test
    void reportsConflictsAndCountsTheLatestAssessmentPerRater() {
        List<Assessment> all = List.of(rated(BOARD, Perspective.BOARD, DAY, 2), rated(BOARD, Perspective.BOARD, DAY, 4),
                rated(MANAGER, Perspective.MANAGER, DAY.minusYears(1), 1), rated(MANAGER, Perspective.MANAGER, DAY, 3),
                rated(PersonId.of("peer-1"), Perspective.PEER, DAY, 3), rated(PersonId.of("peer-1"), Perspective.PEER, DAY, 1));
        MultiRaterView view = MultiRaterView.of(CISO, ANNA, all);
        assertThat(view.conflicts()).containsExactly(
                new MultiRaterView.Conflict(Perspective.BOARD, Optional.of(BOARD), DAY, 2),
                new MultiRaterView.Conflict(Perspective.PEER, Optional.empty(), DAY, 2));
        MultiRaterView.Row row = view.row(RISK_MANAGEMENT).orElseThrow();
        assertThat(row.others()).containsOnlyKeys(Perspective.MANAGER);
        assertThat(row.others(Perspective.MANAGER)).contains(new MultiRaterView.Summary(1, HalfScore.of(3), 3, 3));
    }

    @Test
    void ignoresOtherSubjects() {
        Assessment other = Assessment.builder(CISO, BOARD, MANAGER, Perspective.MANAGER, DAY).score(ADVISORY_SKILLS, 1)
                .build();
        assertThat(MultiRaterView.of(CISO, ANNA, List.of(other)).row(ADVISORY_SKILLS).orElseThrow().others()).isEmpty();
    }

    @Test
    void rejectsInvalidParts() {
        MultiRaterView.Summary two = new MultiRaterView.Summary(2, HalfScore.of(3), 3, 3);
        MultiRaterView.Row peerRow = new MultiRaterView.Row(RISK_MANAGEMENT, OptionalInt.empty(),
                Map.of(Perspective.PEER, two), false, Optional.of(HalfScore.of(3)), Optional.empty());
        assertThatThrownBy(() -> new MultiRaterView(CISO.id(), ANNA, MultiRaterView.Settings.defaults(),
                List.of(peerRow), List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessage("MultiRaterView.rows: row 'risk-management' shows 2 peer ratings, fewer than the minimum 3");
        assertThatThrownBy(() -> new MultiRaterView.Row(RISK_MANAGEMENT, OptionalInt.empty(), Map.of(Perspective.PEER, two),
                true, Optional.empty(), Optional.empty()))
                .hasMessage("MultiRaterView.Row.others: must not show peer scores that are withheld as too few");
        assertThatThrownBy(() -> new MultiRaterView.Row(RISK_MANAGEMENT, OptionalInt.empty(), Map.of(Perspective.SELF, two),
                false, Optional.empty(), Optional.empty()))
                .hasMessage("MultiRaterView.Row.others: must not hold the self perspective");
        assertThatThrownBy(() -> new MultiRaterView.Summary(1, HalfScore.of(5), 3, 4))
                .hasMessage("MultiRaterView.Summary.median: must lie between min 3 and max 4, got 5");
        assertThatThrownBy(() -> new MultiRaterView.Summary(0, HalfScore.of(3), 3, 3))
                .hasMessage("MultiRaterView.Summary.count: must be at least 1, got 0");
        assertThatThrownBy(() -> new MultiRaterView.Settings(0, HalfScore.of(1)))
                .hasMessage("MultiRaterView.Settings.minimumPeers: must be at least 1, got 0");
        assertThatThrownBy(() -> new MultiRaterView.Settings(3, HalfScore.ZERO))
                .hasMessage("MultiRaterView.Settings.threshold: must be more than 0, got 0");
        assertThatThrownBy(() -> new MultiRaterView.Conflict(Perspective.PEER, Optional.of(BOARD), DAY, 2))
                .hasMessage("MultiRaterView.Conflict.rater: must not name a peer rater");
        assertThatThrownBy(() -> new MultiRaterView.Conflict(Perspective.BOARD, Optional.of(BOARD), DAY, 1))
                .hasMessage("MultiRaterView.Conflict.count: must be at least 2, got 1");
    }

    @Test
    void equalsAndHashCode() {
        List<Assessment> all = List.of(rated(BOARD, Perspective.BOARD, DAY, 2), rated(ANNA, Perspective.SELF, DAY, 4));
        MultiRaterView a = MultiRaterView.of(CISO, ANNA, all);
        MultiRaterView b = MultiRaterView.of(CISO, ANNA, List.of(all.get(1), all.get(0)));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b)
                .isNotEqualTo(MultiRaterView.of(CISO, ANNA, all.subList(0, 1)));
        assertThat(a.settings()).isEqualTo(MultiRaterView.Settings.defaults())
                .hasSameHashCodeAs(MultiRaterView.Settings.defaults());
    }
}
