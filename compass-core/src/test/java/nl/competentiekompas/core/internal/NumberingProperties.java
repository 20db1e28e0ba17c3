package nl.competentiekompas.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NumberingProperties {

    /** Few distinct values, so that values repeat and hash cells collide. */
    @Provide
    Arbitrary<List<String>> values() {
        return Arbitraries.strings().withChars("abc").ofMaxLength(3).list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void numbersValuesInTheOrderFirstAdded(@ForAll("values") List<String> values) {
        Numbering<String> numbering = new Numbering<>(2);
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        for (String value : values) {
            firstSeen.putIfAbsent(value, firstSeen.size());
            // a copy: found by equality, not identity
            assertThat(numbering.add(new String(value))).isEqualTo(firstSeen.get(value));
        }
        assertThat(numbering.size()).isEqualTo(firstSeen.size());
        firstSeen.forEach((value, number) -> {
            assertThat(numbering.number(value)).isEqualTo(number);
            assertThat(numbering.get(number)).isEqualTo(value);
            assertThat(numbering.identity(number)).isSameAs(numbering.get(number));
        });
        assertThat(numbering.number("absent")).isEqualTo(-1);
    }

    @Property(tries = 300)
    void numbersManyAsNumberDoesOne(@ForAll("values") List<String> added, @ForAll("values") List<String> asked) {
        Numbering<String> numbering = new Numbering<>(added.size());
        added.forEach(numbering::add);
        int[] numbers = numbering.numbers(asked.toArray(new String[0]));
        for (int i = 0; i < numbers.length; i++) {
            assertThat(numbers[i]).isEqualTo(numbering.number(asked.get(i)));
        }
    }

    @Property(tries = 100)
    void aFrozenNumberingTakesNoNewValues(@ForAll("values") List<String> values) {
        Numbering<String> numbering = new Numbering<>(4);
        values.forEach(numbering::add);
        numbering.freeze();
        values.forEach(v -> assertThat(numbering.add(v)).isEqualTo(numbering.number(v)));
        assertThatThrownBy(() -> numbering.add("new")).isInstanceOf(IllegalStateException.class);
    }
}
