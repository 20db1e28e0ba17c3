package nl.competentiekompas.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.assessment.HalfScore;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;
import nl.competentiekompas.report.ReportContext;

/**
 * The board report, one or two pages: whether a CISO is appointed and placed correctly, ISO coverage per unit,
 * the top open findings, and a heatmap of the assessed level per competency across the assessed people. People
 * are always shown by pseudonymous id, whatever resolver the context holds, and no free text (reflections,
 * reasons for accepting a risk) appears.
 */
public final class BoardReport {

    /** The report's id. */
    public static final String ID = "board";

    /** How many open findings the report lists at most. */
    public static final int TOP_FINDINGS = 5;

    private BoardReport() {
    }

    /**
     * Builds the document.
     *
     * @param catalog the catalog
     * @param organisation the organisation
     * @param evaluation the findings
     * @param views the multi-rater views of the assessed people
     * @param context the context; its display-name resolver is ignored
     * @return the document
     */
    public static Doc build(Catalog catalog, Organisation organisation, Evaluation evaluation,
            List<MultiRaterView> views, ReportContext context) {
        Language lang = context.language();
        Texts t = Texts.of(lang);
        Sources sources = new Sources();
        List<Doc.Block> blocks = new ArrayList<>();

        List<Appointment> cisos = organisation.appointments().stream()
                .filter(a -> kind(catalog, a).equals(Optional.of(RoleKind.CISO))).toList();
        List<Finding> open = evaluation.findings().stream()
                .filter(f -> f.acceptance().map(a -> a.expiredOn(context.documentDate())).orElse(true)).toList();
        List<Finding> placement = open.stream().filter(f -> f.ruleId().equals(Rules.CISO_INDEPENDENT)).toList();
        List<Unit> needing = organisation.units().stream().filter(Unit::needsIso).toList();
        List<List<String>> coverageRows = new ArrayList<>();
        int covered = 0;
        for (Unit unit : needing) {
            List<String> by = coveredBy(catalog, organisation, unit.id());
            if (!by.isEmpty()) {
                covered++;
            }
            coverageRows.add(List.of(unit.id().value(), by.isEmpty() ? t.get("board.uncovered")
                    : String.join(", ", by)));
        }
        long errors = open.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = open.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long accepted = evaluation.findings().size() - open.size();

        blocks.add(new Doc.Heading(2, t.get("board.status")));
        blocks.add(new Doc.Table(t.get("board.status.caption"), List.of(t.get("board.col.question"),
                t.get("board.col.answer")), List.of(
                        List.of(t.get("board.q.appointed"), cisos.isEmpty() ? t.get("no")
                                : t.format("board.a.appointed", cisos.stream().map(a -> a.person().value())
                                        .reduce((a, b) -> a + ", " + b).orElse(""))),
                        List.of(t.get("board.q.placed"), cisos.isEmpty() ? t.get("board.a.noCiso")
                                : placement.isEmpty() ? t.get("yes")
                                        : t.format("board.a.notPlaced", Integer.toString(placement.size()))),
                        List.of(t.get("board.q.coverage"), needing.isEmpty() ? t.get("board.a.noUnits")
                                : t.format("board.a.coverage", Integer.toString(covered),
                                        Integer.toString(needing.size()))),
                        List.of(t.get("board.q.findings"), t.format("board.a.findings", Long.toString(errors),
                                Long.toString(warnings), Long.toString(accepted)))), true, Set.of()));

        blocks.add(new Doc.Heading(2, t.get("board.coverage")));
        if (needing.isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("board.a.noUnits"), false));
        } else {
            blocks.add(new Doc.Table("", List.of(t.get("alloc.col.unit"), t.get("board.col.coveredBy")),
                    coverageRows, true, Set.of()));
        }

        blocks.add(new Doc.Heading(2, t.format("board.top", Integer.toString(TOP_FINDINGS))));
        if (open.isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("board.top.none"), false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Finding f : open.subList(0, Math.min(TOP_FINDINGS, open.size()))) {
                rows.add(List.of(t.get("board.severity." + f.severity().name()), f.ruleId(), f.message().in(lang),
                        sources.cite(f.sources())));
            }
            blocks.add(new Doc.Table("", List.of(t.get("board.col.severity"), t.get("alloc.col.rule"),
                    t.get("alloc.col.message"), t.get("col.sources")), rows, false, Set.of()));
            if (open.size() > TOP_FINDINGS) {
                blocks.add(new Doc.Paragraph(t.format("board.top.more", Integer.toString(open.size() - TOP_FINDINGS)),
                        true));
            }
        }

        blocks.add(new Doc.Heading(2, t.get("board.heatmap")));
        if (views.isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("board.heatmap.none"), false));
        } else {
            heatmap(catalog, views, t, blocks);
        }

        if (!sources.isEmpty()) {
            blocks.add(new Doc.Heading(2, t.get("profile.sources")));
            blocks.add(new Doc.Bullets(sources.list(lang), false));
        }
        return new Doc(lang, t.format("board.title", organisation.id().value()), Common.meta(catalog, context),
                blocks, Common.credits(catalog, lang));
    }

    private static void heatmap(Catalog catalog, List<MultiRaterView> views, Texts t, List<Doc.Block> blocks) {
        Language lang = t.language();
        Set<CompetencyId> columns = new LinkedHashSet<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (var competency : catalog.competencies()) {
            for (MultiRaterView view : views) {
                RoleProfile profile = catalog.requireProfile(view.profile());
                if (profile.target(competency.id()).isPresent()) {
                    columns.add(competency.id());
                }
            }
        }
        TreeMap<String, MultiRaterView> byPerson = new TreeMap<>();
        for (MultiRaterView view : views) {
            byPerson.put(view.subject().value() + " " + view.profile().value(), view);
            RoleProfile profile = catalog.requireProfile(view.profile());
            min = Math.min(min, profile.scale().min());
            max = Math.max(max, profile.scale().max());
        }
        List<String> rowLabels = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (MultiRaterView view : byPerson.values()) {
            PersonId person = view.subject();
            String label = person.value() + " (" + catalog.requireProfile(view.profile()).kind().label().in(lang) + ")";
            rowLabels.add(label);
            List<Double> rowValues = new ArrayList<>();
            List<String> rowTexts = new ArrayList<>();
            List<String> row = new ArrayList<>();
            row.add(label);
            for (CompetencyId c : columns) {
                Optional<HalfScore> level = level(view, c);
                rowValues.add(level.map(h -> h.halves() / 2.0).orElse(Double.NaN));
                String text = level.map(h -> Development.half(h, lang)).orElse("");
                rowTexts.add(text);
                row.add(text);
            }
            values.add(rowValues);
            texts.add(rowTexts);
            rows.add(row);
        }
        List<String> columnLabels = new ArrayList<>();
        columns.forEach(c -> columnLabels.add(catalog.competency(c).orElseThrow().name().in(lang)));
        List<String> headers = new ArrayList<>();
        headers.add(t.get("alloc.col.person"));
        headers.addAll(columnLabels);
        Set<Integer> numeric = new java.util.TreeSet<>();
        for (int i = 1; i <= columnLabels.size(); i++) {
            numeric.add(i);
        }
        Doc.Table table = new Doc.Table(t.get("board.heatmap.caption"), headers, rows, true, numeric);
        if (max - min >= 1 && max - min < 7 && !columns.isEmpty()) {
            blocks.add(new Doc.Figure(new Heatmap(t.get("board.heatmap.title"), t.format("board.heatmap.desc",
                    Integer.toString(rowLabels.size()), Integer.toString(columnLabels.size()), Integer.toString(min),
                    Integer.toString(max)), rowLabels, columnLabels, values, min, max, texts,
                    t.get("board.heatmap.scale")), table));
        } else {
            blocks.add(table);
        }
        blocks.add(new Doc.Paragraph(t.get("board.heatmap.note"), true));
    }

    /** The assessed level: the others' median, else the person's own score. */
    private static Optional<HalfScore> level(MultiRaterView view, CompetencyId competency) {
        Optional<MultiRaterView.Row> row = view.row(competency);
        Optional<HalfScore> median = row.flatMap(MultiRaterView.Row::othersMedian);
        if (median.isPresent()) {
            return median;
        }
        return row.map(MultiRaterView.Row::self).filter(s -> s.isPresent()).map(s -> HalfScore.of(s.getAsInt()));
    }

    private static Optional<RoleKind> kind(Catalog catalog, Appointment appointment) {
        return catalog.profile(appointment.role()).map(RoleProfile::kind);
    }

    /**
     * Who covers a unit that needs an ISO: a decentral ISO appointed in it or above it, or an ISO whose
     * appointment lists it.
     */
    private static List<String> coveredBy(Catalog catalog, Organisation organisation, UnitId unit) {
        Set<UnitId> path = new LinkedHashSet<>(organisation.pathToTop(unit));
        Set<String> out = new java.util.TreeSet<>();
        for (Appointment a : organisation.appointments()) {
            Optional<RoleKind> kind = kind(catalog, a);
            boolean diso = kind.equals(Optional.of(RoleKind.DECENTRAL_ISO)) && path.contains(a.unit());
            boolean iso = (kind.equals(Optional.of(RoleKind.ISO)) || kind.equals(Optional.of(RoleKind.DECENTRAL_ISO)))
                    && a.covers().contains(unit);
            if (diso || iso) {
                out.add(a.person().value());
            }
        }
        return List.copyOf(out);
    }
}
