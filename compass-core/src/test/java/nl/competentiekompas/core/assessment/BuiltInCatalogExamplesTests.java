package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.catalog.Catalogs.ADVISORY_SKILLS;
import static nl.competentiekompas.core.catalog.Catalogs.MOTIVATING;
import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.Topic;
import nl.competentiekompas.core.organisation.PersonId;
import org.junit.jupiter.api.Test;

/** The worked examples of the sources, on the bundled catalog. */
class BuiltInCatalogExamplesTests {

    private static final Catalog CATALOG = Catalogs.builtIn();
    private static final RoleProfile CISO_HEALTHCARE = CATALOG.requireProfile(Catalogs.CISO_HEALTHCARE);
    private static final PersonId CISO = PersonId.of("p-ciso");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void theHealthcareCisoHasSevenCompetenciesAndThreeToStartWith() {
        assertThat(CISO_HEALTHCARE.competencyTargets()).hasSize(7);
        assertThat(CISO_HEALTHCARE.startHere()).containsExactlyInAnyOrder(RISK_MANAGEMENT, ADVISORY_SKILLS, MOTIVATING);
    }

    @Test
    void aSideJobCisoWithGapsEverywhereStartsWithRiskManagementAdvisorySkillsAndMotivating() {
        // The start-here competencies have the smaller gaps here, so only the side-job rule puts them first.
        Assessment.Builder board = Assessment.builder(CISO_HEALTHCARE, CISO, PersonId.of("p-board"),
                Perspective.BOARD, DAY);
        Assessment.Builder self = Assessment.builder(CISO_HEALTHCARE, CISO, CISO, Perspective.SELF, DAY);
        for (CompetencyTarget t : CISO_HEALTHCARE.competencyTargets()) {
            board.score(t.competency(), t.startHere() ? t.target() - 1 : 1);
            self.score(t.competency(), 3);
        }
        MultiRaterView view = MultiRaterView.of(CISO_HEALTHCARE, CISO, List.of(board.build(), self.build()));

        GapAnalysis sideJob = GapAnalysis.of(CISO_HEALTHCARE, view, true);
        assertThat(sideJob.gaps()).hasSize(7);
        assertThat(sideJob.gaps().subList(0, 3)).extracting(GapAnalysis.Gap::competency)
                .containsExactlyInAnyOrder(RISK_MANAGEMENT, ADVISORY_SKILLS, MOTIVATING);
        GapAnalysis fullTime = GapAnalysis.of(CISO_HEALTHCARE, view, false);
        assertThat(fullTime.gaps().subList(4, 7)).extracting(GapAnalysis.Gap::competency)
                .containsExactlyInAnyOrder(RISK_MANAGEMENT, ADVISORY_SKILLS, MOTIVATING);

        DevelopmentPlan plan = DevelopmentPlan.proposeFrom(sideJob, Catalogs.builtIn(), DAY, DAY.plusYears(1), Language.NL);
        assertThat(plan.goals()).hasSize(5);
        assertThat(plan.goals().subList(0, 3)).extracting(g -> ((GoalFocus.OnCompetency) g.focus()).competency())
                .containsExactlyInAnyOrder(RISK_MANAGEMENT, ADVISORY_SKILLS, MOTIVATING);
    }

    @Test
    void anIsoGrowingIntoAMunicipalCisoTakesOnTheStrategicResponsibilitiesAsNewTopicsOrLevelShifts() {
        RoleProfile iso = CATALOG.requireProfile(Catalogs.ISO);
        RoleProfile ciso = CATALOG.requireProfile(Catalogs.CISO_MUNICIPALITY);
        ProfileComparison growth = ProfileComparison.of(iso, ciso);

        Set<Topic> isoTopics = iso.responsibilities().stream().map(Responsibility::topic).collect(Collectors.toSet());
        assertThat(growth.addedTopics()).isNotEmpty().doesNotContainAnyElementsOf(isoTopics);
        assertThat(growth.addedTopics()).contains(Topic.REPORTING, Topic.ISMS);

        Set<ResponsibilityId> covered = new java.util.HashSet<>();
        growth.added().forEach(r -> covered.add(r.id()));
        growth.levelShifts().forEach(s -> covered.add(s.responsibility()));
        List<ResponsibilityId> strategic = ciso.responsibilities(Level.STRATEGIC).stream().map(Responsibility::id).toList();
        assertThat(strategic).isNotEmpty();
        assertThat(covered).containsAll(strategic);
        // the policy counterpart is a level shift, not a new item
        assertThat(growth.levelShifts()).anySatisfy(s -> {
            assertThat(s.topic()).isEqualTo(Topic.POLICY);
            assertThat(s.toLevel()).isEqualTo(Level.STRATEGIC);
        });
        assertThat(growth.added()).noneMatch(r -> r.topic() == Topic.POLICY);
        assertThat(growth.competencyRises()).isNotEmpty();
        assertThat(growth.requirementsToAdd()).isNotEmpty();

        assertThat(ProfileComparison.of(ciso, ciso).isEmpty()).isTrue();
    }

    @Test
    void aCandidateWithCismIsPreferredToOneWithCissp() {
        Map<String, Integer> years = Map.of("security-practice", 6, "behaviour-change", 2, "security-projects", 3);
        Candidate cissp = new Candidate(PersonId.of("c-1"), Set.of("wo"),
                List.of(new Certification("cissp", DAY.minusYears(2), Optional.empty())),
                Set.of("nen-7510", "nis2-cbw", "avg-gdpr", "technology"), years);
        Candidate cism = new Candidate(PersonId.of("c-2"), Set.of("hbo"),
                List.of(new Certification("cism", DAY.minusYears(2), Optional.of(DAY.plusYears(1)))),
                Set.of("nen-7510", "nis2-cbw", "avg-gdpr", "technology"), years);
        Candidate lapsed = new Candidate(PersonId.of("c-0"), Set.of("hbo"),
                List.of(new Certification("cism", DAY.minusYears(5), Optional.of(DAY.minusDays(1)))),
                Set.of("nen-7510", "nis2-cbw", "avg-gdpr", "technology"), years);
        List<CandidateFit> ranked = CandidateFit.rank(CISO_HEALTHCARE, new ArrayList<>(List.of(cissp, lapsed, cism)),
                DAY);
        assertThat(ranked).extracting(f -> f.candidate().value()).containsExactly("c-2", "c-1", "c-0");
        assertThat(ranked.get(0).verdict()).isEqualTo(CandidateFit.Verdict.MEETS_ALL);
        assertThat(ranked.get(2).expiredCertifications()).containsExactly("cism");
        assertThat(ranked.get(2).requiredUnmet()).containsExactly(RequirementId.of("hc-certification"));
    }

    @Test
    void everyCompetencyOfTheFormCanBeScoredOnTheProfileScale() {
        Assessment.Builder b = Assessment.builder(CISO_HEALTHCARE, CISO, CISO, Perspective.SELF, DAY);
        for (CompetencyId c : CISO_HEALTHCARE.reflectionForm().competencies()) {
            b.score(c, CISO_HEALTHCARE.scale().max());
        }
        CISO_HEALTHCARE.reflectionQuestions().forEach(q -> b.answer(q.id(), "antwoord"));
        Assessment a = b.build();
        assertThat(a.entries()).allMatch(CompetencyEntry::assessed);
        assertThat(a.answers()).hasSize(CISO_HEALTHCARE.reflectionQuestions().size());
    }
}
