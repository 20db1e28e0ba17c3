package nl.competentiekompas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.CandidateFit;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GapAnalysis;
import nl.competentiekompas.core.assessment.GoalFocus;
import nl.competentiekompas.core.assessment.GoalStatus;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.assessment.HalfScore;
import nl.competentiekompas.core.assessment.PersonalData;
import nl.competentiekompas.core.assessment.Progress;
import nl.competentiekompas.core.assessment.ProfileComparison;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementOption;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.catalog.Topic;
import nl.competentiekompas.core.organisation.PersonId;

/** Laws of the assessment model, over generated profiles, assessments, plans and candidates. */
class AssessmentProperties {

    private static final PersonId SUBJECT = PersonId.of("subject-1");
    private static final LocalDate DAY = AssessmentArbitraries.REFERENCE_DATE;

    record Round(RoleProfile profile, List<Assessment> assessments) {
    }

    @Provide
    Arbitrary<Round> rounds() {
        return AssessmentArbitraries.profiles().flatMap(p -> AssessmentArbitraries.assessmentRounds(p, SUBJECT)
                .map(a -> new Round(p, a)));
    }

    @Provide
    Arbitrary<RoleProfile> profiles() {
        return AssessmentArbitraries.profiles();
    }

    @Property(tries = 200)
    void aPersonWhoMeetsEveryTargetHasAnEmptyGapAnalysis(@ForAll("profiles") RoleProfile profile,
            @ForAll @IntRange(min = 0, max = 3) int above, @ForAll boolean sideJob) {
        Assessment.Builder board = Assessment.builder(profile, SUBJECT, PersonId.of("board-1"), Perspective.BOARD, DAY);
        for (CompetencyTarget t : profile.competencyTargets()) {
            board.score(t.competency(), Math.min(profile.scale().max(), t.target() + above));
        }
        MultiRaterView view = MultiRaterView.of(profile, SUBJECT, List.of(board.build()));
        assertThat(GapAnalysis.of(profile, view, sideJob).isEmpty()).isTrue();
    }

    @Property(tries = 200)
    void gapsAreBelowTargetAndStartHereComesFirstInASideJob(@ForAll("rounds") Round round) {
        MultiRaterView view = MultiRaterView.of(round.profile(), SUBJECT, round.assessments());
        GapAnalysis analysis = GapAnalysis.of(round.profile(), view, true);
        List<Boolean> startHere = analysis.gaps().stream().map(GapAnalysis.Gap::startHere).toList();
        assertThat(startHere).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        assertThat(analysis.gaps()).allMatch(g -> g.gap().isPositive());
        assertThat(analysis.gaps().size() + analysis.notAssessed().size())
                .isLessThanOrEqualTo(round.profile().competencyTargets().size());
    }

    @Property(tries = 200)
    void theSelfAssessmentNeverChangesTheOthersAggregates(@ForAll("rounds") Round round) {
        List<Assessment> others = round.assessments().stream().filter(a -> a.perspective() != Perspective.SELF).toList();
        MultiRaterView withSelf = MultiRaterView.of(round.profile(), SUBJECT, round.assessments());
        MultiRaterView without = MultiRaterView.of(round.profile(), SUBJECT, others);
        for (int i = 0; i < withSelf.rows().size(); i++) {
            MultiRaterView.Row a = withSelf.rows().get(i);
            MultiRaterView.Row b = without.rows().get(i);
            assertThat(a.others()).isEqualTo(b.others());
            assertThat(a.othersMedian()).isEqualTo(b.othersMedian());
            assertThat(a.tooFewPeerRatings()).isEqualTo(b.tooFewPeerRatings());
            assertThat(b.self()).isEmpty();
        }
        assertThat(withSelf.conflicts().stream().filter(c -> c.perspective() != Perspective.SELF).toList())
                .isEqualTo(without.conflicts());
    }

    @Property(tries = 200)
    void fewerThanTheMinimumPeersNeverRevealsAPeerScore(@ForAll("rounds") Round round,
            @ForAll @IntRange(min = 1, max = 5) int minimum) {
        List<Assessment> withoutPeers = round.assessments().stream()
                .filter(a -> a.perspective() != Perspective.PEER).toList();
        MultiRaterView view = MultiRaterView.of(round.profile(), SUBJECT, round.assessments(),
                MultiRaterView.Settings.defaults().withMinimumPeers(minimum));
        MultiRaterView noPeers = MultiRaterView.of(round.profile(), SUBJECT, withoutPeers);
        for (int i = 0; i < view.rows().size(); i++) {
            MultiRaterView.Row row = view.rows().get(i);
            row.others(Perspective.PEER).ifPresent(s -> assertThat(s.count()).isGreaterThanOrEqualTo(minimum));
            if (row.others(Perspective.PEER).isEmpty()) {
                // withheld peers leave no trace in any figure
                assertThat(row.others()).isEqualTo(noPeers.rows().get(i).others());
                assertThat(row.othersMedian()).isEqualTo(noPeers.rows().get(i).othersMedian());
                assertThat(row.signal()).isEqualTo(noPeers.rows().get(i).signal());
            }
        }
    }

    @Property(tries = 200)
    void theViewDoesNotDependOnInputOrder(@ForAll("rounds") Round round) {
        List<Assessment> reversed = new ArrayList<>(round.assessments());
        Collections.reverse(reversed);
        assertThat(MultiRaterView.of(round.profile(), SUBJECT, reversed))
                .isEqualTo(MultiRaterView.of(round.profile(), SUBJECT, round.assessments()));
    }

    @Property(tries = 200)
    void aPlanNeverHoldsMoreThanFiveGoals(@ForAll("rounds") Round round, @ForAll boolean sideJob) {
        GapAnalysis gaps = GapAnalysis.of(round.profile(),
                MultiRaterView.of(round.profile(), SUBJECT, round.assessments()), sideJob);
        DevelopmentPlan plan = DevelopmentPlan.proposeFrom(gaps, nl.competentiekompas.core.catalog.Catalogs.builtIn(), DAY, DAY.plusYears(1), Language.EN);
        assertThat(plan.goals()).hasSizeLessThanOrEqualTo(5).hasSize(Math.min(5, gaps.gaps().size()));
        DevelopmentPlan.Goal extra = new DevelopmentPlan.Goal(GoalFocus.domain(TaskDomain.REPORTING), "x",
                DAY, GoalStatus.DRAFT);
        DevelopmentPlan grown = plan;
        while (grown.goals().size() < 5) {
            grown = grown.withGoalAdded(extra);
        }
        DevelopmentPlan full = grown;
        assertThatThrownBy(() -> full.withGoalAdded(extra)).isInstanceOf(InvalidValueException.class);
    }

    @Property(tries = 300)
    void aProfileComparedWithItselfIsEmpty(@ForAll("profiles") RoleProfile profile) {
        assertThat(ProfileComparison.of(profile, profile).isEmpty()).isTrue();
    }

    @Property(tries = 300)
    void additionsAreExactlyTheTopicsAndItemsTheFirstProfileLacks(@ForAll("profiles") RoleProfile a,
            @ForAll("profiles") RoleProfile b) {
        ProfileComparison c = ProfileComparison.of(a, b);
        Set<Topic> topicsA = a.responsibilities().stream().map(Responsibility::topic).collect(Collectors.toSet());
        Set<Topic> expected = EnumSet.noneOf(Topic.class);
        b.responsibilities().stream().map(Responsibility::topic).filter(t -> !topicsA.contains(t)).forEach(expected::add);
        assertThat(c.addedTopics()).isEqualTo(expected);
        assertThat(c.added()).isEqualTo(b.responsibilities().stream().filter(r -> !topicsA.contains(r.topic())).toList());
        assertThat(c.levelShifts()).allMatch(s -> topicsA.contains(s.topic()));
        for (ProfileComparison.CompetencyRise rise : c.competencyRises()) {
            assertThat(b.target(rise.competency())).hasValue(rise.toTarget());
        }
        List<CompetencyId> risen = c.competencyRises().stream().map(ProfileComparison.CompetencyRise::competency).toList();
        for (CompetencyTarget t : b.competencyTargets()) {
            boolean rises = a.target(t.competency()).orElse(Integer.MIN_VALUE) < t.target();
            assertThat(risen.contains(t.competency())).isEqualTo(rises);
        }
        assertThat(b.requirements()).containsAll(c.requirementsToAdd());
    }

    @Property(tries = 200)
    void candidateRankingIsATotalOrderIndependentOfInputOrder(@ForAll("profiles") RoleProfile profile,
            @ForAll("shuffledCandidates") List<List<Candidate>> inTwoOrders) {
        List<CandidateFit> first = CandidateFit.rank(profile, inTwoOrders.get(0), DAY);
        List<CandidateFit> second = CandidateFit.rank(profile, inTwoOrders.get(1), DAY);
        assertThat(first).isEqualTo(second);
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < first.size(); j++) {
                int c = CandidateFit.ranking().compare(first.get(i), first.get(j));
                assertThat(Integer.signum(c)).isEqualTo(Integer.signum(Integer.compare(i, j)));
            }
        }
    }

    @Provide
    Arbitrary<List<List<Candidate>>> shuffledCandidates() {
        return AssessmentArbitraries.candidateLists()
                .flatMap(list -> Arbitraries.shuffle(list).map(shuffled -> List.of(list, shuffled)));
    }

    @Property(tries = 200)
    void candidateFitRespectsAlternativesAndExpiry(@ForAll("profiles") RoleProfile profile,
            @ForAll("candidates") Candidate candidate) {
        CandidateFit fit = CandidateFit.of(profile, candidate, DAY);
        assertThat(fit.results()).hasSameSizeAs(profile.requirements());
        for (int i = 0; i < fit.results().size(); i++) {
            CandidateFit.Result result = fit.results().get(i);
            Requirement requirement = profile.requirements().get(i);
            List<String> held = requirement.options().stream().map(RequirementOption::code)
                    .filter(code -> holds(candidate, requirement, code)).toList();
            assertThat(result.met()).isEqualTo(!held.isEmpty());
            result.metBy().ifPresent(code -> assertThat(held).contains(code));
            requirement.preferredOption().filter(o -> held.contains(o.code()))
                    .ifPresent(o -> assertThat(result.metBy()).contains(o.code()));
        }
        assertThat(fit.verdict() == CandidateFit.Verdict.DOES_NOT_MEET).isEqualTo(!fit.requiredUnmet().isEmpty());
        assertThat(fit.expiredCertifications()).allMatch(code -> candidate.certifications().stream()
                .anyMatch(c -> c.code().equals(code) && c.expiredOn(DAY))
                && candidate.certifications().stream().noneMatch(c -> c.code().equals(code) && c.validOn(DAY)));
    }

    private static boolean holds(Candidate candidate, Requirement requirement, String code) {
        return switch (requirement.kind()) {
            case EDUCATION -> candidate.education().contains(code);
            case KNOWLEDGE -> candidate.knowledge().contains(code);
            case CERTIFICATION -> candidate.certifications().stream().anyMatch(c -> c.code().equals(code) && c.validOn(DAY));
            case EXPERIENCE -> candidate.experienceYears().getOrDefault(code, 0) >= requirement.minimumYears().orElse(1);
        };
    }

    @Provide
    Arbitrary<Candidate> candidates() {
        return AssessmentArbitraries.candidates();
    }

    @Property(tries = 150)
    void afterErasureNoValueMentionsTheErasedId(@ForAll("personalData") PersonalData data,
            @ForAll("erased") PersonId erased) {
        PersonalData after = data.erase(erased);
        assertThat(after.persons()).doesNotContain(erased);
        assertThat(after.assessments()).noneMatch(a -> a.mentions(erased));
        assertThat(after.plans()).noneMatch(p -> p.subject().equals(erased));
        assertThat(after.candidates()).noneMatch(c -> c.id().equals(erased));
        assertThat(after.about(erased).isEmpty()).isTrue();
        // nothing about anyone else is lost but the assessments the erased person gave or received
        for (PersonId other : after.persons()) {
            assertThat(after.about(other).plans()).isEqualTo(data.about(other).plans());
            assertThat(after.about(other).candidateRecords()).isEqualTo(data.about(other).candidateRecords());
        }
        PersonalData.SubjectAccess export = data.about(erased);
        assertThat(export.received().size() + export.given().size())
                .isEqualTo(data.assessments().size() - after.assessments().size());
    }

    @Provide
    Arbitrary<PersonId> erased() {
        return Arbitraries.of(SUBJECT, PersonId.of("board-1"), PersonId.of("peer-2"), PersonId.of("p-3"));
    }

    @Provide
    Arbitrary<PersonalData> personalData() {
        Arbitrary<RoleProfile> profile = AssessmentArbitraries.profiles();
        return profile.flatMap(p -> Combinators.combine(
                AssessmentArbitraries.assessmentRounds(p, SUBJECT),
                AssessmentArbitraries.assessmentRounds(p, PersonId.of("p-3")),
                AssessmentArbitraries.developmentPlans(p, SUBJECT).list().ofMaxSize(2),
                AssessmentArbitraries.candidateLists())
                .as((a1, a2, plans, candidates) -> {
                    List<Assessment> all = new ArrayList<>(a1);
                    all.addAll(a2);
                    return PersonalData.of(all, plans, candidates);
                }));
    }

    @Property(tries = 150)
    void progressComparesEachReviewWithTheOneBefore(@ForAll("rounds") Round round) {
        Progress progress = Progress.of(round.profile(), SUBJECT, round.assessments(), List.of());
        long dates = round.assessments().stream().map(Assessment::date).distinct().count();
        assertThat(progress.reviews()).hasSize((int) dates);
        assertThat(progress.steps()).hasSize(Math.max(0, (int) dates - 1));
        for (int i = 0; i < progress.steps().size(); i++) {
            Progress.Review before = progress.reviews().get(i);
            Progress.Review after = progress.reviews().get(i + 1);
            for (Progress.Change change : progress.steps().get(i).changes()) {
                assertThat(change.before()).isEqualTo(Optional.ofNullable(before.levels().get(change.competency())));
                assertThat(change.after()).isEqualTo(Optional.ofNullable(after.levels().get(change.competency())));
                change.delta().ifPresent(d -> assertThat(change.before().get().halves() + d.halves())
                        .isEqualTo(change.after().get().halves()));
            }
        }
        // a review's levels are those of a view on that date's assessments alone
        for (Progress.Review review : progress.reviews()) {
            List<Assessment> onDate = round.assessments().stream().filter(a -> a.date().equals(review.date())).toList();
            MultiRaterView view = MultiRaterView.of(round.profile(), SUBJECT, onDate);
            for (MultiRaterView.Row row : view.rows()) {
                Optional<HalfScore> expected = row.othersMedian().isPresent() ? row.othersMedian()
                        : row.self().isPresent() ? Optional.of(HalfScore.of(row.self().getAsInt())) : Optional.empty();
                assertThat(Optional.ofNullable(review.levels().get(row.competency()))).isEqualTo(expected);
            }
        }
    }

    @Property(tries = 100)
    void generatedPlansKeepTheirInvariants(@ForAll("plans") DevelopmentPlan plan) {
        assertThat(plan.goals()).hasSizeLessThanOrEqualTo(5).allMatch(g -> !g.due().isBefore(plan.date()));
        assertThat(new DevelopmentPlan(plan.subject(), plan.profile(), plan.date(), plan.goals())).isEqualTo(plan)
                .hasSameHashCodeAs(plan);
    }

    @Provide
    Arbitrary<DevelopmentPlan> plans() {
        return AssessmentArbitraries.profiles().flatMap(p -> AssessmentArbitraries.developmentPlans(p, SUBJECT));
    }
}
