package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.assessment.AssessmentFixtures.ANNA;
import static nl.competentiekompas.core.assessment.AssessmentFixtures.BOARD;
import static nl.competentiekompas.core.assessment.AssessmentFixtures.MANAGER;
import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

    private static final RoleProfile CISO = AssessmentFixtures.ciso();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static Assessment a(java.util.function.Supplier<Assessment.Builder> b) {
        return b.get().score(RISK_MANAGEMENT, 3).build();
    }

    private final Assessment annaSelf = a(() -> Assessment.builder(CISO, ANNA, ANNA, Perspective.SELF, DAY));
    private final Assessment annaByBoard = a(() -> Assessment.builder(CISO, ANNA, BOARD, Perspective.BOARD, DAY));
    private final Assessment managerByAnna = a(() -> Assessment.builder(CISO, MANAGER, ANNA, Perspective.PEER, DAY));
    private final Assessment managerByBoard = a(() -> Assessment.builder(CISO, MANAGER, BOARD, Perspective.BOARD, DAY));
    private final DevelopmentPlan annaPlan = new DevelopmentPlan(ANNA, CISO.id(), DAY, List.of());
    private final Candidate annaCandidate = Candidate.of(ANNA);
    private final Candidate boardCandidate = Candidate.of(BOARD);

    private PersonalData data() {
        return PersonalData.of(List.of(managerByBoard, managerByAnna, annaByBoard, annaSelf), List.of(annaPlan),
                List.of(boardCandidate, annaCandidate));
    }

    @Test
    void collectsEverythingHeldAboutAPerson() {
        PersonalData.SubjectAccess export = data().about(ANNA);
        assertThat(export.received()).containsExactly(annaSelf, annaByBoard);
        assertThat(export.given()).containsExactly(managerByAnna);
        assertThat(export.plans()).containsExactly(annaPlan);
        assertThat(export.candidateRecords()).containsExactly(annaCandidate);
        assertThat(data().about(MANAGER).given()).isEmpty();
        assertThat(data().about(nl.competentiekompas.core.organisation.PersonId.of("nobody")).isEmpty()).isTrue();
    }

    @Test
    void erasureLeavesNothingThatMentionsThePerson() {
        PersonalData erased = data().erase(ANNA);
        assertThat(erased.persons()).containsExactly(BOARD, MANAGER);
        assertThat(erased.assessments()).containsExactly(managerByBoard);
        assertThat(erased.plans()).isEmpty();
        assertThat(erased.candidates()).containsExactly(boardCandidate);
        assertThat(erased.about(ANNA).isEmpty()).isTrue();
        assertThat(data().persons()).containsExactly(ANNA, BOARD, MANAGER);
    }

    @Test
    void rejectsInvalidParts() {
        assertThatThrownBy(() -> PersonalData.of(List.of(), List.of(), List.of(annaCandidate, annaCandidate)))
                .isInstanceOf(InvalidValueException.class).hasMessage("PersonalData.candidates: duplicate id 'p-anna'");
        assertThatThrownBy(() -> new PersonalData.SubjectAccess(BOARD, List.of(annaSelf), List.of(), List.of(), List.of()))
                .hasMessage("PersonalData.SubjectAccess.person: every value must be about person 'p-board'");
    }

    @Test
    void equalsAndHashCodeDoNotDependOnInputOrder() {
        PersonalData other = PersonalData.of(List.of(annaSelf, annaByBoard, managerByAnna, managerByBoard),
                List.of(annaPlan), List.of(annaCandidate, boardCandidate));
        assertThat(data()).isEqualTo(other).hasSameHashCodeAs(other).isNotEqualTo(data().erase(BOARD));
        assertThat(data().about(ANNA)).isEqualTo(other.about(ANNA)).hasSameHashCodeAs(other.about(ANNA));
    }

    @Test
    void conflictingAssessmentsAreKeptInAFixedOrder() {
        Assessment low = Assessment.builder(CISO, ANNA, BOARD, Perspective.BOARD, DAY).score(RISK_MANAGEMENT, 2).build();
        Assessment high = Assessment.builder(CISO, ANNA, BOARD, Perspective.BOARD, DAY).score(RISK_MANAGEMENT, 4).build();
        assertThat(PersonalData.of(List.of(low, high), List.of(), List.of()))
                .isEqualTo(PersonalData.of(List.of(high, low), List.of(), List.of()));
    }
}
