package nl.competentiekompas.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.competentiekompas.core.assessment.ProfileComparison;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.report.ReportContext;

/**
 * The pathway from one role profile to another: the topics and tasks to add, the tasks to take on at a
 * higher level, the competencies to grow (with a radar of both targets) and the requirements to add.
 */
public final class Pathway {

    /** The report's id. */
    public static final String ID = "pathway";

    private Pathway() {
    }

    /**
     * Builds the document.
     *
     * @param catalog the catalog holding both profiles
     * @param from the profile grown from
     * @param to the profile grown into
     * @param comparison the comparison of the two
     * @param context the context
     * @return the document
     */
    public static Doc build(Catalog catalog, RoleProfile from, RoleProfile to, ProfileComparison comparison,
            ReportContext context) {
        Language lang = context.language();
        Texts t = Texts.of(lang);
        Sources sources = new Sources();
        sources.cite(from.sources());
        sources.cite(to.sources());
        String fromName = from.name().in(lang);
        String toName = to.name().in(lang);
        List<Doc.Block> blocks = new ArrayList<>();

        blocks.add(new Doc.Paragraph(comparison.isEmpty() ? t.format("pathway.nothing", fromName, toName)
                : t.format("pathway.summary", fromName, toName, Integer.toString(comparison.addedTopics().size()),
                        Integer.toString(comparison.added().size()),
                        Integer.toString(comparison.levelShifts().size()),
                        Integer.toString(comparison.competencyRises().size()),
                        Integer.toString(comparison.requirementsToAdd().size())), false));

        blocks.add(new Doc.Heading(2, t.get("pathway.added")));
        if (comparison.added().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("pathway.added.none"), false));
        } else {
            blocks.add(new Doc.Paragraph(t.format("pathway.topics", comparison.addedTopics().stream()
                    .map(topic -> topic.label().in(lang)).collect(Collectors.joining(", "))), false));
            List<List<String>> rows = new ArrayList<>();
            for (Responsibility r : comparison.added()) {
                rows.add(List.of(r.text().in(lang), ProfileSheet.capitalise(r.domain().label().in(lang)),
                        r.level().label().in(lang), r.topic().label().in(lang), Numbers.fte(r.defaultEffort(), lang),
                        sources.cite(r.sources())));
            }
            blocks.add(new Doc.Table(t.format("pathway.added.caption", toName), List.of(t.get("col.task"),
                    t.get("col.domain"), t.get("col.level"), t.get("col.topic"), t.get("col.effort"),
                    t.get("col.sources")), rows, false, Set.of(4)));
        }

        blocks.add(new Doc.Heading(2, t.get("pathway.shifts")));
        if (comparison.levelShifts().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("pathway.shifts.none"), false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ProfileComparison.LevelShift shift : comparison.levelShifts()) {
                Responsibility r = catalog.responsibility(shift.responsibility()).orElseThrow();
                rows.add(List.of(r.text().in(lang), shift.topic().label().in(lang),
                        shift.fromLevel().label().in(lang), shift.toLevel().label().in(lang),
                        sources.cite(r.sources())));
            }
            blocks.add(new Doc.Table(t.format("pathway.shifts.caption", fromName, toName),
                    List.of(t.get("col.task"), t.get("col.topic"), t.format("col.levelIn", fromName),
                            t.format("col.levelIn", toName), t.get("col.sources")), rows, false, Set.of()));
        }

        blocks.add(new Doc.Heading(2, t.get("pathway.competencies")));
        if (comparison.competencyRises().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("pathway.competencies.none"), false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ProfileComparison.CompetencyRise rise : comparison.competencyRises()) {
                String now = rise.fromTarget().isPresent() ? Integer.toString(rise.fromTarget().getAsInt()) : "";
                String step = rise.fromTarget().isPresent()
                        ? "+" + (rise.toTarget() - rise.fromTarget().getAsInt()) : t.get("pathway.new");
                rows.add(List.of(catalog.competency(rise.competency()).orElseThrow().name().in(lang), now,
                        Integer.toString(rise.toTarget()), step));
            }
            Doc.Table table = new Doc.Table(t.get("pathway.competencies.caption"), List.of(t.get("col.competency"),
                    t.format("col.targetIn", fromName), t.format("col.targetIn", toName), t.get("col.rise")), rows,
                    true, Set.of(1, 2, 3));
            List<String> axes = new ArrayList<>();
            List<Double> fromTargets = new ArrayList<>();
            List<Double> toTargets = new ArrayList<>();
            for (CompetencyTarget target : to.competencyTargets()) {
                axes.add(catalog.competency(target.competency()).orElseThrow().name().in(lang));
                toTargets.add((double) target.target());
                fromTargets.add(from.target(target.competency()).isPresent()
                        ? (double) from.target(target.competency()).getAsInt() : Double.NaN);
            }
            if (axes.size() >= 3) {
                RadarChart radar = new RadarChart(t.get("pathway.chart.title"),
                        t.format("pathway.chart.desc", fromName, toName, Integer.toString(axes.size())), axes,
                        to.scale().max(), List.of(new RadarChart.Series(fromName, fromTargets, Palette.SELF),
                                new RadarChart.Series(toName, toTargets, Palette.TARGET)));
                blocks.add(new Doc.Figure(radar, table));
            } else {
                blocks.add(table);
            }
        }

        blocks.add(new Doc.Heading(2, t.get("pathway.requirements")));
        if (comparison.requirementsToAdd().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("pathway.requirements.none"), false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Requirement r : comparison.requirementsToAdd()) {
                rows.add(List.of(r.text().in(lang), r.kind().label().in(lang), r.necessity().label().in(lang),
                        ProfileSheet.options(r, t), sources.cite(r.sources())));
            }
            blocks.add(new Doc.Table("", List.of(t.get("col.requirement"), t.get("col.kind"),
                    t.get("col.necessity"), t.get("col.options"), t.get("col.sources")), rows, true, Set.of()));
        }

        blocks.add(new Doc.Heading(2, t.get("profile.sources")));
        blocks.add(new Doc.Bullets(sources.list(lang), false));
        return new Doc(lang, t.format("pathway.title", fromName, toName), Common.meta(catalog, context), blocks,
                Common.credits(catalog, lang));
    }
}
