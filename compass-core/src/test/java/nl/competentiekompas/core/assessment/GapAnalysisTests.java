package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.assessment.AssessmentFixtures.ANNA;
import static nl.competentiekompas.core.assessment.AssessmentFixtures.BOARD;
import static nl.competentiekompas.core.catalog.Catalogs.ADVISORY_SKILLS;
import static nl.competentiekompas.core.catalog.Catalogs.MOTIVATING;
import static nl.competentiekompas.core.catalog.Catalogs.ORGANISATIONAL_SENSITIVITY;
import static nl.competentiekompas.core.catalog.Catalogs.PROJECT_MANAGEMENT;
import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static nl.competentiekompas.core.catalog.Catalogs.SOCIAL_SKILLS;
import static nl.competentiekompas.core.catalog.Catalogs.STRATEGIC_INSIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import org.junit.jupiter.api.Test;

class GapAnalysisTests {

    private static final RoleProfile CISO = AssessmentFixtures.ciso();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    /** Scores every competency with the same value from self and board. */
    static MultiRaterView everywhere(RoleProfile profile, int self, int board) {
        Assessment.Builder s = Assessment.builder(profile, ANNA, ANNA, Perspective.SELF, DAY);
        Assessment.Builder b = Assessment.builder(profile, ANNA, BOARD, Perspective.BOARD, DAY);
        profile.competencyTargets().forEach(t -> {
            s.score(t.competency(), self);
            b.score(t.competency(), board);
        });
        return MultiRaterView.of(profile, ANNA, List.of(s.build(), b.build()));
    }

    @Test
    void aSideJobCisoWithGapsEverywhereStartsWithTheThreeStartHereCompetencies() {
        GapAnalysis analysis = GapAnalysis.of(CISO, everywhere(CISO, 1, 1), true);
        List<CompetencyId> order = analysis.gaps().stream().map(GapAnalysis.Gap::competency).toList();
        assertThat(order.subList(0, 3)).containsExactly(ADVISORY_SKILLS, RISK_MANAGEMENT, MOTIVATING);
        assertThat(order.subList(3, 7)).containsExactly(STRATEGIC_INSIGHT, SOCIAL_SKILLS, ORGANISATIONAL_SENSITIVITY,
                PROJECT_MANAGEMENT);
    }

    @Test
    void withoutASideJobTheLargestGapComesFirst() {
        GapAnalysis analysis = GapAnalysis.of(CISO, everywhere(CISO, 1, 1), false);
        assertThat(analysis.gaps().get(analysis.gaps().size() - 1).competency()).isEqualTo(PROJECT_MANAGEMENT);
        assertThat(analysis.gaps().get(0).gap()).isEqualTo(HalfScore.of(3));
        assertThat(analysis.gaps().get(0).basis()).isEqualTo(GapAnalysis.Basis.OTHERS);
    }

    @Test
    void thePolicyDecidesTheAssessedLevel() {
        MultiRaterView view = everywhere(CISO, 5, 2);
        assertThat(GapAnalysis.of(CISO, view, GapPolicy.SELF, false).gaps()).isEmpty();
        assertThat(GapAnalysis.of(CISO, view, GapPolicy.OTHERS_MEDIAN, false).gaps()).hasSize(7);
        MultiRaterView selfOnly = MultiRaterView.of(CISO, ANNA, List.of(Assessment.builder(CISO, ANNA, ANNA,
                Perspective.SELF, DAY).score(RISK_MANAGEMENT, 2).build()));
        GapAnalysis fallback = GapAnalysis.of(CISO, selfOnly, false);
        assertThat(fallback.gaps()).singleElement().satisfies(g -> {
            assertThat(g.competency()).isEqualTo(RISK_MANAGEMENT);
            assertThat(g.basis()).isEqualTo(GapAnalysis.Basis.SELF);
        });
        assertThat(fallback.notAssessed()).hasSize(6);
        assertThat(GapAnalysis.of(CISO, selfOnly, GapPolicy.OTHERS_MEDIAN, false).notAssessed()).hasSize(7);
    }

    @Test
    void meetingEveryTargetLeavesNothing() {
        assertThat(GapAnalysis.of(CISO, everywhere(CISO, 4, 4), true).isEmpty()).isTrue();
    }

    @Test
    void rejectsInvalidParts() {
        assertThatThrownBy(() -> new GapAnalysis.Gap(RISK_MANAGEMENT, 3, HalfScore.of(3), GapAnalysis.Basis.SELF, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("GapAnalysis.Gap.assessed: must be below the target 3 for competency 'risk-management', got 3");
        GapAnalysis.Gap gap = new GapAnalysis.Gap(RISK_MANAGEMENT, 3, HalfScore.of(2), GapAnalysis.Basis.SELF, false);
        assertThatThrownBy(() -> new GapAnalysis(ANNA, CISO.id(), GapPolicy.SELF, false, List.of(gap), List.of(RISK_MANAGEMENT)))
                .hasMessage("GapAnalysis.gaps: duplicate id 'risk-management'");
        RoleProfile iso = AssessmentFixtures.iso();
        assertThatThrownBy(() -> GapAnalysis.of(iso, everywhere(CISO, 1, 1), false))
                .hasMessage("GapAnalysis.profile: the view is for profile 'ciso-test', not 'iso-test'");
    }

    @Test
    void equalsAndHashCode() {
        GapAnalysis a = GapAnalysis.of(CISO, everywhere(CISO, 1, 2), true);
        GapAnalysis b = GapAnalysis.of(CISO, everywhere(CISO, 1, 2), true);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(GapAnalysis.of(CISO, everywhere(CISO, 1, 2), false));
    }
}
