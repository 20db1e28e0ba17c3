package nl.competentiekompas.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.Scope;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.allocation.Workload;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.report.ReportContext;

/**
 * The organisation allocation report: appointments, the RACI matrix, the findings grouped by severity with
 * their sources (accepted risks shown as accepted, with their expiry), and each person's assigned effort
 * against his or her FTE, with the CISO's share of ISO work highlighted.
 */
public final class AllocationReport {

    /** The report's id. */
    public static final String ID = "organisation-allocation";

    private AllocationReport() {
    }

    /**
     * The effort a person holds as R on responsibilities of the ISO and decentral ISO profiles, in thousandths.
     *
     * @param catalog the catalog
     * @param allocation the allocation
     * @param person the person
     * @return the effort
     */
    static long isoWork(Catalog catalog, Allocation allocation, PersonId person) {
        long total = 0;
        for (Assignment a : allocation.forPerson(person)) {
            if (!a.has(Raci.R)) {
                continue;
            }
            RoleProfile owner = catalog.profileOf(a.responsibility()).orElse(null);
            if (owner != null && (owner.kind() == RoleKind.ISO || owner.kind() == RoleKind.DECENTRAL_ISO)) {
                total += a.effortFor(catalog.responsibility(a.responsibility()).orElseThrow()).thousandths();
            }
        }
        return total;
    }

    /**
     * Whether a person holds a CISO appointment in the organisation.
     *
     * @param catalog the catalog
     * @param organisation the organisation
     * @param person the person
     * @return true for a CISO
     */
    static boolean isCiso(Catalog catalog, Organisation organisation, PersonId person) {
        for (Appointment a : organisation.appointmentsOf(person)) {
            if (catalog.profile(a.role()).map(p -> p.kind() == RoleKind.CISO).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds the document.
     *
     * @param catalog the catalog
     * @param organisation the organisation
     * @param allocation the allocation
     * @param evaluation the evaluation of both
     * @param context the context
     * @return the document
     */
    public static Doc build(Catalog catalog, Organisation organisation, Allocation allocation, Evaluation evaluation,
            ReportContext context) {
        Language lang = context.language();
        Texts t = Texts.of(lang);
        Sources sources = new Sources();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(t.format("alloc.intro", organisation.id().value(),
                organisation.sector().label().in(lang),
                t.get(organisation.essentialEntity() ? "alloc.essential" : "alloc.notEssential"),
                Integer.toString(organisation.people().size()), Integer.toString(allocation.size()),
                Long.toString(open(evaluation, Severity.ERROR, context)),
                Long.toString(open(evaluation, Severity.WARNING, context))), false));

        blocks.add(new Doc.Heading(2, t.get("alloc.appointments")));
        List<List<String>> appointmentRows = new ArrayList<>();
        for (Appointment a : organisation.appointments()) {
            appointmentRows.add(List.of(context.show(a.person()), roleName(catalog, a, lang), a.unit().value(),
                    Numbers.fte(a.fte(), lang), a.sideJob() ? t.get("yes") : t.get("no")));
        }
        blocks.add(new Doc.Table("", List.of(t.get("alloc.col.person"), t.get("alloc.col.role"),
                t.get("alloc.col.unit"), t.get("alloc.col.fte"), t.get("alloc.col.sideJob")), appointmentRows, true,
                Set.of(3)));

        blocks.add(new Doc.Heading(2, t.get("alloc.raci")));
        blocks.add(new Doc.Paragraph(t.get("alloc.raci.note"), true));
        List<PersonId> people = new ArrayList<>(new TreeSet<>(allocation.people()));
        if (allocation.size() == 0) {
            blocks.add(new Doc.Paragraph(t.get("alloc.raci.none"), false));
        } else {
            List<String> headers = new ArrayList<>();
            headers.add(t.get("col.task"));
            headers.add(t.get("alloc.col.scope"));
            people.forEach(p -> headers.add(context.show(p)));
            List<List<String>> rows = new ArrayList<>();
            Map<nl.competentiekompas.core.catalog.ResponsibilityId, Integer> order = new java.util.HashMap<>();
            catalog.responsibilities().forEach(r -> order.put(r.id(), order.size()));
            List<Assignment.Key> keys = new ArrayList<>(allocation.keys());
            keys.sort(java.util.Comparator.<Assignment.Key>comparingInt(
                    k -> order.getOrDefault(k.responsibility(), Integer.MAX_VALUE))
                    .thenComparing(java.util.Comparator.naturalOrder()));
            for (Assignment.Key key : keys) {
                Map<PersonId, String> letters = new TreeMap<>();
                for (Assignment a : allocation.forKey(key)) {
                    StringBuilder s = new StringBuilder();
                    for (Raci letter : Raci.values()) {
                        if (a.has(letter)) {
                            s.append(letter.letter());
                        }
                    }
                    letters.put(a.person(), s.toString());
                }
                List<String> row = new ArrayList<>();
                row.add(catalog.responsibility(key.responsibility()).map(r -> r.text().in(lang))
                        .orElse(key.responsibility().value()));
                row.add(scope(key.scope(), lang));
                people.forEach(p -> row.add(letters.getOrDefault(p, "")));
                rows.add(row);
            }
            blocks.add(new Doc.Table(t.get("alloc.raci.caption"), headers, rows, true, Set.of()));
        }

        blocks.add(new Doc.Heading(2, t.get("alloc.findings")));
        if (evaluation.findings().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("alloc.findings.none"), false));
        }
        for (Severity severity : Severity.values()) {
            List<Finding> findings = evaluation.findings().stream().filter(f -> f.severity() == severity).toList();
            if (findings.isEmpty()) {
                continue;
            }
            blocks.add(new Doc.Heading(3, t.format("alloc.severity." + severity.name(),
                    Integer.toString(findings.size()))));
            List<List<String>> rows = new ArrayList<>();
            for (Finding f : findings) {
                rows.add(List.of(f.ruleId(), String.join(", ", f.subjects()), f.message().in(lang),
                        status(f, context, t), sources.cite(f.sources())));
            }
            blocks.add(new Doc.Table("", List.of(t.get("alloc.col.rule"), t.get("alloc.col.subject"),
                    t.get("alloc.col.message"), t.get("alloc.col.status"), t.get("col.sources")), rows, false,
                    Set.of()));
        }

        blocks.add(new Doc.Heading(2, t.get("alloc.workload")));
        Workload workload = Workload.builder().add(organisation, allocation, catalog).build();
        List<PersonId> everyone = new ArrayList<>(new TreeSet<>(organisation.people()));
        everyone.addAll(people.stream().filter(p -> !organisation.people().contains(p)).toList());
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (PersonId person : new TreeSet<>(everyone)) {
            long fte = workload.fteThousandths(person);
            long effort = workload.effortThousandths(person);
            boolean ciso = isCiso(catalog, organisation, person);
            long iso = ciso ? isoWork(catalog, allocation, person) : 0;
            String shown = context.show(person) + (ciso ? " (CISO)" : "");
            String effortText = thousandths(effort, lang);
            String fteText = thousandths(fte, lang);
            bars.add(new BarChart.Bar(shown, effort / 1000.0, iso / 1000.0, fte / 1000.0,
                    t.format("alloc.bar", effortText, fteText)));
            rows.add(List.of(shown, fteText, effortText, fte == 0 ? "" : percent(effort, fte, lang),
                    ciso ? thousandths(iso, lang) + " (" + (effort == 0 ? "0 %" : percent(iso, effort, lang)) + ")"
                            : "",
                    effort > fte ? t.get("alloc.over") : ""));
        }
        Doc.Table table = new Doc.Table(t.get("alloc.workload.caption"), List.of(t.get("alloc.col.person"),
                t.get("alloc.col.fte"), t.get("alloc.col.effort"), t.get("alloc.col.load"),
                t.get("alloc.col.isoWork"), t.get("alloc.col.over")), rows, true, Set.of(1, 2, 3, 4));
        if (bars.isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("alloc.workload.none"), false));
        } else {
            blocks.add(new Doc.Figure(new BarChart(t.get("alloc.chart.title"),
                    t.format("alloc.chart.desc", Integer.toString(bars.size())), bars, t.get("alloc.legend.within"),
                    t.get("alloc.legend.over"), t.get("alloc.legend.iso"), t.get("alloc.legend.fte"), lang), table));
        }
        blocks.add(new Doc.Paragraph(t.get("alloc.isoWork.note"), true));

        blocks.add(new Doc.Heading(2, t.get("profile.sources")));
        blocks.add(sources.isEmpty() ? new Doc.Paragraph(t.get("alloc.sources.none"), false)
                : new Doc.Bullets(sources.list(lang), false));
        return new Doc(lang, t.format("alloc.title", organisation.id().value()), Common.meta(catalog, context),
                blocks, Common.credits(catalog, lang));
    }

    /**
     * The findings of a severity that are open on the report's date: not accepted, or accepted with an
     * acceptance that has expired.
     */
    private static long open(Evaluation evaluation, Severity severity, ReportContext context) {
        return evaluation.findings().stream().filter(f -> f.severity() == severity)
                .filter(f -> f.acceptance().map(a -> a.expiredOn(context.documentDate())).orElse(true)).count();
    }

    private static String roleName(Catalog catalog, Appointment a, Language lang) {
        return catalog.isKnownRole(a.role()) ? catalog.roleName(a.role()).in(lang) : a.role().value();
    }

    /**
     * A scope for people: the kind and, for a unit or process, its id.
     *
     * @param scope the scope
     * @param lang the language
     * @return the text
     */
    static String scope(Scope scope, Language lang) {
        String kind = scope.kind().label().in(lang);
        return scope.ref().isEmpty() ? kind : kind + " " + scope.ref();
    }

    private static String status(Finding f, ReportContext context, Texts t) {
        if (f.acceptance().isEmpty()) {
            return t.get("alloc.open");
        }
        RiskAcceptance a = f.acceptance().get();
        String body = a.acceptedBy().label().in(t.language());
        return a.expiredOn(context.documentDate())
                ? t.format("alloc.expired", body, t.date(a.expires()), a.reason())
                : t.format("alloc.accepted", body, t.date(a.expires()), a.reason());
    }

    private static String thousandths(long value, Language lang) {
        return Numbers.decimal(BigDecimal.valueOf(value, 3), 3, lang);
    }

    private static String percent(long part, long whole, Language lang) {
        return Numbers.decimal(BigDecimal.valueOf(part * 100.0 / whole), 0, lang) + " %";
    }
}
