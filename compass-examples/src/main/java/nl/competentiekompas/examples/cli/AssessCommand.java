package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GapAnalysis;
import nl.competentiekompas.core.assessment.GoalFocus;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compass assess}: the multi-rater view, the gaps and a proposed development plan per person. */
@Command(name = "assess", description = {"Show, per assessed person, self next to others, the gaps against the "
        + "profile's targets and a proposed development plan.",
    "Peer scores appear only as an aggregate of at least three peers."})
final class AssessCommand implements Runnable {

    @Mixin
    LanguageOption lang;

    @Mixin
    ProgressOption progress;

    @Parameters(paramLabel = "<assessments>", description = "Assessments (.csv or .json).")
    Path file;

    @Option(names = "--profile", required = true, paramLabel = "<id>", description = "The profile, e.g. ciso-healthcare.")
    String profileId;

    @Option(names = "--person", paramLabel = "<id>", description = "Only this person (default: everyone assessed).")
    String person;

    @Option(names = "--side-job", description = "The role is held as a side job: start with the three "
            + "competencies of greatest impact.")
    boolean sideJob;

    @Option(names = "--plan-date", paramLabel = "<yyyy-MM-dd>",
            description = "Date of the proposed plan (default: the latest assessment's date).")
    LocalDate planDate;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Catalog catalog = Catalogs.builtIn();
        RoleProfile profile = catalog.requireProfile(ProfileText.roleId(profileId));
        @SuppressWarnings("unchecked")
        List<Assessment> assessments = ((List<Assessment>) InputKind.ASSESSMENTS.read(file, catalog)).stream()
                .filter(a -> a.profile().equals(profile.id())).toList();
        SortedSet<PersonId> subjects = new TreeSet<>();
        assessments.forEach(a -> subjects.add(a.subject()));
        if (person != null) {
            PersonId only = PersonId.of(person);
            subjects.retainAll(List.of(only));
        }
        PrintWriter out = spec.commandLine().getOut();
        Language language = lang.language;
        if (subjects.isEmpty()) {
            out.println(language == Language.NL ? "Geen beoordelingen voor dit profiel." : "No assessments for this profile.");
        }
        try (ProgressOption.Bar bar = progress.start(spec.commandLine().getErr(), "assess", subjects.size())) {
            for (PersonId subject : subjects) {
                List<Assessment> own = assessments.stream().filter(a -> a.subject().equals(subject)).toList();
                LocalDate date = planDate != null ? planDate
                        : own.stream().map(Assessment::date).max(LocalDate::compareTo).orElseThrow();
                MultiRaterView view = MultiRaterView.of(profile, subject, own);
                GapAnalysis gaps = GapAnalysis.of(profile, view, sideJob);
                DevelopmentPlan plan = DevelopmentPlan.proposeFrom(gaps, catalog, date, date.plusYears(1), language);
                print(catalog, profile, view, gaps, plan, language, out);
                bar.step();
            }
        }
        out.flush();
    }

    private static void print(Catalog catalog, RoleProfile profile, MultiRaterView view, GapAnalysis gaps,
            DevelopmentPlan plan, Language language, PrintWriter out) {
        boolean nl = language == Language.NL;
        out.println(view.subject() + " - " + profile.name().in(language));
        out.printf("  %-28s %5s %5s %5s %5s %5s %6s  %s%n", nl ? "competentie" : "competency", nl ? "zelf" : "self",
                nl ? "best." : "board", nl ? "leid." : "mgr", "HR", nl ? "coll." : "peers", nl ? "doel" : "target",
                "");
        for (MultiRaterView.Row row : view.rows()) {
            String name = catalog.competency(row.competency()).orElseThrow().name().in(language);
            out.printf("  %-28s %5s %5s %5s %5s %5s %6s  %s%n", name,
                    row.self().isPresent() ? String.valueOf(row.self().getAsInt()) : "-",
                    median(row, Perspective.BOARD), median(row, Perspective.MANAGER), median(row, Perspective.HR),
                    row.tooFewPeerRatings() ? (nl ? "<3" : "<3") : median(row, Perspective.PEER),
                    profile.target(row.competency()).getAsInt(),
                    row.signal().map(s -> s == MultiRaterView.Signal.BLIND_SPOT ? (nl ? "blinde vlek" : "blind spot")
                            : (nl ? "verborgen kracht" : "hidden strength")).orElse(""));
        }
        if (view.rows().stream().anyMatch(MultiRaterView.Row::tooFewPeerRatings)) {
            out.println(nl ? "  <3: te weinig collega-beoordelingen om te tonen" : "  <3: too few peer ratings to show");
        }
        if (!view.conflicts().isEmpty()) {
            out.println((nl ? "  Conflicten (niet meegeteld): " : "  Conflicts (not counted): ") + view.conflicts().size());
        }
        out.println(nl ? "  Verschillen met het doel (grootste eerst):" : "  Gaps against the target (largest first):");
        if (gaps.gaps().isEmpty()) {
            out.println(nl ? "    geen" : "    none");
        }
        for (GapAnalysis.Gap gap : gaps.gaps()) {
            out.println("    " + catalog.competency(gap.competency()).orElseThrow().name().in(language) + ": "
                    + gap.assessed() + " -> " + gap.target() + (gap.startHere() ? (nl ? "  (begin hier)" : "  (start here)")
                            : ""));
        }
        out.println(nl ? "  Voorgesteld ontwikkelplan:" : "  Proposed development plan:");
        for (DevelopmentPlan.Goal goal : plan.goals()) {
            String focus = goal.focus() instanceof GoalFocus.OnCompetency c
                    ? catalog.competency(c.competency()).orElseThrow().name().in(language)
                    : ((GoalFocus.OnDomain) goal.focus()).domain().label().in(language);
            out.println("    - " + focus + ": " + goal.action() + " (" + (nl ? "gereed " : "due ") + goal.due() + ")");
        }
        out.println();
    }

    private static String median(MultiRaterView.Row row, Perspective perspective) {
        MultiRaterView.Summary summary = row.others().get(perspective);
        return summary == null ? "-" : summary.median().toString();
    }
}
