package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.catalog.Catalogs.ADVISORY_SKILLS;
import static nl.competentiekompas.core.catalog.Catalogs.PROJECT_MANAGEMENT;
import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.Topic;
import org.junit.jupiter.api.Test;

class ProfileComparisonTests {

    private static final RoleProfile CISO = AssessmentFixtures.ciso();
    private static final RoleProfile ISO = AssessmentFixtures.iso();

    @Test
    void isoToCisoListsNewTopicsLevelShiftsRisesAndRequirements() {
        ProfileComparison c = ProfileComparison.of(ISO, CISO);
        assertThat(c.addedTopics()).containsExactly(Topic.REPORTING, Topic.BUDGET);
        assertThat(c.added()).extracting(Responsibility::id)
                .containsExactly(ResponsibilityId.of("c-reporting"), ResponsibilityId.of("c-budget"));
        // policy and risk analysis are counterparts at a higher level; awareness is strategic in both
        assertThat(c.levelShifts()).containsExactly(
                new ProfileComparison.LevelShift(ResponsibilityId.of("c-policy"), Topic.POLICY, Level.OPERATIONAL,
                        Level.STRATEGIC),
                new ProfileComparison.LevelShift(ResponsibilityId.of("c-risk"), Topic.RISK_ANALYSIS, Level.OPERATIONAL,
                        Level.TACTICAL));
        assertThat(c.competencyRises()).hasSize(6).contains(
                new ProfileComparison.CompetencyRise(ADVISORY_SKILLS, OptionalInt.of(3), 4),
                new ProfileComparison.CompetencyRise(RISK_MANAGEMENT, OptionalInt.of(3), 4))
                .noneMatch(r -> r.competency().equals(PROJECT_MANAGEMENT));
        // hbo-only implies hbo-or-wo; two years does not imply five; the rest are new
        assertThat(c.requirementsToAdd()).extracting(r -> r.id()).containsExactly(RequirementId.of("c-certification"),
                RequirementId.of("c-nen-7510"), RequirementId.of("c-practice"), RequirementId.of("c-behaviour"));
        assertThat(c.isEmpty()).isFalse();
    }

    @Test
    void cisoToIsoAddsOnlyTheProjectsTopic() {
        ProfileComparison c = ProfileComparison.of(CISO, ISO);
        assertThat(c.addedTopics()).containsExactly(Topic.PROJECTS);
        assertThat(c.levelShifts()).isEmpty();
        assertThat(c.competencyRises()).isEmpty();
        // hbo-or-wo does not imply hbo only
        assertThat(c.requirementsToAdd()).extracting(r -> r.id()).containsExactly(RequirementId.of("i-education"));
    }

    @Test
    void aProfileComparedWithItselfIsEmpty() {
        assertThat(ProfileComparison.of(CISO, CISO).isEmpty()).isTrue();
        assertThat(ProfileComparison.of(CISO, CISO).addedTopics()).isEmpty();
    }

    @Test
    void rejectsInvalidParts() {
        assertThatThrownBy(() -> new ProfileComparison.LevelShift(ResponsibilityId.of("x"), Topic.POLICY, Level.TACTICAL,
                Level.TACTICAL)).isInstanceOf(InvalidValueException.class)
                .hasMessage("ProfileComparison.LevelShift.toLevel: must be higher than 'tactical' for responsibility 'x', got 'tactical'");
        assertThatThrownBy(() -> new ProfileComparison.CompetencyRise(RISK_MANAGEMENT, OptionalInt.of(4), 4))
                .hasMessage("ProfileComparison.CompetencyRise.toTarget: must be above 4 for competency 'risk-management', got 4");
        Responsibility policy = CISO.responsibilities().get(0);
        assertThatThrownBy(() -> new ProfileComparison(ISO.id(), CISO.id(), Set.of(), List.of(policy), List.of(),
                List.of(), List.of()))
                .hasMessage("ProfileComparison.added: responsibility 'c-policy' has topic 'policy', which is not an added topic");
    }

    @Test
    void equalsAndHashCode() {
        assertThat(ProfileComparison.of(ISO, CISO)).isEqualTo(ProfileComparison.of(ISO, CISO))
                .hasSameHashCodeAs(ProfileComparison.of(ISO, CISO)).isNotEqualTo(ProfileComparison.of(CISO, ISO));
        assertThat(ProfileComparison.of(ISO, CISO).to()).isEqualTo(RoleId.of("ciso-test"));
    }
}
