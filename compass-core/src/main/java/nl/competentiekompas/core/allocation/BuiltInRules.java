package nl.competentiekompas.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.Norm;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceDocument;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.internal.IntList;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;

/**
 * The twelve built-in allocation rules of the domain, with their severities per sector, sources and
 * messages, reached through {@link Rules}.
 */
final class BuiltInRules {

    /** The healthcare CISO competency compass (source A). */
    static final String SOURCE_A = "competentiekompas-ciso-zorg";
    /** The CISO-versus-ISO article for municipalities (source B). */
    static final String SOURCE_B = "ciso-versus-iso-gemeente";

    private static final Set<RoleKind> ISO_KINDS = Set.of(RoleKind.ISO, RoleKind.DECENTRAL_ISO);
    /** The kinds of the security roles, as a mask for {@link RuleContext#holdsBySlot}. */
    private static final int SECURITY_KINDS = RuleContext.kindMask(RoleKind.CISO, RoleKind.ISO,
            RoleKind.DECENTRAL_ISO);

    private BuiltInRules() {
    }

    /**
     * All twelve rules, structural first.
     *
     * @param constraints the separation-of-duties constraints
     * @return the rules
     */
    static List<AllocationRule> all(List<SeparationOfDuties> constraints) {
        return List.of(cisoAppointed(), cisoIndependent(), isoPresent(), isoLineToCiso(),
                separationOfDuties(constraints), raciOneAccountable(), raciResponsible(), coverage(), levelFit(),
                cisoDoingIsoWork(), processOwnerAccountable(), capacity());
    }

    /**
     * Reports expired risk acceptances.
     *
     * @param expired the expired acceptances
     * @param catalog the catalog
     * @return one warning per acceptance
     */
    static List<Finding> expired(List<RiskAcceptance> expired, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (RiskAcceptance a : expired) {
            findings.add(Finding.of(Rules.RISK_ACCEPTANCE_EXPIRED, Severity.WARNING, List.of(a.ruleId(), a.subject()),
                    RuleTexts.text("risk-acceptance-expired.expired", a.ruleId(), a.subject(), a.acceptedBy().id(),
                            a.expires().toString()),
                    List.of(SourceRef.editorial(RuleTexts.text("editorial.expired")))));
        }
        return findings;
    }

    /** A built-in rule: data plus a check function. */
    private record BuiltIn(String id, RuleCategory category, BiFunction<Sector, Boolean, Severity> severity,
            Function<Catalog, List<SourceRef>> cited, BiFunction<AllocationRule, RuleContext, List<Finding>> checker)
            implements AllocationRule {

        @Override
        public Severity defaultSeverity(Sector sector, boolean essentialEntity) {
            return severity.apply(Objects.requireNonNull(sector, "sector"), essentialEntity);
        }

        @Override
        public List<SourceRef> sources(Catalog catalog) {
            return cited.apply(Objects.requireNonNull(catalog, "catalog"));
        }

        @Override
        public List<Finding> check(RuleContext context) {
            return checker.apply(this, Objects.requireNonNull(context, "context"));
        }

        @Override
        public String toString() {
            return "AllocationRule[" + id + "]";
        }
    }

    private static BiFunction<Sector, Boolean, Severity> always(Severity severity) {
        return (sector, essential) -> severity;
    }

    private static SourceRef norm(Norm norm, String version, String clause) {
        return SourceRef.norm(norm, version, clause);
    }

    /** Norm references, then sections of source documents given as (document id, section) pairs. */
    private static Function<Catalog, List<SourceRef>> cite(List<SourceRef> fixed, String... documentSections) {
        return catalog -> {
            List<SourceRef> refs = new ArrayList<>(fixed);
            for (int i = 0; i < documentSections.length; i += 2) {
                String documentId = documentSections[i];
                String section = documentSections[i + 1];
                for (SourceDocument d : catalog.documents()) {
                    if (d.id().equals(documentId)) {
                        refs.add(SourceRef.source(d, section));
                    }
                }
            }
            if (refs.isEmpty()) {
                refs.add(SourceRef.editorial(RuleTexts.text("editorial.missing-source")));
            }
            return List.copyOf(refs);
        };
    }

    private static AllocationRule cisoAppointed() {
        return new BuiltIn(Rules.CISO_APPOINTED, RuleCategory.STRUCTURAL,
                (sector, essential) -> sector == Sector.MUNICIPALITY || essential ? Severity.ERROR : Severity.WARNING,
                cite(List.of(norm(Norm.BIO, "2019", "6.1.1"), norm(Norm.BIO2, "2025", "5.02.02")),
                        SOURCE_A, "Waarom juist nu?"),
                (rule, ctx) -> ctx.appointments(RoleKind.CISO).isEmpty()
                        ? List.of(ctx.finding(rule, List.of(ctx.organisation().id().value()),
                                RuleTexts.text("ciso-appointed.missing", ctx.organisation().id().value())))
                        : List.of());
    }

    private static Set<GoverningBody> requiredBodies(Organisation organisation, RuleContext ctx, RoleId role) {
        return switch (organisation.sector()) {
            case MUNICIPALITY -> Set.of(GoverningBody.MUNICIPAL_SECRETARY, GoverningBody.PORTFOLIO_HOLDER);
            case HEALTHCARE -> Set.of(GoverningBody.BOARD_OF_DIRECTORS);
            case OTHER -> ctx.catalog().profile(role).flatMap(RoleProfile::placement)
                    .map(p -> p.reportsToBodies()).orElse(Set.of());
        };
    }

    private static AllocationRule cisoIndependent() {
        return new BuiltIn(Rules.CISO_INDEPENDENT, RuleCategory.STRUCTURAL, always(Severity.ERROR),
                cite(List.of(norm(Norm.BIO2, "2025", "5.02.02")), SOURCE_B, "Takenpakket CISO",
                        SOURCE_A, "Plaats in de organisatie"),
                (rule, ctx) -> {
                    Organisation org = ctx.organisation();
                    List<Finding> out = new RuleFindings();
                    for (Appointment ciso : ctx.appointments(RoleKind.CISO)) {
                        String id = ciso.id().value();
                        Set<GoverningBody> reached = new HashSet<>();
                        for (ReportingLine line : org.linesFrom(ciso.id())) {
                            line.toBody().ifPresent(reached::add);
                            Optional<Appointment> to = line.toAppointment().flatMap(org::appointment);
                            if (line.kind() == ReportingLine.Kind.HIERARCHICAL && to.isPresent()
                                    && to.get().role().equals(Catalogs.IT_MANAGER)) {
                                out.add(ctx.finding(rule, List.of(id, to.get().id().value()),
                                        RuleTexts.text("ciso-independent.it-manager", id, to.get().id().value())));
                            }
                        }
                        Set<GoverningBody> required = requiredBodies(org, ctx, ciso.role());
                        if (required.isEmpty() && reached.isEmpty()) {
                            out.add(ctx.finding(rule, List.of(id), RuleTexts.text("ciso-independent.any-body", id)));
                        }
                        for (GoverningBody body : GoverningBody.values()) {
                            if (required.contains(body) && !reached.contains(body)) {
                                out.add(ctx.finding(rule, List.of(id, body.id()),
                                        RuleTexts.text("ciso-independent.line", id, body.id())));
                            }
                        }
                        for (UnitId u : org.pathToTop(ciso.unit())) {
                            if (org.unit(u).map(Unit::itDepartment).orElse(false)) {
                                out.add(ctx.finding(rule, List.of(id, ciso.unit().value()), RuleTexts.text(
                                        "ciso-independent.it-unit", id, ciso.unit().value(), u.value())));
                                break;
                            }
                        }
                    }
                    return out;
                });
    }

    private static boolean isIsoBesidesCiso(RuleContext ctx, Appointment a) {
        return !ctx.holds(a.person(), RoleKind.CISO);
    }

    private static AllocationRule isoPresent() {
        return new BuiltIn(Rules.ISO_PRESENT, RuleCategory.STRUCTURAL, always(Severity.WARNING),
                cite(List.of(), SOURCE_B, "De verschillen?"),
                (rule, ctx) -> {
                    List<Finding> out = new RuleFindings();
                    boolean anyIso = false;
                    for (RoleKind kind : List.of(RoleKind.ISO, RoleKind.DECENTRAL_ISO)) {
                        anyIso |= ctx.appointments(kind).stream().anyMatch(a -> isIsoBesidesCiso(ctx, a));
                    }
                    String orgId = ctx.organisation().id().value();
                    if (!anyIso) {
                        out.add(ctx.finding(rule, List.of(orgId), RuleTexts.text("iso-present.none", orgId)));
                    }
                    List<Unit> units = ctx.organisation().units();
                    for (int u = 0; u < units.size(); u++) {
                        Unit unit = units.get(u);
                        if (unit.needsIso() && !ctx.covers(u)) {
                            out.add(ctx.finding(rule, List.of(unit.id().value()),
                                    RuleTexts.text("iso-present.unit", unit.id().value())));
                        }
                    }
                    return out;
                });
    }

    private static AllocationRule isoLineToCiso() {
        return new BuiltIn(Rules.ISO_LINE_TO_CISO, RuleCategory.STRUCTURAL, always(Severity.WARNING),
                cite(List.of(), SOURCE_B, "De Information Security Officer"),
                (rule, ctx) -> {
                    List<Appointment> all = ctx.organisation().appointments();
                    List<Finding> out = new RuleFindings();
                    // by the appointments' numbers: an appointment is read only to name it in a finding
                    for (RoleKind kind : List.of(RoleKind.ISO, RoleKind.DECENTRAL_ISO)) {
                        for (int i : ctx.appointmentIndexes(kind)) {
                            if (!ctx.linesToCiso(i)) {
                                Appointment iso = all.get(i);
                                out.add(ctx.finding(rule, List.of(iso.id().value()), RuleTexts.text(
                                        "iso-line-to-ciso.missing", iso.id().value(), iso.role().value())));
                            }
                        }
                    }
                    return out;
                });
    }

    /**
     * The separation-of-duties rule for some constraints.
     *
     * @param constraints the constraints
     * @return the rule
     */
    static AllocationRule separationOfDuties(List<SeparationOfDuties> constraints) {
        List<SeparationOfDuties> sets = List.copyOf(constraints);
        return new BuiltIn(Rules.SEPARATION_OF_DUTIES, RuleCategory.STRUCTURAL, always(Severity.ERROR),
                cite(List.of(norm(Norm.ISO_27001, "2022", "A.5.3"), norm(Norm.ANSI_RBAC, "2012", "SSD"))),
                (rule, ctx) -> {
                    List<Finding> out = new RuleFindings();
                    // only people with an appointment that is a member of some set can hold two members: found
                    // through the context's appointments per kind and role, rather than everyone's looked up
                    Set<PersonId> candidates = new TreeSet<>();
                    for (SeparationOfDuties sod : sets) {
                        sod.kinds().forEach(k -> ctx.appointments(k).forEach(a -> candidates.add(a.person())));
                        sod.roles().forEach(r -> ctx.appointmentsWithRole(r).forEach(a -> candidates.add(a.person())));
                    }
                    for (PersonId person : candidates) {
                        List<Appointment> held = ctx.organisation().appointmentsOf(person);
                        if (held.size() < 2) {
                            continue;
                        }
                        for (SeparationOfDuties sod : sets) {
                            Set<String> matched = new TreeSet<>();
                            for (Appointment a : held) {
                                if (sod.roles().contains(a.role())) {
                                    matched.add(a.role().value());
                                }
                                ctx.kindOf(a.role()).filter(sod.kinds()::contains).ifPresent(k -> matched.add(k.id()));
                            }
                            if (matched.size() >= sod.cardinality()) {
                                out.add(ctx.finding(rule, List.of(person.value(), sod.id()), RuleTexts.text(
                                        "separation-of-duties.conflict", person.value(),
                                        String.valueOf(matched.size()), sod.id(), String.join(", ", matched),
                                        String.valueOf(sod.cardinality() - 1))));
                            }
                        }
                    }
                    return out;
                });
    }

    private static Function<Catalog, List<SourceRef>> raciPractice(List<SourceRef> norms) {
        return catalog -> {
            List<SourceRef> refs = new ArrayList<>(norms);
            refs.add(SourceRef.editorial(RuleTexts.text("editorial.raci")));
            return List.copyOf(refs);
        };
    }

    private static AllocationRule raciOneAccountable() {
        return new BuiltIn(Rules.RACI_ONE_ACCOUNTABLE, RuleCategory.ALLOCATION, always(Severity.ERROR),
                raciPractice(List.of(norm(Norm.NIST_CSF, "2.0", "GV.RR-02"))),
                (rule, ctx) -> {
                    Allocation allocation = ctx.allocation();
                    int[] starts = allocation.starts();
                    byte[] letters = allocation.letters();
                    IntList keys = new IntList();
                    for (int k = 0; k < starts.length - 1; k++) {
                        if (ctx.accountablesOfKey(k) != 1) {
                            keys.add(k);
                        }
                    }
                    // the context counts up to two: count them all for the message, in a pass of its own, whose
                    // reads of keys far apart do not wait on each other
                    int[] counts = new int[keys.size()];
                    for (int j = 0; j < counts.length; j++) {
                        int k = keys.get(j);
                        if (ctx.accountablesOfKey(k) > 1) {
                            int shift = allocation.runShift(allocation.runOf(k));
                            for (int i = starts[k] - shift; i < starts[k + 1] - shift; i++) {
                                counts[j] += (letters[i] & Allocation.A) != 0 ? 1 : 0;
                            }
                        }
                    }
                    String[] names = allocation.keyNames(keys.values(), keys.size());
                    List<Finding> out = new RuleFindings();
                    for (int j = 0; j < names.length; j++) {
                        out.add(ctx.finding(rule, List.of(names[j]), RuleTexts.text(
                                "raci-one-accountable.count", names[j], String.valueOf(counts[j]))));
                    }
                    return out;
                });
    }

    private static AllocationRule raciResponsible() {
        return new BuiltIn(Rules.RACI_RESPONSIBLE, RuleCategory.ALLOCATION, always(Severity.WARNING),
                raciPractice(List.of()),
                (rule, ctx) -> {
                    Allocation allocation = ctx.allocation();
                    IntList keys = new IntList();
                    for (int k = 0; k < allocation.keys().size(); k++) {
                        if ((ctx.lettersOfKey(k) & Allocation.R) == 0) {
                            keys.add(k);
                        }
                    }
                    List<Finding> out = new RuleFindings();
                    for (String key : allocation.keyNames(keys.values(), keys.size())) {
                        out.add(ctx.finding(rule, List.of(key), RuleTexts.text("raci-responsible.none", key)));
                    }
                    return out;
                });
    }

    private static AllocationRule coverage() {
        return new BuiltIn(Rules.COVERAGE, RuleCategory.ALLOCATION, always(Severity.ERROR),
                cite(List.of(), SOURCE_A, "Taken- en verantwoordelijkheden", SOURCE_B, "Takenpakket CISO",
                        SOURCE_B, "Takenpakket ISO"),
                (rule, ctx) -> {
                    Set<Object> held = new HashSet<>();
                    Allocation allocation = ctx.allocation();
                    int[] runStarts = allocation.runStarts();
                    for (int run = 0; run + 1 < runStarts.length; run++) {
                        // a run of keys, all of one responsibility, up to the first key someone holds as R or A
                        for (int k = runStarts[run]; k < runStarts[run + 1]; k++) {
                            if ((ctx.lettersOfKey(k) & (Allocation.R | Allocation.A)) != 0) {
                                held.add(allocation.runResponsibility(run));
                                break;
                            }
                        }
                    }
                    List<Finding> out = new RuleFindings();
                    for (RoleId profileId : ctx.chosenProfiles()) {
                        for (Responsibility r : ctx.catalog().requireProfile(profileId).responsibilities()) {
                            boolean noProcess = r.scope() == ScopeKind.PROCESS && ctx.organisation().processes().isEmpty();
                            if (!held.contains(r.id()) && !noProcess) {
                                out.add(ctx.finding(rule, List.of(r.id().value()),
                                        RuleTexts.text("coverage.missing", r.id().value(), profileId.value())));
                            }
                        }
                    }
                    return out;
                });
    }

    private static String letters(Set<Raci> raci) {
        StringBuilder b = new StringBuilder();
        raci.forEach(l -> b.append(l.letter()));
        return b.toString();
    }

    private static String kindsOf(RuleContext ctx, PersonId person) {
        return kinds(k -> ctx.holds(person, k));
    }

    /** The kinds of profile the person of a slot of the allocation holds, from the context's byte per slot. */
    private static String kindsOfSlot(RuleContext ctx, int slot) {
        return kinds(k -> ctx.holdsBySlot(slot, RuleContext.kindMask(k)));
    }

    private static String kinds(Predicate<RoleKind> held) {
        List<String> kinds = new ArrayList<>();
        for (RoleKind k : RoleKind.values()) {
            if (held.test(k)) {
                kinds.add(k.id());
            }
        }
        return String.join(", ", kinds);
    }

    private static AllocationRule levelFit() {
        return new BuiltIn(Rules.LEVEL_FIT, RuleCategory.ALLOCATION, always(Severity.ERROR),
                cite(List.of(), SOURCE_B, "De verschillen?"),
                (rule, ctx) -> {
                    List<Finding> out = new RuleFindings();
                    Allocation allocation = ctx.allocation();
                    int[] starts = allocation.starts();
                    int[] runStarts = allocation.runStarts();
                    byte[] letters = allocation.letters();
                    for (int run = 0; run + 1 < runStarts.length; run++) {
                        if (ctx.responsibilityOfRun(run).level() != Level.STRATEGIC) {
                            continue;
                        }
                        // the assignments of the run's keys, one stretch of the columns
                        int shift = allocation.runShift(run);
                        for (int i = starts[runStarts[run]]; i < starts[runStarts[run + 1]]; i++) {
                            if ((letters[i - shift] & (Allocation.R | Allocation.A)) == 0) {
                                continue;
                            }
                            Assignment a = allocation.at(i);
                            if (isIsoOnly(ctx, a.person())) {
                                out.add(ctx.finding(rule, List.of(a.person().value(), a.key().toString()),
                                        RuleTexts.text("level-fit.strategic", a.person().value(),
                                                kindsOf(ctx, a.person()), a.key().toString(), letters(a.raci()))));
                            }
                        }
                    }
                    return out;
                });
    }

    private static boolean isIsoOnly(RuleContext ctx, PersonId person) {
        return (ctx.holds(person, RoleKind.ISO) || ctx.holds(person, RoleKind.DECENTRAL_ISO))
                && !ctx.holds(person, RoleKind.CISO);
    }

    private static AllocationRule cisoDoingIsoWork() {
        return new BuiltIn(Rules.CISO_DOING_ISO_WORK, RuleCategory.ALLOCATION, always(Severity.WARNING),
                cite(List.of(), SOURCE_B, "De verschillen?"),
                (rule, ctx) -> {
                    List<Finding> out = new RuleFindings();
                    for (PersonId ciso : ctx.holders(RoleKind.CISO)) {
                        long[] work = isoWork(ctx, ciso);
                        long count = work[0];
                        long isoEffort = work[1];
                        if (count > 0) {
                            long total = ctx.effortThousandths(ciso);
                            long percent = total == 0 ? 0 : isoEffort * 100 / total;
                            out.add(ctx.finding(rule, List.of(ciso.value()), RuleTexts.text(
                                    "ciso-doing-iso-work.share", ciso.value(), String.valueOf(count),
                                    String.valueOf(percent), fte(isoEffort), fte(total))));
                        }
                    }
                    return out;
                });
    }

    /** The number of ISO-profile assignments a person holds as R, and their effort in thousandths. */
    private static long[] isoWork(RuleContext ctx, PersonId person) {
        long count = 0;
        long effort = 0;
        Allocation allocation = ctx.allocation();
        int slot = allocation.slot(person);
        if (slot < 0) {
            return new long[] {0, 0};
        }
        // by index rather than through forPerson: a CISO consulted on every process holds a third of all
        // assignments. The person's assignments, in assignment order, are walked in step with the runs of keys,
        // each of one responsibility: those of a run of another profile are skipped by a search, those of an ISO
        // profile's run are counted, and no assignment's key is looked up
        int[] group = allocation.byPerson();
        byte[] letters = allocation.letters();
        int[] starts = allocation.starts();
        int[] runStarts = allocation.runStarts();
        int g = allocation.personStarts()[slot];
        int end = allocation.personStarts()[slot + 1];
        for (int run = 0; run + 1 < runStarts.length && g < end; run++) {
            int runEnd = starts[runStarts[run + 1]];
            ResponsibilityId id = allocation.runResponsibility(run);
            if (ctx.profileKindOf(id).filter(ISO_KINDS::contains).isEmpty()) {
                int found = Arrays.binarySearch(group, g, end, runEnd);
                g = found >= 0 ? found : -found - 1;
                continue;
            }
            int byDefault = ctx.responsibility(id).defaultEffort().thousandths();
            int shift = allocation.runShift(run);
            for (; g < end && group[g] < runEnd; g++) {
                int column = group[g] - shift;
                if ((letters[column] & Allocation.R) != 0) {
                    count++;
                    int explicit = allocation.effort(column);
                    effort += explicit >= 0 ? explicit : byDefault;
                }
            }
        }
        return new long[] {count, effort};
    }

    private static String fte(long thousandths) {
        return Fte.ofThousandths((int) Math.min(Fte.MAX_THOUSANDTHS, thousandths)).toString()
                + (thousandths > Fte.MAX_THOUSANDTHS ? "+" : "");
    }

    private static AllocationRule processOwnerAccountable() {
        return new BuiltIn(Rules.PROCESS_OWNER_ACCOUNTABLE, RuleCategory.ALLOCATION, always(Severity.ERROR),
                cite(List.of(norm(Norm.BIO2, "2025", "5.02.01")), SOURCE_B, "De Chief Information Security Officer (CISO)"),
                (rule, ctx) -> {
                    List<Finding> out = new RuleFindings();
                    int[] runStarts = ctx.allocation().runStarts();
                    for (int run = 0; run + 1 < runStarts.length; run++) {
                        Responsibility r = ctx.responsibilityOfRun(run);
                        if (r.scope() == ScopeKind.PROCESS) {
                            checkProcessKeys(rule, ctx, r, run, out);
                        }
                    }
                    return out;
                });
    }

    /**
     * The process-owner rule on the keys of one run of a process-scoped responsibility. The context's facts per key
     * say which keys to look into; there, people are compared by slot, the owner's from the context: comparing ids,
     * or looking up the owner for every key, reads ids scattered over a heap of a hundred thousand people.
     */
    private static void checkProcessKeys(AllocationRule rule, RuleContext ctx, Responsibility r, int run,
            List<Finding> out) {
        Allocation allocation = ctx.allocation();
        int fromKey = allocation.runStarts()[run];
        int toKey = allocation.runStarts()[run + 1];
        int shift = allocation.runShift(run);
        int[] starts = allocation.starts();
        int[] slots = allocation.personSlots();
        byte[] letters = allocation.letters();
        // the few keys with something to report, or to look into; then their names, and the owners of the
        // processes whose owner is not accountable, each read for all those keys at a time
        IntList keys = new IntList();
        for (int k = fromKey; k < toKey; k++) {
            if (!ctx.processScoped(k) || ctx.othersResponsible(k)
                    || ctx.accountablesOfKey(k) > 0 && !ctx.ownerAccountable(k)) {
                keys.add(k);
            }
        }
        String[] names = allocation.keyNames(keys.values(), keys.size());
        int[] processes = new int[names.length];
        int[] ownersWanted = new int[names.length];
        for (int j = 0; j < names.length; j++) {
            int k = keys.get(j);
            processes[j] = ctx.processOfKey(k);
            ownersWanted[j] = processes[j] >= 0 && ctx.accountablesOfKey(k) > 0 && !ctx.ownerAccountable(k)
                    ? processes[j] : -1;
        }
        String[] owners = ctx.ownerIds(ownersWanted);
        // the assignments of security role holders responsible for each key besides its owner, found in a pass of
        // their own: the byte per slot says who holds a security role, without reading their appointments. Kept
        // by the column index that holds them
        IntList holders = new IntList();
        int[] holdersEnd = new int[names.length];
        for (int j = 0; j < names.length; j++) {
            int k = keys.get(j);
            if (processes[j] >= 0 && ctx.othersResponsible(k)) {
                int ownerSlot = ctx.ownerSlot(processes[j]);
                for (int i = starts[k] - shift; i < starts[k + 1] - shift; i++) {
                    if ((letters[i] & (Allocation.R | Allocation.A)) != 0 && slots[i] != ownerSlot
                            && ctx.holdsBySlot(slots[i], SECURITY_KINDS)) {
                        holders.add(i);
                    }
                }
            }
            holdersEnd[j] = holders.size();
        }
        // a key's findings, one per person, put in order while they are in the cache: then the rule's come in
        // order, and the evaluation need not sort them
        List<Finding> forKey = new ArrayList<>();
        for (int j = 0; j < names.length; j++) {
            String key = names[j];
            if (processes[j] < 0) {
                out.add(ctx.finding(rule, List.of(key), RuleTexts.text("process-owner-accountable.scope",
                        r.id().value())));
                continue;
            }
            forKey.clear();
            if (owners[j] != null) {
                forKey.add(ctx.finding(rule, List.of(key, owners[j]),
                        RuleTexts.text("process-owner-accountable.owner", key, owners[j])));
            }
            for (int h = j > 0 ? holdersEnd[j - 1] : 0; h < holdersEnd[j]; h++) {
                int i = holders.get(h);
                String person = allocation.person(slots[i]).value();
                forKey.add(ctx.finding(rule, List.of(key, person), RuleTexts.text("process-owner-accountable.role",
                        key, person, kindsOfSlot(ctx, slots[i]), letters(Raci.ofMask(letters[i])))));
            }
            Collections.sort(forKey);
            out.addAll(forKey);
        }
    }

    private static AllocationRule capacity() {
        return new BuiltIn(Rules.CAPACITY, RuleCategory.ALLOCATION, always(Severity.WARNING),
                catalog -> List.of(SourceRef.editorial(RuleTexts.text("editorial.capacity"))),
                (rule, ctx) -> {
                    List<Finding> out = new RuleFindings();
                    Allocation allocation = ctx.allocation();
                    Workload elsewhere = ctx.workload();
                    // by slot, from the context's sums: no person is read, let alone looked up, unless there is work
                    // elsewhere or a finding to make
                    for (int slot = 0; slot < allocation.slots(); slot++) {
                        if (!allocation.assigned(slot)) {
                            continue;
                        }
                        long effort = ctx.effortOfSlot(slot);
                        long fte = ctx.fteOfSlot(slot);
                        if (!elsewhere.isEmpty()) {
                            PersonId person = allocation.person(slot);
                            effort += elsewhere.effortThousandths(person);
                            fte += elsewhere.fteThousandths(person);
                        }
                        if (effort > fte) {
                            PersonId person = allocation.person(slot);
                            out.add(ctx.finding(rule, List.of(person.value()),
                                    RuleTexts.text("capacity.over", person.value(), fte(effort), fte(fte))));
                        }
                    }
                    return out;
                });
    }
}
