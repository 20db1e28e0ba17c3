package nl.competentiekompas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GapAnalysis;
import nl.competentiekompas.core.assessment.GoalFocus;
import nl.competentiekompas.core.assessment.GoalStatus;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.assessment.Progress;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * Assessments of one CISO on the sample catalog: a review last year (self and manager) and this year's
 * 360-degree review (self, board, manager, HR and three peers), with a plan for each period. Every free text
 * passes through a function, so that a test can make it hostile.
 */
final class SampleAssessments {

    static final PersonId SUBJECT = PersonId.of("p-ciso-01");
    static final LocalDate LAST_YEAR = LocalDate.of(2025, 11, 12);
    static final LocalDate THIS_YEAR = LocalDate.of(2026, 11, 10);

    final Catalog catalog;
    final RoleProfile profile;
    final List<Assessment> previous = new ArrayList<>();
    final List<Assessment> current = new ArrayList<>();
    final DevelopmentPlan lastPlan;
    final DevelopmentPlan plan;

    private SampleAssessments(Catalog catalog, UnaryOperator<String> text) {
        this.catalog = catalog;
        this.profile = catalog.requireProfile(SampleCatalog.CISO);
        previous.add(assess("p-ciso-01", Perspective.SELF, LAST_YEAR, text, 3, 3, 2, 3));
        previous.add(assess("p-manager-01", Perspective.MANAGER, LAST_YEAR, text, 3, 2, 2, 3));
        current.add(assess("p-ciso-01", Perspective.SELF, THIS_YEAR, text, 4, 4, 2, 4));
        current.add(assess("p-board-01", Perspective.BOARD, THIS_YEAR, text, 3, 4, 3, 4));
        current.add(assess("p-manager-01", Perspective.MANAGER, THIS_YEAR, text, 3, 3, 3, 4));
        current.add(assess("p-hr-01", Perspective.HR, THIS_YEAR, text, 3, 4, 4, 4));
        current.add(assess("p-peer-01", Perspective.PEER, THIS_YEAR, text, 2, 4, 4, 3));
        current.add(assess("p-peer-02", Perspective.PEER, THIS_YEAR, text, 3, 5, 4, 4));
        current.add(assess("p-peer-03", Perspective.PEER, THIS_YEAR, text, 3, 4, 3, 5));
        lastPlan = new DevelopmentPlan(SUBJECT, SampleCatalog.CISO, LAST_YEAR.plusDays(7), List.of(
                new DevelopmentPlan.Goal(new GoalFocus.OnCompetency(SampleCatalog.RISK),
                        text.apply("Risicoanalyse met de procesvoerders oefenen"), LAST_YEAR.plusMonths(6),
                        GoalStatus.DONE),
                new DevelopmentPlan.Goal(new GoalFocus.OnCompetency(SampleCatalog.STRATEGY),
                        text.apply("Meelopen met het bestuur"), LAST_YEAR.plusMonths(9), GoalStatus.ACTIVE)));
        plan = new DevelopmentPlan(SUBJECT, SampleCatalog.CISO, THIS_YEAR.plusDays(5), List.of(
                new DevelopmentPlan.Goal(new GoalFocus.OnCompetency(SampleCatalog.STRATEGY),
                        text.apply("Een meerjarenvisie opstellen met het bestuur"), THIS_YEAR.plusMonths(6),
                        GoalStatus.ACTIVE),
                new DevelopmentPlan.Goal(new GoalFocus.OnDomain(TaskDomain.REPORTING),
                        text.apply("Kwartaalrapportage vernieuwen"), THIS_YEAR.plusMonths(3), GoalStatus.DRAFT)));
    }

    static SampleAssessments create() {
        return new SampleAssessments(SampleCatalog.create(), UnaryOperator.identity());
    }

    static SampleAssessments create(Catalog catalog, UnaryOperator<String> text) {
        return new SampleAssessments(catalog, text);
    }

    private Assessment assess(String rater, Perspective perspective, LocalDate date, UnaryOperator<String> text,
            int advice, int risk, int strategy, int motivating) {
        Assessment.Builder b = Assessment.builder(profile, SUBJECT, PersonId.of(rater), perspective, date);
        int[] scores = {advice, risk, strategy, motivating};
        List<CompetencyId> ids = List.of(SampleCatalog.ADVICE, SampleCatalog.RISK, SampleCatalog.STRATEGY,
                SampleCatalog.MOTIVATING);
        for (int i = 0; i < ids.size(); i++) {
            b.score(ids.get(i), scores[i]);
            b.reflection(ids.get(i), text.apply("Reflectie " + (i + 1) + " van " + rater));
            b.action(ids.get(i), text.apply("Actie " + (i + 1)));
        }
        b.answer(QuestionId.of("ciso-q-reporting"), text.apply("De kwartaalrapportage helpt."));
        b.answer(QuestionId.of("ciso-q-advice"), text.apply("Meestal wel."));
        b.developmentGoal(text.apply("Strategisch inzicht verdiepen"));
        return b.build();
    }

    MultiRaterView view() {
        return MultiRaterView.of(profile, SUBJECT, current);
    }

    Report development() {
        MultiRaterView view = view();
        List<Assessment> all = new ArrayList<>(previous);
        all.addAll(current);
        Progress progress = Progress.of(profile, SUBJECT, all, List.of(lastPlan, plan));
        return Reports.personalDevelopment(catalog, view, GapAnalysis.of(profile, view, true),
                Optional.of(progress), Optional.of(plan));
    }

    /**
     * The view of the ISO, self and manager, on the ISO profile.
     *
     * @return the view
     */
    MultiRaterView isoView() {
        RoleProfile iso = catalog.requireProfile(SampleCatalog.ISO);
        PersonId person = PersonId.of("p-iso-01");
        Assessment self = Assessment.builder(iso, person, person, Perspective.SELF, THIS_YEAR)
                .score(SampleCatalog.ADVICE, 3).score(SampleCatalog.RISK, 2).build();
        Assessment manager = Assessment.builder(iso, person, PersonId.of("p-ciso-01"), Perspective.MANAGER, THIS_YEAR)
                .score(SampleCatalog.ADVICE, 4).notAssessed(SampleCatalog.RISK).build();
        return MultiRaterView.of(iso, person, List.of(self, manager));
    }

    Report filledForm() {
        return Reports.reflectionForm(catalog, current.get(0));
    }
}
