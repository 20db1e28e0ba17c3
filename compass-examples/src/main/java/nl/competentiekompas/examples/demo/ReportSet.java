package nl.competentiekompas.examples.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GapAnalysis;
import nl.competentiekompas.core.assessment.GoalStatus;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.assessment.Progress;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CompassJson;
import nl.competentiekompas.report.Report;
import nl.competentiekompas.report.Reports;

/** What the demo and the {@code report} command share: assembling the inputs of the reports, writing files. */
public final class ReportSet {

    private ReportSet() {
    }

    /**
     * Writes bytes to a file crash-safely.
     *
     * @param file the file
     * @param bytes the content
     */
    public static void write(Path file, byte[] bytes) {
        CompassJson.writeTo(file, out -> {
            try {
                out.write(bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * The personal development report of one person: the view and gaps of the latest review, the progress
     * over all reviews (with the plan proposed at the first review, its first goal done), and a plan proposed
     * for the coming year.
     *
     * @param catalog the catalog
     * @param profile the profile
     * @param subject the person
     * @param assessments the person's assessments against the profile
     * @param sideJob whether the role is held as a side job
     * @param language the language of the proposed goals
     * @return the report
     */
    public static Report development(Catalog catalog, RoleProfile profile, PersonId subject,
            Collection<Assessment> assessments, boolean sideJob, Language language) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        assessments.forEach(a -> dates.add(a.date()));
        LocalDate latest = dates.last();
        MultiRaterView view = MultiRaterView.of(profile, subject, assessments);
        GapAnalysis gaps = GapAnalysis.of(profile, view, sideJob);
        DevelopmentPlan next = DevelopmentPlan.proposeFrom(gaps, catalog, latest, latest.plusYears(1), language);
        List<DevelopmentPlan> earlier = new ArrayList<>();
        if (dates.size() > 1) {
            LocalDate first = dates.first();
            List<Assessment> atFirst = assessments.stream().filter(a -> a.date().equals(first)).toList();
            MultiRaterView then = MultiRaterView.of(profile, subject, atFirst);
            DevelopmentPlan plan = DevelopmentPlan.proposeFrom(GapAnalysis.of(profile, then, sideJob), catalog, first,
                    latest, language);
            if (!plan.goals().isEmpty()) {
                plan = plan.withGoal(0, plan.goals().get(0).withStatus(GoalStatus.DONE));
            }
            earlier.add(plan);
        }
        Optional<Progress> progress = dates.size() > 1
                ? Optional.of(Progress.of(profile, subject, assessments, earlier))
                : Optional.empty();
        return Reports.personalDevelopment(catalog, view, gaps, progress, Optional.of(next));
    }

    /**
     * The multi-rater views of the people of an organisation who were assessed against the profile of one of
     * their appointments, in person order.
     *
     * @param catalog the catalog
     * @param organisation the organisation
     * @param assessments assessments of anyone
     * @return the views
     */
    public static List<MultiRaterView> views(Catalog catalog, Organisation organisation,
            Collection<Assessment> assessments) {
        List<MultiRaterView> views = new ArrayList<>();
        for (PersonId person : organisation.people()) {
            for (Appointment appointment : organisation.appointmentsOf(person)) {
                Optional<RoleProfile> profile = catalog.profile(appointment.role());
                if (profile.isEmpty()) {
                    continue;
                }
                List<Assessment> own = assessments.stream()
                        .filter(a -> a.subject().equals(person) && a.profile().equals(appointment.role())).toList();
                if (!own.isEmpty()) {
                    views.add(MultiRaterView.of(profile.get(), person, own));
                }
            }
        }
        return views;
    }

    /**
     * Whether a person holds a role of a profile as a side job in an organisation.
     *
     * @param organisation the organisation
     * @param person the person
     * @param profile the profile
     * @return true when one of the person's appointments with that role is a side job
     */
    public static boolean sideJob(Organisation organisation, PersonId person, RoleProfile profile) {
        return organisation.appointmentsOf(person).stream()
                .anyMatch(a -> a.role().equals(profile.id()) && a.sideJob());
    }
}
