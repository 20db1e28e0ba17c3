package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.internal.Numbering;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;

/**
 * The rule context and the allocator read an organisation through the numbers it keeps and sum each key up in
 * one pass; these laws compare what they find with plain walks over the public API, on random organisations
 * whose ids are drawn so that id order and the order of the unit tree differ.
 */
class RuleContextProperties {

    private static final Catalog CATALOG = Catalogs.builtIn();

    /** A random organisation and a proposal for it with some letters changed. */
    private record Case(Organisation organisation, Allocation allocation) {
    }

    private static Case generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Organisation.Builder b = Organisation.builder(OrganisationId.of("o"), Sector.HEALTHCARE)
                .essentialEntity(true).governingBody(GoverningBody.BOARD_OF_DIRECTORS);
        int unitCount = 1 + random.nextInt(25);
        List<UnitId> units = new ArrayList<>();
        for (int i = 0; i < unitCount; i++) {
            // random ids: a parent's id may sort after its children's
            UnitId id = UnitId.of("u-" + random.nextInt(1000) + "-" + i);
            units.add(id);
            b.unit(i == 0 ? Unit.top(id) : Unit.under(id, units.get(random.nextInt(i)))
                    .withNeedsIso(random.nextInt(3) == 0).withItDepartment(random.nextInt(10) == 0));
        }
        int people = 2 + random.nextInt(40);
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            persons.add(PersonId.of("p-" + random.nextInt(1000) + "-" + i));
        }
        List<RoleId> roles = List.of(Catalogs.CISO_HEALTHCARE, Catalogs.ISO, Catalogs.DISO, Catalogs.LINE_MANAGER,
                Catalogs.LINE_MANAGER, Catalogs.IT_MANAGER);
        int appointments = random.nextInt(people + 5);
        for (int i = 0; i < appointments; i++) {
            RoleId role = roles.get(random.nextInt(roles.size()));
            Set<UnitId> covers = new TreeSet<>();
            for (int c = random.nextInt(3); role.equals(Catalogs.ISO) && c > 0; c--) {
                covers.add(units.get(random.nextInt(unitCount)));
            }
            b.appointment(new Appointment(AppointmentId.of("a-" + i), persons.get(random.nextInt(people)), role,
                    units.get(random.nextInt(unitCount)), Fte.ofThousandths(100 + random.nextInt(900)), false, covers));
        }
        for (int i = random.nextInt(30); i > 0; i--) {
            b.process(new Process(ProcessId.of("pr-" + random.nextInt(1000) + "-" + i),
                    persons.get(random.nextInt(people)), units.get(random.nextInt(unitCount))));
        }
        Organisation organisation = b.build();
        List<Raci> letters = List.of(Raci.values());
        List<Assignment> changed = new ArrayList<>();
        for (Assignment a : Allocator.propose(organisation, CATALOG).assignments()) {
            // some assignments left out, so that a responsibility is not held for every process
            if (random.nextInt(8) > 0) {
                changed.add(random.nextInt(4) == 0 ? a.withRaci(Set.of(letters.get(random.nextInt(letters.size()))))
                        : a);
            }
        }
        return new Case(organisation, Allocation.of(changed));
    }

    @Property(tries = 200)
    void anEvaluationDoesNotDependOnWhichIdObjectsTheAllocationHolds(@ForAll long seed) {
        Case c = generate(seed);
        List<Assignment> copies = new ArrayList<>();
        for (Assignment a : c.allocation().assignments()) {
            copies.add(a.withPerson(PersonId.of(new String(a.person().value()))));
        }
        Evaluation shared = Rules.builtIn().evaluate(c.organisation(), c.allocation(), CATALOG);
        assertThat(Rules.builtIn().evaluate(c.organisation(), Allocation.of(copies), CATALOG)).isEqualTo(shared);
        Allocation proposal = Allocator.propose(c.organisation(), CATALOG);
        assertThat(Rules.builtIn().evaluate(c.organisation(), proposal, CATALOG))
                .isEqualTo(Rules.builtIn().evaluate(c.organisation(), Allocation.of(proposal.assignments()), CATALOG));
    }

    @Property(tries = 200)
    void theRulesReadRepeatedKeysAsTheKeysTheyRepeat(@ForAll long seed) {
        Case c = generate(seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<ResponsibilityId> ids = c.allocation().keys().stream().map(Assignment.Key::responsibility).distinct()
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        // one responsibility's keys, letters changed and some left out, repeated for some of any kind after it
        ResponsibilityId first = ids.get(random.nextInt(ids.size()));
        Set<ResponsibilityId> repeating = new TreeSet<>();
        for (Responsibility r : CATALOG.responsibilities()) {
            if (r.id().compareTo(first) > 0 && random.nextInt(3) == 0) {
                repeating.add(r.id());
            }
        }
        List<Assignment> expected = new ArrayList<>();
        for (Assignment a : c.allocation().assignments()) {
            if (!repeating.contains(a.responsibility())) {
                expected.add(a);
            }
            if (a.responsibility().equals(first)) {
                repeating.forEach(id -> expected.add(new Assignment(id, a.scope(), a.person(), a.raci(), a.effort())));
            }
        }
        Collections.sort(expected);
        int keys = (int) expected.stream().map(Assignment::key).distinct().count();
        int held = (int) expected.stream().filter(a -> !repeating.contains(a.responsibility())).count();
        Numbering<PersonId> people = c.allocation().numbering();
        Allocation.Writer writer = new Allocation.Writer(expected.size(), held, keys, people, false);
        for (int i = 0; i < expected.size(); i++) {
            Assignment a = expected.get(i);
            Assignment before = i > 0 ? expected.get(i - 1) : null;
            boolean newKey = before == null || !before.key().equals(a.key());
            if (before != null && before.responsibility().equals(first) && !a.responsibility().equals(first)) {
                writer.endRepeatable();
            }
            if (repeating.contains(a.responsibility())) {
                if (before == null || !before.responsibility().equals(a.responsibility())) {
                    writer.repeat(a.responsibility());
                }
                continue;
            }
            if (a.responsibility().equals(first) && (before == null || !before.responsibility().equals(first))) {
                writer.beginRepeatable();
            }
            if (newKey) {
                writer.key(a.responsibility(), a.scope());
            }
            writer.add(people.number(a.person()), Raci.mask(a.raci()), -1);
        }
        Allocation written = writer.allocation();

        Allocation sorted = Allocation.of(expected);
        assertThat(written).isEqualTo(sorted);
        assertThat(Rules.builtIn().evaluate(c.organisation(), written, CATALOG))
                .isEqualTo(Rules.builtIn().evaluate(c.organisation(), sorted, CATALOG));
    }

    @Property(tries = 200)
    void effortAndFteAreTheSumsOverEachPersonsAssignmentsAndAppointments(@ForAll long seed) {
        Case c = generate(seed);
        RuleContext ctx = RuleContext.of(c.organisation(), c.allocation(), CATALOG, Workload.none());
        for (PersonId person : c.organisation().people()) {
            long effort = 0;
            for (Assignment a : c.allocation().forPerson(person)) {
                effort += ctx.effort(a).thousandths();
            }
            long fte = 0;
            for (Appointment a : c.organisation().appointmentsOf(person)) {
                fte += a.fte().thousandths();
            }
            assertThat(ctx.effortThousandths(person)).isEqualTo(effort);
            assertThat(ctx.fteThousandths(person)).isEqualTo(fte);
        }
    }

    @Property(tries = 200)
    void theKeysSummedUpAreTheKeysTheRulesFindWhenCountingLetters(@ForAll long seed) {
        Case c = generate(seed);
        List<String> notOneAccountable = new ArrayList<>();
        List<String> noneResponsible = new ArrayList<>();
        List<String> ownerNotAccountable = new ArrayList<>();
        c.allocation().forEachKey((key, assignments) -> {
            long accountable = assignments.stream().filter(a -> a.raci().contains(Raci.A)).count();
            if (accountable != 1) {
                notOneAccountable.add(key.toString());
            }
            if (assignments.stream().noneMatch(a -> a.raci().contains(Raci.R))) {
                noneResponsible.add(key.toString());
            }
            boolean processScoped =
                    CATALOG.responsibility(key.responsibility()).orElseThrow().scope() == ScopeKind.PROCESS;
            key.scope().processId().flatMap(c.organisation()::process).filter(p -> processScoped).ifPresent(p -> {
                boolean ownerA = assignments.stream()
                        .anyMatch(a -> a.person().equals(p.owner()) && a.raci().contains(Raci.A));
                if (accountable > 0 && !ownerA) {
                    ownerNotAccountable.add(key + " " + p.owner());
                }
            });
        });
        Evaluation evaluation = Rules.builtIn().evaluate(c.organisation(), c.allocation(), CATALOG);
        assertThat(subjects(evaluation, Rules.RACI_ONE_ACCOUNTABLE))
                .containsExactlyInAnyOrderElementsOf(notOneAccountable);
        assertThat(subjects(evaluation, Rules.RACI_RESPONSIBLE)).containsExactlyInAnyOrderElementsOf(noneResponsible);
        assertThat(ownerFindings(evaluation)).containsExactlyInAnyOrderElementsOf(ownerNotAccountable);
    }

    @Property(tries = 200)
    void aProposalIsTheAllocationOfItsAssignmentsSortedAsAnyoneWould(@ForAll long seed) {
        Case c = generate(seed);
        Allocation proposal = Allocator.propose(c.organisation(), CATALOG);
        Allocation sorted = Allocation.of(proposal.assignments());
        assertThat(proposal).isEqualTo(sorted);
        assertThat(proposal.keys()).containsExactlyElementsOf(sorted.keys());
        for (Assignment.Key key : sorted.keys()) {
            assertThat(proposal.forKey(key)).containsExactlyElementsOf(sorted.forKey(key));
        }
        for (PersonId person : c.organisation().people()) {
            assertThat(proposal.forPerson(person)).containsExactlyElementsOf(sorted.forPerson(person));
        }
        // each process's key of each process-scoped responsibility: its owner R and A, anyone else consulted
        proposal.forEachKey((key, assignments) -> key.scope().processId().flatMap(c.organisation()::process)
                .ifPresent(process -> {
                    assertThat(assignments).anySatisfy(a -> assertThat(a.person()).isEqualTo(process.owner()));
                    for (Assignment a : assignments) {
                        assertThat(a.raci()).as("%s %s", key, a.person()).isEqualTo(
                                a.person().equals(process.owner()) ? Set.of(Raci.R, Raci.A) : Set.of(Raci.C));
                    }
                }));
    }

    @Property(tries = 200)
    void theKindsKeptPerSlotAreTheKindsOfEachPersonsAppointments(@ForAll long seed) {
        Case c = generate(seed);
        RuleContext ctx = RuleContext.of(c.organisation(), c.allocation(), CATALOG, Workload.none());
        for (Assignment a : c.allocation().assignments()) {
            int slot = c.allocation().slot(a.person());
            for (RoleKind kind : RoleKind.values()) {
                assertThat(ctx.holdsBySlot(slot, RuleContext.kindMask(kind))).as("%s %s", a.person(), kind)
                        .isEqualTo(ctx.holds(a.person(), kind));
            }
        }
    }

    @Property(tries = 200)
    void theProcessOwnerRuleNamesEverySecurityRoleHolderWhoIsResponsibleForAProcess(@ForAll long seed) {
        Case c = generate(seed);
        RuleContext ctx = RuleContext.of(c.organisation(), c.allocation(), CATALOG, Workload.none());
        List<String> expected = new ArrayList<>();
        c.allocation().forEachKey((key, assignments) -> {
            boolean processScoped =
                    CATALOG.responsibility(key.responsibility()).orElseThrow().scope() == ScopeKind.PROCESS;
            key.scope().processId().flatMap(c.organisation()::process).filter(p -> processScoped).ifPresent(p -> {
                for (Assignment a : assignments) {
                    boolean security = ctx.holds(a.person(), RoleKind.CISO) || ctx.holds(a.person(), RoleKind.ISO)
                            || ctx.holds(a.person(), RoleKind.DECENTRAL_ISO);
                    boolean responsible = a.raci().contains(Raci.R) || a.raci().contains(Raci.A);
                    if (security && responsible && !a.person().equals(p.owner())) {
                        List<String> kinds = new ArrayList<>();
                        for (RoleKind kind : RoleKind.values()) {
                            if (ctx.holds(a.person(), kind)) {
                                kinds.add(kind.id());
                            }
                        }
                        StringBuilder letters = new StringBuilder();
                        a.raci().forEach(l -> letters.append(l.letter()));
                        expected.add(key + " " + a.person() + ": " + RuleTexts.text("process-owner-accountable.role",
                                key.toString(), a.person().value(), String.join(", ", kinds), letters.toString())
                                .in(Language.EN));
                    }
                }
            });
        });
        Evaluation evaluation = Rules.builtIn().evaluate(c.organisation(), c.allocation(), CATALOG);
        List<String> found = evaluation.findings().stream()
                .filter(f -> f.ruleId().equals(Rules.PROCESS_OWNER_ACCOUNTABLE) && f.subjects().size() == 2)
                .filter(f -> !ownerFindings(evaluation).contains(f.subject()))
                .map(f -> f.subject() + ": " + f.message().in(Language.EN)).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 200)
    void theCisoDoingIsoWorkIsCountedOverAllTheirIsoAssignments(@ForAll long seed) {
        Case c = generate(seed);
        RuleContext ctx = RuleContext.of(c.organisation(), c.allocation(), CATALOG, Workload.none());
        List<String> expected = new ArrayList<>();
        for (PersonId ciso : ctx.holders(RoleKind.CISO)) {
            long count = c.allocation().forPerson(ciso).stream().filter(a -> a.raci().contains(Raci.R))
                    .filter(a -> ctx.profileKindOf(a.responsibility())
                            .filter(k -> k == RoleKind.ISO || k == RoleKind.DECENTRAL_ISO).isPresent())
                    .count();
            if (count > 0) {
                expected.add(ciso + " does " + count + " ISO tasks");
            }
        }
        Evaluation evaluation = Rules.builtIn().evaluate(c.organisation(), c.allocation(), CATALOG);
        List<String> found = evaluation.findings(Rules.CISO_DOING_ISO_WORK).stream()
                .map(f -> f.subject() + " does " + f.message().in(Language.EN).replaceAll(".* does (\\d+) .*", "$1")
                        + " ISO tasks")
                .toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 200)
    void coveredUnitsAreThoseListedByAnIsoOrAtOrUnderADecentralIso(@ForAll long seed) {
        Case c = generate(seed);
        RuleContext ctx = RuleContext.of(c.organisation(), c.allocation(), CATALOG, Workload.none());
        Set<UnitId> expected = new TreeSet<>();
        for (Appointment a : c.organisation().appointments()) {
            boolean iso = a.role().equals(Catalogs.ISO) || a.role().equals(Catalogs.DISO);
            if (!iso || ctx.holds(a.person(), RoleKind.CISO)) {
                continue;
            }
            expected.addAll(a.covers());
            if (a.role().equals(Catalogs.DISO)) {
                for (Unit u : c.organisation().units()) {
                    if (c.organisation().pathToTop(u.id()).contains(a.unit())) {
                        expected.add(u.id());
                    }
                }
            }
        }
        assertThat(ctx.coveredUnits()).containsExactlyElementsOf(expected);
    }

    @Property(tries = 200)
    void keysAreNamedInPassesAsEachKeyNamesItself(@ForAll long seed) {
        Case c = generate(seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<Assignment.Key> keys = c.allocation().keys();
        // some keys, in any order, some twice
        int[] picked = random.ints(random.nextInt(keys.size() + 1), 0, Math.max(1, keys.size())).toArray();
        List<String> expected = new ArrayList<>();
        for (int k : picked) {
            Assignment.Key key = keys.get(k);
            expected.add(key.scope().kind() == ScopeKind.ORGANISATION ? key.responsibility().value() + "@organisation"
                    : key.responsibility().value() + "@" + key.scope().kind().id() + ":" + key.scope().ref());
        }
        assertThat(c.allocation().keyNames(picked, picked.length)).containsExactlyElementsOf(expected);
        int[] all = IntStream.range(0, keys.size()).toArray();
        assertThat(c.allocation().keyNames(all, all.length))
                .containsExactlyElementsOf(keys.stream().map(Assignment.Key::toString).toList());
    }

    @Property(tries = 200)
    void anEvaluationIsEveryRulesFindingsSorted(@ForAll long seed) {
        Case c = generate(seed);
        RuleContext ctx = RuleContext.of(c.organisation(), c.allocation(), CATALOG, Workload.none());
        List<Finding> all = new ArrayList<>();
        for (AllocationRule rule : Rules.builtIn().rules()) {
            all.addAll(rule.check(ctx));
        }
        assertThat(Rules.builtIn().evaluate(c.organisation(), c.allocation(), CATALOG))
                .isEqualTo(Evaluation.of(all));
    }

    @Property(tries = 200)
    void theBuiltInRulesMakeTheirFindingsInOrderAndSayTheyDid(@ForAll long seed) {
        Case c = generate(seed);
        RuleContext ctx = RuleContext.of(c.organisation(), c.allocation(), CATALOG, Workload.none());
        // the rules that report per key or per person, whose findings can run into the thousands
        List<String> perKey = List.of(Rules.RACI_ONE_ACCOUNTABLE, Rules.RACI_RESPONSIBLE,
                Rules.PROCESS_OWNER_ACCOUNTABLE, Rules.CAPACITY);
        for (AllocationRule rule : Rules.builtIn().rules().stream().filter(r -> perKey.contains(r.id())).toList()) {
            List<Finding> found = rule.check(ctx);
            assertThat(found).as(rule.id()).isSorted()
                    .allSatisfy(f -> assertThat(Evaluation.Gathered.sameRule(f, found.get(0))).isTrue());
            assertThat(found).as(rule.id()).isInstanceOfSatisfying(RuleFindings.class,
                    made -> assertThat(made.uniform() && made.inOrder()).as(rule.id()).isTrue());
        }
    }

    @Property(tries = 500)
    void firstAboveIsTheValueOfTheNearestUnitAtOrAboveThatHasOne(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int size) {
        SplittableRandom random = new SplittableRandom(seed);
        // a forest in which parents may have higher numbers than their children, as ids order units
        int[] order = random.ints(size, 0, Integer.MAX_VALUE).toArray();
        Integer[] byOrder = new Integer[size];
        for (int i = 0; i < size; i++) {
            byOrder[i] = i;
        }
        Arrays.sort(byOrder, (x, y) -> Integer.compare(order[x], order[y]));
        int[] parents = new int[size];
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            parents[byOrder[i]] = i == 0 || random.nextInt(5) == 0 ? -1 : byOrder[random.nextInt(i)];
            values[i] = random.nextInt(4) == 0 ? random.nextInt(100) : -1;
        }
        int[] found = RuleContext.firstAbove(values, parents);
        for (int u = 0; u < size; u++) {
            int expected = -1;
            for (int v = u; v >= 0; v = parents[v]) {
                if (values[v] >= 0) {
                    expected = values[v];
                    break;
                }
            }
            assertThat(found[u]).as("unit %d", u).isEqualTo(expected);
        }
    }

    private static List<String> subjects(Evaluation evaluation, String ruleId) {
        return evaluation.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::subject).toList();
    }

    /** The process-owner findings that the owner is not accountable (two subjects: key and owner, no letters). */
    private static List<String> ownerFindings(Evaluation evaluation) {
        return evaluation.findings().stream()
                .filter(f -> f.ruleId().equals(Rules.PROCESS_OWNER_ACCOUNTABLE) && f.subjects().size() == 2)
                .filter(f -> f.message().in(Language.EN)
                        .equals(RuleTexts.text("process-owner-accountable.owner", f.subjects().get(0),
                                f.subjects().get(1)).in(Language.EN)))
                .map(Finding::subject).toList();
    }
}
