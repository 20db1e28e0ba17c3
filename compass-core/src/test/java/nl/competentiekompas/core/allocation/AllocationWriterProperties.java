package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.internal.Numbering;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * Keys an allocation's writer repeats, for another responsibility, read as if their assignments had been written
 * again: whatever runs of written and repeated keys come in whatever order, the allocation is the one its
 * assignments make, and every lookup finds what it finds there; the repeated assignments are held once.
 */
class AllocationWriterProperties {

    /** What to write, planned before the writer is made, as it must be told the sizes. */
    private static final class Plan {
        final List<Consumer<Allocation.Writer>> steps = new ArrayList<>();
        final List<Assignment> expected = new ArrayList<>();
        int keys;
        int held;
        /** The assignments of the repeatable keys, if any were ended. */
        List<Assignment> repeatable = List.of();
        int repeatableKeys;
    }

    @Property(tries = 300)
    void repeatedKeysReadAsTheKeysTheyRepeat(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Numbering<PersonId> people = new Numbering<>(16);
        for (int p = 0, count = 1 + random.nextInt(12); p < count; p++) {
            people.add(PersonId.of(String.format(Locale.ROOT, "p-%02d", p)));
        }
        people.freeze();
        boolean explicit = random.nextBoolean();
        Plan plan = new Plan();
        int responsibilities = 1 + random.nextInt(8);
        for (int r = 0; r < responsibilities; r++) {
            ResponsibilityId id = ResponsibilityId.of(String.format(Locale.ROOT, "r-%02d", r));
            int nextScope = 0;
            if (plan.repeatableKeys > 0 && random.nextInt(3) > 0) {
                repeat(plan, id);
                // some keys of the same responsibility after the repeated ones: a run of their own
                nextScope = random.nextBoolean() ? 100 : -1;
            } else {
                boolean repeatable = random.nextInt(3) == 0;
                if (repeatable) {
                    plan.steps.add(Allocation.Writer::beginRepeatable);
                    plan.repeatable = new ArrayList<>();
                    plan.repeatableKeys = 0;
                }
                write(plan, id, 0, random, people, explicit, repeatable);
                if (repeatable) {
                    plan.steps.add(Allocation.Writer::endRepeatable);
                }
            }
            if (nextScope > 0) {
                write(plan, id, nextScope, random, people, explicit, false);
            }
        }

        Allocation.Writer writer = new Allocation.Writer(plan.expected.size(), plan.held, plan.keys, people, explicit);
        plan.steps.forEach(step -> step.accept(writer));
        Allocation written = writer.allocation();

        Allocation expected = Allocation.of(plan.expected);
        assertThat(written.assignments()).containsExactlyElementsOf(plan.expected);
        assertThat(written).isEqualTo(expected);
        assertThat(written.size()).isEqualTo(expected.size());
        assertThat(written.keys()).containsExactlyElementsOf(expected.keys());
        for (Assignment.Key key : expected.keys()) {
            assertThat(written.forKey(key)).containsExactlyElementsOf(expected.forKey(key));
        }
        for (int p = 0; p < people.size(); p++) {
            assertThat(written.forPerson(people.get(p))).containsExactlyElementsOf(expected.forPerson(people.get(p)));
        }
        assertThat(written.people()).isEqualTo(expected.people());
        assertThat(written.personSlots()).hasSize(plan.held);
    }

    @Example
    void aWriterToldToHoldWhatItRepeatsRefusesToFinish() {
        Numbering<PersonId> people = onePerson();
        // two assignments announced, both held: the second repeats the first, so one is held
        Allocation.Writer writer = new Allocation.Writer(2, 2, 2, people, false);
        repeatable(writer, "r-1");
        writer.endRepeatable();
        writer.repeat(ResponsibilityId.of("r-2"));
        assertThatThrownBy(writer::allocation).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 assignments (1 held)");
        assertThatThrownBy(() -> new Allocation.Writer(1, 2, 1, people, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void keysBegunAsRepeatableAreNotRepeatedBeforeTheyEnd() {
        Allocation.Writer writer = new Allocation.Writer(3, 2, 3, onePerson(), false);
        repeatable(writer, "r-1");
        writer.endRepeatable();
        repeatable(writer, "r-2");
        assertThatThrownBy(() -> writer.repeat(ResponsibilityId.of("r-3"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no repeatable keys ended");
    }

    private static Numbering<PersonId> onePerson() {
        Numbering<PersonId> people = new Numbering<>(1);
        people.add(PersonId.of("p"));
        return people.freeze();
    }

    /** Begins repeatable keys: one key of a responsibility, its one person responsible. */
    private static void repeatable(Allocation.Writer writer, String responsibility) {
        writer.beginRepeatable();
        writer.key(ResponsibilityId.of(responsibility), Scope.organisation());
        writer.add(0, Allocation.R, -1);
    }

    /** Plans the keys of a responsibility, from a scope number on, each with some people in order. */
    private static void write(Plan plan, ResponsibilityId id, int fromScope, SplittableRandom random,
            Numbering<PersonId> people, boolean explicit, boolean repeatable) {
        for (int k = 0, keys = 1 + random.nextInt(4); k < keys; k++) {
            Scope scope = new Scope(ScopeKind.PROCESS,
                    String.format(Locale.ROOT, "pr-%03d", fromScope + k));
            plan.steps.add(w -> w.key(id, scope));
            plan.keys++;
            plan.repeatableKeys += repeatable ? 1 : 0;
            for (int p = random.nextInt(people.size()); p < people.size(); p += 1 + random.nextInt(3)) {
                int slot = p;
                int letters = 1 + random.nextInt((1 << Raci.values().length) - 1);
                int effort = explicit && random.nextBoolean() ? random.nextInt(1000) : -1;
                plan.steps.add(w -> w.add(slot, letters, effort));
                Assignment a = new Assignment(id, scope, people.get(slot), Raci.ofMask(letters),
                        effort < 0 ? Optional.empty() : Optional.of(Fte.ofThousandths(effort)));
                plan.expected.add(a);
                plan.held++;
                if (repeatable) {
                    plan.repeatable.add(a);
                }
            }
        }
    }

    /** Plans the repeatable keys again, for another responsibility. */
    private static void repeat(Plan plan, ResponsibilityId id) {
        plan.steps.add(w -> w.repeat(id));
        plan.keys += plan.repeatableKeys;
        for (Assignment a : plan.repeatable) {
            plan.expected.add(new Assignment(id, a.scope(), a.person(), a.raci(), a.effort()));
        }
    }
}
