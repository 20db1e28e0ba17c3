package nl.competentiekompas.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GapAnalysis;
import nl.competentiekompas.core.assessment.GoalFocus;
import nl.competentiekompas.core.assessment.HalfScore;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.assessment.Progress;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.report.ReportContext;

/**
 * The personal development report: a radar of self, others (median) and target per competency with the same
 * numbers per perspective in a table, the gap table, blind spots and hidden strengths, progress since the
 * previous review and the development plan. Peer scores appear only as the {@link MultiRaterView} shows them,
 * that is as an aggregate of enough raters; free-text reflections never appear.
 */
public final class Development {

    /** The report's id. */
    public static final String ID = "personal-development";

    private static final List<Perspective> OTHERS = List.of(Perspective.BOARD, Perspective.MANAGER, Perspective.HR,
            Perspective.PEER);

    private Development() {
    }

    /**
     * Builds the document.
     *
     * @param catalog the catalog holding the profile
     * @param profile the profile
     * @param view the multi-rater view of the latest review
     * @param gaps the gap analysis of that view
     * @param progress the progress over the reviews, if there is history
     * @param plan the development plan for the coming period, if any
     * @param context the context
     * @return the document
     */
    public static Doc build(Catalog catalog, RoleProfile profile, MultiRaterView view, GapAnalysis gaps,
            Optional<Progress> progress, Optional<DevelopmentPlan> plan, ReportContext context) {
        Language lang = context.language();
        Texts t = Texts.of(lang);
        String subject = context.show(view.subject());
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(t.format("dev.intro", subject, profile.name().in(lang),
                Integer.toString(view.settings().minimumPeers())), false));

        blocks.add(new Doc.Heading(2, t.get("dev.view")));
        List<String> axes = new ArrayList<>();
        List<Double> self = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (CompetencyTarget target : profile.competencyTargets()) {
            String name = name(catalog, target.competency(), lang);
            Optional<MultiRaterView.Row> row = view.row(target.competency());
            OptionalInt own = row.map(MultiRaterView.Row::self).orElse(OptionalInt.empty());
            Optional<HalfScore> median = row.flatMap(MultiRaterView.Row::othersMedian);
            axes.add(name);
            self.add(own.isPresent() ? own.getAsInt() : Double.NaN);
            others.add(median.map(m -> m.halves() / 2.0).orElse(Double.NaN));
            targets.add((double) target.target());
            List<String> cells = new ArrayList<>();
            cells.add(name);
            cells.add(own.isPresent() ? Integer.toString(own.getAsInt()) : "");
            cells.add(median.map(m -> half(m, lang)).orElse(""));
            for (Perspective perspective : OTHERS) {
                cells.add(row.map(r -> perspectiveCell(r, perspective, t)).orElse(""));
            }
            cells.add(Integer.toString(target.target()));
            cells.add(row.flatMap(MultiRaterView.Row::signal).map(s -> t.get("dev.signal." + s.name())).orElse(""));
            rows.add(cells);
        }
        List<String> headers = new ArrayList<>(List.of(t.get("col.competency"), t.get("dev.col.self"),
                t.get("dev.col.others")));
        for (Perspective perspective : OTHERS) {
            headers.add(ProfileSheet.capitalise(perspective.label().in(lang)));
        }
        headers.add(t.get("col.target"));
        headers.add(t.get("dev.col.signal"));
        Doc.Table table = new Doc.Table(t.get("dev.view.caption"), headers, rows, true, Set.of(1, 2, 3, 4, 5, 6, 7));
        if (axes.size() >= 3) {
            blocks.add(new Doc.Figure(new RadarChart(t.get("dev.chart.title"),
                    t.format("dev.chart.desc", subject, Integer.toString(axes.size()),
                            Integer.toString(profile.scale().max())), axes, profile.scale().max(),
                    List.of(new RadarChart.Series(t.get("dev.series.self"), self, Palette.SELF),
                            new RadarChart.Series(t.get("dev.series.others"), others, Palette.OTHERS),
                            new RadarChart.Series(t.get("series.target"), targets, Palette.TARGET))), table));
        } else {
            blocks.add(table);
        }
        blocks.add(new Doc.Paragraph(t.format("dev.peers.note", Integer.toString(view.settings().minimumPeers())),
                true));

        blocks.add(new Doc.Heading(2, t.get("dev.gaps")));
        if (gaps.gaps().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("dev.gaps.none"), false));
        } else {
            List<List<String>> gapRows = new ArrayList<>();
            for (GapAnalysis.Gap gap : gaps.gaps()) {
                gapRows.add(List.of(name(catalog, gap.competency(), lang), Integer.toString(gap.target()),
                        half(gap.assessed(), lang), t.get("dev.basis." + gap.basis().name()),
                        half(gap.gap(), lang), gap.startHere() && gaps.sideJob() ? t.get("yes") : ""));
            }
            blocks.add(new Doc.Table(t.get(gaps.sideJob() ? "dev.gaps.caption.sideJob" : "dev.gaps.caption"),
                    List.of(t.get("col.competency"), t.get("col.target"), t.get("dev.col.assessed"),
                            t.get("dev.col.basis"), t.get("dev.col.gap"), t.get("col.startHere")),
                    gapRows, true, Set.of(1, 2, 4)));
        }
        if (!gaps.notAssessed().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.format("dev.notAssessed", names(catalog, gaps.notAssessed(), lang)),
                    false));
        }

        blocks.add(new Doc.Heading(2, t.get("dev.signals")));
        blocks.add(new Doc.Paragraph(t.format("dev.blindSpots", view.blindSpots().isEmpty() ? t.get("dev.none")
                : names(catalog, view.blindSpots(), lang)), false));
        blocks.add(new Doc.Paragraph(t.format("dev.hiddenStrengths", view.hiddenStrengths().isEmpty()
                ? t.get("dev.none") : names(catalog, view.hiddenStrengths(), lang)), false));
        blocks.add(new Doc.Paragraph(t.format("dev.signals.note", half(view.settings().threshold(), lang)), true));

        blocks.add(new Doc.Heading(2, t.get("dev.progress")));
        Optional<Progress.Step> last = progress.flatMap(p -> p.steps().isEmpty() ? Optional.empty()
                : Optional.of(p.steps().get(p.steps().size() - 1)));
        if (last.isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("dev.progress.none"), false));
        } else {
            Progress.Step step = last.get();
            List<List<String>> changeRows = new ArrayList<>();
            for (Progress.Change change : step.changes()) {
                changeRows.add(List.of(name(catalog, change.competency(), lang),
                        change.before().map(h -> half(h, lang)).orElse(""),
                        change.after().map(h -> half(h, lang)).orElse(""),
                        change.delta().map(h -> signed(h, lang)).orElse("")));
            }
            blocks.add(new Doc.Table(t.format("dev.progress.caption", t.date(step.from()), t.date(step.to())),
                    List.of(t.get("col.competency"), t.date(step.from()), t.date(step.to()), t.get("dev.col.change")),
                    changeRows, true, Set.of(1, 2, 3)));
            if (step.plan().isPresent()) {
                blocks.add(new Doc.Paragraph(t.format("dev.goalsDone", Integer.toString(step.goalsDone().size()),
                        Integer.toString(step.plan().get().goals().size())), false));
            }
        }

        blocks.add(new Doc.Heading(2, t.get("dev.plan")));
        if (plan.isEmpty() || plan.get().goals().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("dev.plan.none"), false));
        } else {
            List<List<String>> goalRows = new ArrayList<>();
            for (DevelopmentPlan.Goal goal : plan.get().goals()) {
                goalRows.add(List.of(focus(catalog, goal.focus(), lang), goal.action(), t.date(goal.due()),
                        t.get("dev.status." + goal.status().name())));
            }
            blocks.add(new Doc.Table(t.format("dev.plan.caption", t.date(plan.get().date())),
                    List.of(t.get("dev.col.focus"), t.get("dev.col.action"), t.get("dev.col.due"),
                            t.get("dev.col.status")), goalRows, false, Set.of()));
        }

        List<String> meta = new ArrayList<>(Common.meta(catalog, context));
        meta.add(t.format("meta.profile", profile.name().in(lang)));
        return new Doc(lang, t.format("dev.title", subject), meta, blocks, Common.credits(catalog, lang));
    }

    private static String perspectiveCell(MultiRaterView.Row row, Perspective perspective, Texts t) {
        if (perspective == Perspective.PEER && row.tooFewPeerRatings()) {
            return t.get("dev.withheld");
        }
        return row.others(perspective).map(s -> s.count() == 1 ? half(s.median(), t.language())
                : t.format("dev.median", half(s.median(), t.language()), Integer.toString(s.count())))
                .orElse("");
    }

    private static String focus(Catalog catalog, GoalFocus focus, Language lang) {
        if (focus instanceof GoalFocus.OnCompetency c) {
            return name(catalog, c.competency(), lang);
        }
        return ProfileSheet.capitalise(((GoalFocus.OnDomain) focus).domain().label().in(lang));
    }

    private static String name(Catalog catalog, CompetencyId id, Language lang) {
        return catalog.competency(id).map(c -> c.name().in(lang)).orElse(id.value());
    }

    private static String names(Catalog catalog, List<CompetencyId> ids, Language lang) {
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(name(catalog, id, lang)));
        return String.join(", ", out);
    }

    /**
     * A half score for people: {@code 3,5} in Dutch, {@code 3.5} in English.
     *
     * @param score the score
     * @param lang the language
     * @return the text
     */
    static String half(HalfScore score, Language lang) {
        return Numbers.decimal(BigDecimal.valueOf(score.halves() * 5L, 1), 1, lang);
    }

    private static String signed(HalfScore score, Language lang) {
        return (score.isPositive() ? "+" : "") + half(score, lang);
    }
}
