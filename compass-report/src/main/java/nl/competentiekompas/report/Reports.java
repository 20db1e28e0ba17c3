package nl.competentiekompas.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GapAnalysis;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.assessment.ProfileComparison;
import nl.competentiekompas.core.assessment.Progress;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.report.internal.AllocationReport;
import nl.competentiekompas.report.internal.BoardReport;
import nl.competentiekompas.report.internal.Development;
import nl.competentiekompas.report.internal.DocReport;
import nl.competentiekompas.report.internal.Pathway;
import nl.competentiekompas.report.internal.ProfileSheet;
import nl.competentiekompas.report.internal.ReflectionFormReport;

/**
 * The reports compass-report offers, as static factories.
 *
 * <p>Each factory captures its subject and returns a {@link Report} to render in any format and language.
 * Reports that show a catalog carry its attributions. Thread-safe.
 *
 * @since 0.1
 */
public final class Reports {

    private Reports() {
    }

    /**
     * The profile sheet of a role profile: its tasks by task domain and level, its competencies with their
     * targets (as a table and a radar chart), its knowledge and experience requirements (required or
     * preferred), its place in the organisation and its sources.
     *
     * @param catalog the catalog; not null
     * @param profile the profile's id; not null
     * @return the report, with id {@code profile-sheet}; never null
     * @throws UnknownIdException if the catalog has no such profile
     */
    public static Report profileSheet(Catalog catalog, RoleId profile) {
        Objects.requireNonNull(catalog, "catalog");
        RoleProfile found = catalog.requireProfile(Objects.requireNonNull(profile, "profile"));
        return new DocReport(ProfileSheet.ID, context -> ProfileSheet.build(catalog, found, context));
    }

    /**
     * A blank reflection form of a role profile for one perspective, to print on A4 and fill in by hand: the
     * profile's reflection questions worded for that perspective, per competency on the form a score, a
     * reflection and a goal or action with ruled space, and the development-goal slots (five by default).
     *
     * @param catalog the catalog; not null
     * @param profile the profile's id; not null
     * @param perspective whose view the questions are worded for; not null
     * @return the report, with id {@code reflection-form}; never null
     * @throws UnknownIdException if the catalog has no such profile
     */
    public static Report reflectionForm(Catalog catalog, RoleId profile, Perspective perspective) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(perspective, "perspective");
        RoleProfile found = catalog.requireProfile(Objects.requireNonNull(profile, "profile"));
        return new DocReport(ReflectionFormReport.ID,
                context -> ReflectionFormReport.build(catalog, found, perspective, Optional.empty(), context));
    }

    /**
     * The pathway from one role to another: what a person in role {@code from} must add to grow into role
     * {@code to}, after {@link ProfileComparison#of}: the new topics and their tasks, the tasks on shared topics
     * at a higher level, the competency targets that rise (as a table and a radar of both profiles' targets)
     * and the requirements to add.
     *
     * @param catalog the catalog; not null
     * @param from the profile grown from; not null
     * @param to the profile grown into; not null
     * @return the report, with id {@code pathway}; never null
     * @throws UnknownIdException if the catalog lacks either profile
     */
    public static Report pathway(Catalog catalog, RoleId from, RoleId to) {
        Objects.requireNonNull(catalog, "catalog");
        RoleProfile a = catalog.requireProfile(Objects.requireNonNull(from, "from"));
        RoleProfile b = catalog.requireProfile(Objects.requireNonNull(to, "to"));
        ProfileComparison comparison = ProfileComparison.of(a, b);
        return new DocReport(Pathway.ID, context -> Pathway.build(catalog, a, b, comparison, context));
    }

    /**
     * A reflection form filled from an assessment: the questions of the assessment's perspective with their
     * answers, per competency the score, reflection and goal or action, and the development goals. The subject
     * and rater are shown by pseudonymous id unless the context's resolver names them.
     *
     * @param catalog the catalog holding the assessment's profile; not null
     * @param assessment the assessment; not null
     * @return the report, with id {@code reflection-form}; never null
     * @throws UnknownIdException if the catalog lacks the assessment's profile
     */
    public static Report reflectionForm(Catalog catalog, Assessment assessment) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(assessment, "assessment");
        RoleProfile found = catalog.requireProfile(assessment.profile());
        return new DocReport(ReflectionFormReport.ID, context -> ReflectionFormReport.build(catalog, found,
                assessment.perspective(), Optional.of(ReflectionFormReport.answers(assessment, context)), context));
    }

    /**
     * The personal development report of one person against one profile: a radar chart per competency of the
     * self score, the others' median and the target, with the numbers per perspective in a table; the gap
     * table; blind spots and hidden strengths; progress since the previous review; and the development plan.
     * Peer scores appear only as the view shows them (an aggregate of at least its minimum of raters); free-text
     * reflections never appear. The person is shown by id unless the context's resolver names them.
     *
     * @param catalog the catalog holding the profile; not null
     * @param view the multi-rater view of the latest review; not null
     * @param gaps the gap analysis of that view; not null
     * @param progress the person's progress over the reviews, if there is history; not null
     * @param plan the development plan for the coming period, if any; not null
     * @return the report, with id {@code personal-development}; never null
     * @throws UnknownIdException if the catalog lacks the profile
     * @throws InvalidValueException if the parts are about different people or profiles
     */
    public static Report personalDevelopment(Catalog catalog, MultiRaterView view, GapAnalysis gaps,
            Optional<Progress> progress, Optional<DevelopmentPlan> plan) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(plan, "plan");
        RoleProfile profile = catalog.requireProfile(view.profile());
        boolean same = gaps.subject().equals(view.subject()) && gaps.profile().equals(view.profile())
                && progress.map(p -> p.subject().equals(view.subject()) && p.profile().equals(view.profile()))
                        .orElse(true)
                && plan.map(p -> p.subject().equals(view.subject()) && p.profile().equals(view.profile()))
                        .orElse(true);
        if (!same) {
            throw new InvalidValueException("Reports", "personalDevelopment",
                    "view, gaps, progress and plan must be about the same person and profile");
        }
        return new DocReport(Development.ID,
                context -> Development.build(catalog, profile, view, gaps, progress, plan, context));
    }

    /**
     * The organisation allocation report: the appointments; the RACI matrix (one row per responsibility and
     * scope, one column per person); the findings grouped by severity with their sources, accepted risks shown
     * as accepted with their expiry (or as expired on the report's date); and each person's assigned effort
     * against his or her FTE as bars, with the CISO's share of ISO work highlighted. People are shown by id
     * unless the context's resolver names them; finding messages name ids only.
     *
     * @param catalog the catalog the allocation refers to; not null
     * @param organisation the organisation; not null
     * @param allocation the assignments; not null
     * @param evaluation the findings for the organisation and allocation, for instance from
     *     {@code Rules.evaluate}; not null
     * @return the report, with id {@code organisation-allocation}; never null
     */
    public static Report allocation(Catalog catalog, Organisation organisation, Allocation allocation,
            Evaluation evaluation) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(evaluation, "evaluation");
        return new DocReport(AllocationReport.ID,
                context -> AllocationReport.build(catalog, organisation, allocation, evaluation, context));
    }

    /**
     * The board report, one or two pages: whether a CISO is appointed and placed correctly (no open
     * {@code ciso-independent} finding), ISO coverage per unit that needs one, the top five open findings with
     * their sources, and a heatmap of the assessed level (others' median, else the own score) per competency
     * across the assessed people. People always appear by pseudonymous id, whatever resolver the context holds;
     * no free text (reflections, reasons for accepting a risk) appears.
     *
     * @param catalog the catalog; not null
     * @param organisation the organisation; not null
     * @param evaluation the findings for the organisation; not null
     * @param views the multi-rater views of the assessed people, possibly empty; not null
     * @return the report, with id {@code board}; never null
     * @throws UnknownIdException if a view's profile is not in the catalog
     */
    public static Report board(Catalog catalog, Organisation organisation, Evaluation evaluation,
            List<MultiRaterView> views) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(evaluation, "evaluation");
        List<MultiRaterView> copy = List.copyOf(Objects.requireNonNull(views, "views"));
        copy.forEach(v -> catalog.requireProfile(v.profile()));
        return new DocReport(BoardReport.ID,
                context -> BoardReport.build(catalog, organisation, evaluation, copy, context));
    }
}
