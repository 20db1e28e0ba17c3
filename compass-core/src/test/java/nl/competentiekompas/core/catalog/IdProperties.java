package nl.competentiekompas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;

/** Identifiers accept exactly the documented grammar: a-z and 0-9 in words joined by single hyphens, at most 128. */
class IdProperties {

    private static final Pattern GRAMMAR = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static boolean documented(String value) {
        return value.length() <= 128 && GRAMMAR.matcher(value).matches();
    }

    @Provide
    Arbitrary<String> kebab() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(12);
        // ids are at most 128 characters: twelve words of twelve characters could be 155
        return word.list().ofMinSize(1).ofMaxSize(12).map(words -> String.join("-", words))
                .filter(id -> id.length() <= 128);
    }

    @Provide
    Arbitrary<String> candidates() {
        Arbitrary<String> noisy = Arbitraries.strings().withChars("az09-_A .\u00e9\n").ofMaxLength(10);
        Arbitrary<String> mutated = kebab().map(s -> s.replaceFirst("-", "--"));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, kebab()),
                net.jqwik.api.Tuple.of(3, noisy),
                net.jqwik.api.Tuple.of(1, mutated),
                net.jqwik.api.Tuple.of(1, kebab().map(s -> "-" + s)),
                net.jqwik.api.Tuple.of(1, kebab().map(s -> s + "-")));
    }

    @Property
    void everyIdTypeAcceptsExactlyTheGrammar(@ForAll("candidates") String value) {
        boolean valid = documented(value);
        Statistics.collect(valid);
        assertThat(Checks.isKebab(value)).isEqualTo(valid);
        if (valid) {
            assertThat(RoleId.of(value).value()).isEqualTo(value);
            assertThat(CompetencyId.of(value).value()).isEqualTo(value);
            assertThat(ResponsibilityId.of(value).value()).isEqualTo(value);
            assertThat(QuestionId.of(value).value()).isEqualTo(value);
            assertThat(RequirementId.of(value)).hasToString(value);
        } else {
            assertThatThrownBy(() -> RoleId.of(value)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.type()).isEqualTo("RoleId");
                assertThat(e.property()).isEqualTo("value");
            });
        }
        Statistics.coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 20);
            coverage.check(false).percentage(p -> p > 20);
        });
    }

    @Property
    void atMost128Characters(@ForAll @IntRange(min = 1, max = 300) int length) {
        String value = "a".repeat(length);
        assertThat(Checks.isKebab(value)).isEqualTo(length <= 128);
    }

    @Property
    void idsEqualAndOrderLikeTheirStrings(@ForAll("kebab") String a, @ForAll("kebab") String b) {
        assertThat(RoleId.of(a).equals(RoleId.of(b))).isEqualTo(a.equals(b));
        assertThat(Integer.signum(RoleId.of(a).compareTo(RoleId.of(b)))).isEqualTo(Integer.signum(a.compareTo(b)));
    }
}
