package nl.competentiekompas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.RuleCategory;
import nl.competentiekompas.core.allocation.RuleContext;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.allocation.Workload;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.UnitId;

/** The laws the built-in rules and the proposer keep for every generated organisation. */
class AllocationLawsProperties {

    private final Catalog catalog = Catalogs.builtIn();
    private final Rules rules = Rules.builtIn();
    private final Set<String> structural = rules.rules(RuleCategory.STRUCTURAL).stream()
            .map(r -> r.id()).collect(Collectors.toSet());

    private static long total(Organisation o) {
        return o.appointments().stream().mapToLong(a -> a.fte().thousandths()).sum();
    }

    private long effort(Organisation o, Allocation a) {
        RuleContext ctx = RuleContext.of(o, a, catalog, Workload.none());
        return a.people().stream().mapToLong(ctx::effortThousandths).sum();
    }

    @Property(tries = 300)
    void proposalHasNoErrorsButTheStructuralOnes(@ForAll Organisation organisation) {
        Allocation proposal = Allocator.propose(organisation, catalog);
        Evaluation evaluation = rules.evaluate(organisation, proposal, catalog);
        List<Finding> errors = evaluation.errors();
        boolean structuralError = errors.stream().anyMatch(f -> structural.contains(f.ruleId()));
        boolean fits = total(organisation) >= effort(organisation, proposal);
        Statistics.label("structural error").collect(structuralError);
        if (!structuralError && fits) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).allMatch(f -> structural.contains(f.ruleId()), "only structural errors");
        }
    }

    @Property(tries = 200)
    void proposalIsIndexedAsItsAssignmentsInAnyOrderAre(@ForAll Organisation organisation, @ForAll Random random) {
        Allocation proposal = Allocator.propose(organisation, catalog);
        Allocation rebuilt = Allocation.of(shuffledCopy(proposal.assignments(), random));
        assertThat(proposal).isEqualTo(rebuilt);
        assertThat(proposal.keys()).isEqualTo(rebuilt.keys());
        assertThat(proposal.people()).isEqualTo(rebuilt.people());
        for (PersonId person : organisation.people()) {
            assertThat(proposal.forPerson(person)).isEqualTo(rebuilt.forPerson(person));
        }
        for (Assignment.Key key : rebuilt.keys()) {
            assertThat(proposal.forKey(key)).isEqualTo(rebuilt.forKey(key));
        }
        assertThat(rules.evaluate(organisation, proposal, catalog))
                .isEqualTo(rules.evaluate(organisation, rebuilt, catalog));
    }

    @Provide
    Arbitrary<Organisation> sound() {
        return CompassArbitraries.organisations().sound().processes(1, 4).units(2, 6);
    }

    @Property(tries = 300)
    void eachViolationTriggersItsRuleAndNoOtherError(@ForAll("sound") Organisation organisation,
            @ForAll Violation violation) {
        Scenario base = Scenario.proposed(organisation, catalog);
        assertThat(rules.evaluate(organisation, base.allocation(), catalog).errors()).isEmpty();
        Scenario broken = violation.apply(base).orElse(null);
        Statistics.label("applied").collect(violation.name(), broken != null);
        Assume.that(broken != null);
        Evaluation evaluation = rules.evaluate(broken.organisation(), broken.allocation(), catalog);
        assertThat(evaluation.has(violation.ruleId())).as(violation.name() + " triggers " + violation.ruleId())
                .isTrue();
        assertThat(evaluation.errors()).allMatch(f -> f.ruleId().equals(violation.ruleId()));
    }

    @Property(tries = 200)
    void evaluationIsIndependentOfInputOrder(@ForAll Organisation organisation, @ForAll Random random) {
        Allocation allocation = CompassArbitraries.allocations(organisation, catalog).generator(10)
                .next(random).value();
        Organisation.Builder shuffled = Organisation.builder(organisation.id(), organisation.sector())
                .essentialEntity(organisation.essentialEntity());
        organisation.governingBodies().forEach(shuffled::governingBody);
        shuffledCopy(organisation.units(), random).forEach(shuffled::unit);
        shuffledCopy(organisation.processes(), random).forEach(shuffled::process);
        shuffledCopy(List.copyOf(organisation.people()), random).forEach(shuffled::person);
        shuffledCopy(organisation.appointments(), random).forEach(shuffled::appointment);
        shuffledCopy(organisation.lines(), random).forEach(shuffled::line);
        Allocation reordered = Allocation.of(shuffledCopy(allocation.assignments(), random));
        assertThat(rules.evaluate(shuffled.build(), reordered, catalog).findings())
                .isEqualTo(rules.evaluate(organisation, allocation, catalog).findings());
    }

    private static <T> List<T> shuffledCopy(List<T> values, Random random) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }

    @Provide
    Arbitrary<Appointment> newIsos() {
        return Combinators.combine(Arbitraries.of(Catalogs.ISO, Catalogs.DISO), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99).set().ofMaxSize(3), Arbitraries.integers().between(1, 10))
                .as((role, unit, covers, fte) -> new Appointment(AppointmentId.of("a-new-iso"),
                        PersonId.of("p-new-iso"), role, UnitId.of("u-" + unit), Fte.ofThousandths(fte * 100), false,
                        covers.stream().map(c -> UnitId.of("u-" + c)).collect(Collectors.toSet())));
    }

    /** The ISO work a CISO holds as R, in thousandths, and the CISO's total effort. */
    private long[] isoShare(Organisation o, Allocation a, PersonId ciso) {
        RuleContext ctx = RuleContext.of(o, a, catalog, Workload.none());
        long iso = a.forPerson(ciso).stream().filter(x -> x.has(Raci.R))
                .filter(x -> ctx.profileKindOf(x.responsibility())
                        .filter(k -> k == RoleKind.ISO || k == RoleKind.DECENTRAL_ISO).isPresent())
                .mapToLong(x -> ctx.effort(x).thousandths()).sum();
        return new long[] {iso, ctx.effortThousandths(ciso)};
    }

    @Property(tries = 200)
    void addingAnIsoNeverRaisesTheCisosIsoWorkShare(@ForAll Organisation organisation,
            @ForAll("newIsos") Appointment iso) {
        int units = organisation.units().size();
        Appointment placed = iso.withUnit(UnitId.of("u-" + Integer.parseInt(iso.unit().value().substring(2)) % units))
                .withCovers(iso.covers().stream().map(u -> UnitId.of("u-" + Integer.parseInt(u.value().substring(2))
                        % units)).collect(Collectors.toSet()));
        Organisation.Builder b = organisation.toBuilder().appointment(placed);
        organisation.appointment(AppointmentId.of("a-ciso")).ifPresent(c -> b.line(
                ReportingLine.toAppointment(placed.id(), ReportingLine.Kind.FUNCTIONAL, c.id())));
        Organisation more = b.build();
        Allocation before = Allocator.propose(organisation, catalog);
        Allocation after = Allocator.propose(more, catalog);
        for (PersonId ciso : RuleContext.of(organisation, before, catalog, Workload.none()).holders(RoleKind.CISO)) {
            long[] was = isoShare(organisation, before, ciso);
            long[] now = isoShare(more, after, ciso);
            // now.iso / now.total <= was.iso / was.total, without division
            assertThat(now[0] * Math.max(1, was[1])).isLessThanOrEqualTo(was[0] * Math.max(1, now[1]));
        }
    }

    @Property(tries = 100)
    void capacityOfASharedCisoSumsOverTheOrganisations(@ForAll("shared") List<Organisation> group) {
        PersonId ciso = PersonId.of("p-ciso");
        List<Allocation> proposals = group.stream().map(o -> Allocator.propose(o, catalog)).toList();
        long fte = 0;
        long effort = 0;
        for (int i = 0; i < group.size(); i++) {
            RuleContext ctx = RuleContext.of(group.get(i), proposals.get(i), catalog, Workload.none());
            fte += ctx.fteThousandths(ciso);
            effort += ctx.effortThousandths(ciso);
        }
        Workload.Builder others = Workload.builder();
        for (int i = 1; i < group.size(); i++) {
            others.add(group.get(i), proposals.get(i), catalog);
        }
        Evaluation first = rules.evaluate(group.get(0), proposals.get(0), catalog, others.build());
        boolean flagged = first.findings(Rules.CAPACITY).stream().anyMatch(f -> f.subject().equals("p-ciso"));
        Statistics.label("overloaded").collect(effort > fte);
        assertThat(flagged).isEqualTo(effort > fte);
        assertThat(first.findings(Rules.CAPACITY)).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Provide
    Arbitrary<List<Organisation>> shared() {
        return CompassArbitraries.sharedCiso(3);
    }

    @Property(tries = 200)
    void findingsNameIdsOnlyAndCiteSources(@ForAll Organisation organisation, @ForAll Random random) {
        Allocation allocation = CompassArbitraries.allocations(organisation, catalog).generator(10).next(random)
                .value();
        for (Finding f : rules.evaluate(organisation, allocation, catalog).findings()) {
            assertThat(f.sources()).isNotEmpty();
            assertThat(f.message().in(Language.EN))
                    .contains(f.subjects().get(0).split("@")[0]);
        }
    }

    @Property(tries = 200)
    void acceptancesOnlyMarkFindings(@ForAll Organisation organisation, @ForAll Random random,
            @ForAll @IntRange(min = -30, max = 30) int expiresIn) {
        Allocation allocation = CompassArbitraries.allocations(organisation, catalog).generator(10).next(random)
                .value();
        LocalDate today = LocalDate.of(2026, 6, 1);
        List<Finding> plain = rules.evaluate(organisation, allocation, catalog).findings();
        Assume.that(!plain.isEmpty());
        Finding chosen = plain.get(random.nextInt(plain.size()));
        RiskAcceptance acceptance = RiskAcceptance.of(chosen, "accepted in a test",
                GoverningBody.BOARD_OF_DIRECTORS, today.plusDays(expiresIn));
        Evaluation accepted = rules.evaluate(organisation, allocation, catalog, Workload.none(), List.of(acceptance),
                today);
        List<Finding> withoutExpired = accepted.findings().stream()
                .filter(f -> !f.ruleId().equals(Rules.RISK_ACCEPTANCE_EXPIRED))
                .map(f -> Finding.of(f.ruleId(), f.severity(), f.subjects(), f.message(), f.sources())).toList();
        assertThat(withoutExpired).isEqualTo(plain);
        boolean valid = expiresIn >= 0;
        assertThat(accepted.findings().stream().anyMatch(Finding::accepted)).isEqualTo(valid);
        assertThat(accepted.has(Rules.RISK_ACCEPTANCE_EXPIRED)).isEqualTo(!valid);
    }

    @Property(tries = 100)
    void aSeverityOverrideChangesOnlyThatRule(@ForAll Organisation organisation, @ForAll Severity severity,
            @ForAll("ruleIds") String ruleId) {
        Allocation proposal = Allocator.propose(organisation, catalog);
        List<Finding> plain = rules.evaluate(organisation, proposal, catalog).findings();
        List<Finding> overridden = rules.withSeverity(ruleId, severity).evaluate(organisation, proposal, catalog)
                .findings();
        assertThat(overridden).hasSameSizeAs(plain);
        assertThat(overridden).filteredOn(f -> f.ruleId().equals(ruleId)).allMatch(f -> f.severity() == severity);
        assertThat(overridden.stream().filter(f -> !f.ruleId().equals(ruleId)).toList())
                .isEqualTo(plain.stream().filter(f -> !f.ruleId().equals(ruleId)).toList());
    }

    @Provide
    Arbitrary<String> ruleIds() {
        return Arbitraries.of(rules.rules().stream().map(r -> r.id()).toList());
    }
}
