package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.competentiekompas.core.catalog.Language;
import org.junit.jupiter.api.Test;

class MessagesTests {

    @Test
    void bothLanguagesHoldTheSameCodesAndPlaceholders() {
        assertThat(Messages.codes(true)).isEqualTo(Messages.codes(false)).isNotEmpty();
        for (String code : Messages.codes(true)) {
            String nl = Messages.text(code, "A0", "A1").in(Language.NL);
            String en = Messages.text(code, "A0", "A1").in(Language.EN);
            assertThat(nl.contains("A0")).as(code).isEqualTo(en.contains("A0"));
            assertThat(nl.contains("A1")).as(code).isEqualTo(en.contains("A1"));
            assertThat(nl + en).as(code).doesNotContain("{").doesNotContain("''");
        }
    }

    @Test
    void argumentsAreFilledLiterallyWithoutLocaleFormatting() {
        assertThat(Messages.text("csv-too-few-fields", 1234567, 2).in(Language.EN))
                .startsWith("the record has 2 fields, but the header has 1234567");
        assertThatThrownBy(() -> Messages.text("no-such-code")).isInstanceOf(IllegalStateException.class);
    }
}
