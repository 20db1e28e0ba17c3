package nl.competentiekompas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.Shrinkable;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.organisation.Organisation;

/** Counterexamples shrink to small organisations: a greedy shrink as jqwik does it, on a known failure. */
class ShrinkingTests {

    private static Organisation shrink(Arbitrary<Organisation> arbitrary, Predicate<Organisation> failing) {
        Random random = new Random(42);
        Shrinkable<Organisation> current = null;
        for (int i = 0; i < 1000 && current == null; i++) {
            Shrinkable<Organisation> candidate = arbitrary.generator(1000).next(random);
            if (failing.test(candidate.value()) && candidate.value().units().size() >= 4) {
                current = candidate;
            }
        }
        assertThat(current).as("a large failing organisation was generated").isNotNull();
        for (int steps = 0; steps < 10_000; steps++) {
            Optional<Shrinkable<Organisation>> smaller = current.shrink().filter(s -> failing.test(s.value()))
                    .findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            current = smaller.get();
        }
        return current.value();
    }

    @Example
    void aCisoUnderItShrinksToTwoUnitsAndFewPeople() {
        Predicate<Organisation> cisoUnderIt = o -> Rules.builtIn()
                .evaluate(o, Allocator.propose(o, Catalogs.builtIn()), Catalogs.builtIn()).has(Rules.CISO_INDEPENDENT);
        Organisation smallest = shrink(CompassArbitraries.organisations(), cisoUnderIt);
        assertThat(smallest.units()).hasSizeLessThanOrEqualTo(2);
        assertThat(smallest.processes()).isEmpty();
        assertThat(smallest.appointments()).hasSizeLessThanOrEqualTo(3);
    }

    @Example
    void anUncoveredUnitShrinksToOneUnitThatNeedsAnIso() {
        Predicate<Organisation> uncovered = o -> o.units().stream().anyMatch(u -> u.needsIso())
                && Rules.builtIn().evaluate(o, Allocator.propose(o, Catalogs.builtIn()), Catalogs.builtIn())
                        .findings(Rules.ISO_PRESENT).stream().anyMatch(f -> f.subject().startsWith("u-"));
        Organisation smallest = shrink(CompassArbitraries.organisations(), uncovered);
        assertThat(smallest.units()).hasSize(2);
        assertThat(smallest.processes()).isEmpty();
    }
}
