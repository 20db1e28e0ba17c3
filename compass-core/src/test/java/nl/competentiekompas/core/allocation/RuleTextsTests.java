package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.competentiekompas.core.catalog.Language;
import org.junit.jupiter.api.Test;

class RuleTextsTests {

    @Test
    void placeholdersTakeTheirArgumentsAsGivenAndMayRepeat() {
        assertThat(RuleTexts.Template.of("{1} before {0}, {1} again").fill("a", "b")).isEqualTo("b before a, b again");
    }

    @Test
    void bracesThatAreNoPlaceholderStayText() {
        assertThat(RuleTexts.Template.of("{} {x} {1a} { {0}} }{").fill("v")).isEqualTo("{} {x} {1a} { v} }{");
        assertThat(RuleTexts.Template.of("no placeholders").fill()).isEqualTo("no placeholders");
        assertThat(RuleTexts.Template.of("{0}").fill("")).isEmpty();
    }

    @Test
    void anArgumentMissingOrNullIsRefused() {
        assertThatThrownBy(() -> RuleTexts.Template.of("a {0}").fill((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("argument 0");
        assertThatThrownBy(() -> RuleTexts.Template.of("a {2}").fill("x"))
                .isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }

    @Test
    void aMessageIsFilledInInBothLanguages() {
        var text = RuleTexts.text("raci-responsible.none", "some-key@process:p-1");
        assertThat(text.in(Language.NL)).contains("some-key@process:p-1").doesNotContain("{0}");
        assertThat(text.in(Language.EN)).contains("some-key@process:p-1").doesNotContain("{0}");
        assertThat(text.in(Language.NL)).isNotEqualTo(text.in(Language.EN));
    }

    @Test
    void aMissingKeyFailsEveryTime() {
        assertThatThrownBy(() -> RuleTexts.text("no-such.key")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RuleTexts.text("no-such.key")).isInstanceOf(IllegalStateException.class);
    }
}
