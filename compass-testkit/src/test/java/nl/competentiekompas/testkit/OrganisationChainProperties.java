package nl.competentiekompas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.RuleCategory;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Scope;
import nl.competentiekompas.core.allocation.Workload;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;

/**
 * A stateful test: an organisation changes step by step (appoint, dismiss, assign, move a unit, accept a
 * finding, time passes) and the laws hold at every step.
 */
class OrganisationChainProperties {

    private static final Catalog CATALOG = Catalogs.builtIn();
    private static final Rules RULES = Rules.builtIn();
    private static final Set<String> STRUCTURAL = RULES.rules(RuleCategory.STRUCTURAL).stream()
            .map(r -> r.id()).collect(Collectors.toSet());

    /** The changing state: an organisation, its allocation, the acceptances and today's date. */
    static final class State {
        Organisation organisation;
        Allocation allocation;
        final List<RiskAcceptance> acceptances = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 1, 1);
        int counter;

        State(Organisation organisation) {
            this.organisation = organisation;
            this.allocation = Allocator.propose(organisation, CATALOG);
        }

        Evaluation evaluate() {
            return RULES.evaluate(organisation, allocation, CATALOG, Workload.none(), acceptances, today);
        }

        @Override
        public String toString() {
            return organisation + ", " + allocation + ", acceptances=" + acceptances.size() + ", today=" + today;
        }
    }

    @Provide
    Arbitrary<ActionChain<State>> chains() {
        return CompassArbitraries.organisations().units(1, 5).processes(0, 3).sound().flatMap(start ->
                ActionChain.startWith(() -> new State(start))
                        .withAction(new Appoint())
                        .withAction(new Dismiss())
                        .withAction(new Propose())
                        .withAction(new AssignOne())
                        .withAction(new MoveUnit())
                        .withAction(new AcceptFinding())
                        .withAction(new TimePasses())
                        .withMaxTransformations(12));
    }

    @Property(tries = 60)
    void lawsHoldAtEveryStep(@ForAll("chains") ActionChain<State> chain) {
        chain.withInvariant("evaluation is deterministic", s -> assertThat(s.evaluate()).isEqualTo(s.evaluate()))
                .withInvariant("acceptances hold until they expire", s -> {
                    Evaluation e = s.evaluate();
                    for (Finding f : e.findings()) {
                        f.acceptance().ifPresent(a -> assertThat(a.expiredOn(s.today)).isFalse());
                    }
                    long expired = s.acceptances.stream().filter(a -> a.expiredOn(s.today)).count();
                    assertThat(e.findings(Rules.RISK_ACCEPTANCE_EXPIRED)).hasSize((int) expired);
                })
                .withInvariant("evaluation is independent of the order of the assignments", s -> {
                    List<Assignment> reversed = new ArrayList<>(s.allocation.assignments());
                    Collections.reverse(reversed);
                    assertThat(RULES.evaluate(s.organisation, Allocation.of(reversed), CATALOG, Workload.none(),
                            s.acceptances, s.today)).isEqualTo(s.evaluate());
                })
                .withInvariant("a fresh proposal has no errors but structural ones", s -> {
                    Evaluation e = RULES.evaluate(s.organisation, Allocator.propose(s.organisation, CATALOG), CATALOG);
                    assertThat(e.errors()).allMatch(f -> STRUCTURAL.contains(f.ruleId()));
                })
                .run();
    }

    private static final List<RoleId> ROLES = List.of(Catalogs.CISO_MUNICIPALITY, Catalogs.CISO_HEALTHCARE,
            Catalogs.ISO, Catalogs.DISO, Catalogs.IT_MANAGER, Catalogs.LINE_MANAGER);

    /** Appoints someone, new or already present, in a role in a unit. */
    static final class Appoint implements Action.Dependent<State> {
        @Override
        public Arbitrary<Transformer<State>> transformer(State state) {
            List<UnitId> units = state.organisation.units().stream().map(Unit::id).toList();
            List<PersonId> people = new ArrayList<>(state.organisation.people());
            people.add(PersonId.of("p-new"));
            return Combinators.combine(Arbitraries.of(ROLES), Arbitraries.of(units), Arbitraries.of(people),
                    Arbitraries.integers().between(0, 10)).as((role, unit, person, fte) -> Transformer.mutate(
                            "appoint " + person + " as " + role + " in " + unit, s -> {
                                AppointmentId id = AppointmentId.of("a-step-" + s.counter++);
                                s.organisation = s.organisation.withAppointment(
                                        Appointment.of(id, person, role, unit, Fte.ofThousandths(fte * 100)));
                            }));
        }
    }

    /** Dismisses an appointment. */
    static final class Dismiss implements Action.Dependent<State> {
        @Override
        public boolean precondition(State state) {
            return !state.organisation.appointments().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<State>> transformer(State state) {
            return Arbitraries.of(state.organisation.appointments()).map(a -> Transformer.mutate(
                    "dismiss " + a.id(), s -> s.organisation = s.organisation.withoutAppointment(a.id())));
        }
    }

    /** Replaces the allocation by the proposal. */
    static final class Propose implements Action.Independent<State> {
        @Override
        public Arbitrary<Transformer<State>> transformer() {
            return Arbitraries.just(Transformer.mutate("propose",
                    s -> s.allocation = Allocator.propose(s.organisation, CATALOG)));
        }
    }

    /** Assigns one responsibility in the organisation scope to someone with some letters. */
    static final class AssignOne implements Action.Dependent<State> {
        @Override
        public Arbitrary<Transformer<State>> transformer(State state) {
            List<PersonId> people = new ArrayList<>(state.organisation.people());
            people.add(PersonId.of("p-outsider"));
            List<Responsibility> items = CATALOG.responsibilities();
            return Combinators.combine(Arbitraries.of(items), Arbitraries.of(people),
                    Arbitraries.of(Raci.class).set().ofMinSize(1)).as((r, p, letters) -> Transformer.mutate(
                            "assign " + r.id() + " to " + p + " as " + letters, s -> s.allocation = s.allocation.with(
                                    new Assignment(r.id(), Scope.organisation(), p, letters, Optional.empty()))));
        }
    }

    /** Moves a unit under another unit that is not below it. */
    static final class MoveUnit implements Action.Dependent<State> {
        @Override
        public boolean precondition(State state) {
            return state.organisation.units().size() > 1;
        }

        @Override
        public Arbitrary<Transformer<State>> transformer(State state) {
            Organisation o = state.organisation;
            List<Unit> units = o.units();
            return Combinators.combine(Arbitraries.of(units), Arbitraries.of(units)).as((moved, target) -> {
                if (o.pathToTop(target.id()).contains(moved.id())) {
                    return Transformer.<State>noop();
                }
                return Transformer.mutate("move " + moved.id() + " under " + target.id(),
                        s -> s.organisation = s.organisation.withUnit(
                                moved.withParent(Optional.of(target.id()))));
            });
        }
    }

    /** A governing body accepts one of the current findings for some days. */
    static final class AcceptFinding implements Action.Dependent<State> {
        @Override
        public boolean precondition(State state) {
            return state.evaluate().findings().stream().anyMatch(f -> !f.ruleId().equals(Rules.RISK_ACCEPTANCE_EXPIRED));
        }

        @Override
        public Arbitrary<Transformer<State>> transformer(State state) {
            List<Finding> open = state.evaluate().findings().stream()
                    .filter(f -> !f.ruleId().equals(Rules.RISK_ACCEPTANCE_EXPIRED)).toList();
            return Combinators.combine(Arbitraries.of(open), Arbitraries.integers().between(0, 60))
                    .as((f, days) -> Transformer.mutate("accept " + f.ruleId() + " " + f.subject() + " for " + days
                            + " days", s -> s.acceptances.add(RiskAcceptance.of(f, "accepted in a test",
                                    GoverningBody.BOARD_OF_DIRECTORS, s.today.plusDays(days)))));
        }
    }

    /** Days pass. */
    static final class TimePasses implements Action.Independent<State> {
        @Override
        public Arbitrary<Transformer<State>> transformer() {
            return Arbitraries.integers().between(1, 45).map(days -> Transformer.mutate(days + " days pass",
                    s -> s.today = s.today.plusDays(days)));
        }
    }
}
