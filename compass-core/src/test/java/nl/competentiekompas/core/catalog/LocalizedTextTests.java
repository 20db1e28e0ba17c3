package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalizedTextTests {

    @Test
    void holdsBothLanguages() {
        LocalizedText text = LocalizedText.of("beleid", "policy");
        assertThat(text.in(Language.NL)).isEqualTo("beleid");
        assertThat(text.in(Language.EN)).isEqualTo("policy");
        assertThat(text.find(Language.NL)).contains("beleid");
        assertThat(text.find(Language.EN)).contains("policy");
        assertThat(text.has(Language.NL)).isTrue();
        assertThat(text.has(Language.EN)).isTrue();
    }

    @Test
    void fallsBackToTheOtherLanguage() {
        LocalizedText dutch = LocalizedText.dutch("beleid");
        assertThat(dutch.in(Language.EN)).isEqualTo("beleid");
        assertThat(dutch.find(Language.EN)).isEmpty();
        assertThat(dutch.has(Language.EN)).isFalse();

        LocalizedText english = LocalizedText.english("policy");
        assertThat(english.in(Language.NL)).isEqualTo("policy");
        assertThat(english.find(Language.NL)).isEmpty();

        assertThat(LocalizedText.of(Language.NL, "beleid")).isEqualTo(dutch);
        assertThat(LocalizedText.of(Language.EN, "policy")).isEqualTo(english);
    }

    @Test
    void withAddsOrReplacesOneLanguage() {
        LocalizedText dutch = LocalizedText.dutch("beleid");
        assertThat(dutch.with(Language.EN, "policy")).isEqualTo(LocalizedText.of("beleid", "policy"));
        assertThat(dutch.with(Language.NL, "plan")).isEqualTo(LocalizedText.dutch("plan"));
        assertThat(dutch).isEqualTo(LocalizedText.dutch("beleid"));
    }

    @Test
    void rejectsBlankTexts() {
        assertInvalid(() -> LocalizedText.of(" ", "policy"), "LocalizedText", "nl", "must not be blank");
        assertInvalid(() -> LocalizedText.of("beleid", "\t"), "LocalizedText", "en", "must not be blank");
        assertInvalid(() -> LocalizedText.dutch(""), "LocalizedText", "nl", "must not be blank");
        assertInvalid(() -> LocalizedText.english("\n"), "LocalizedText", "en", "must not be blank");
        assertInvalid(() -> LocalizedText.dutch("beleid").with(Language.EN, " "), "LocalizedText", "en",
                "must not be blank");
    }

    @Test
    void rejectsNull() {
        assertNullRejected(() -> LocalizedText.of((String) null, "policy"), "LocalizedText.nl");
        assertNullRejected(() -> LocalizedText.of("beleid", null), "LocalizedText.en");
        assertNullRejected(() -> LocalizedText.of((Language) null, "x"), "language");
        assertNullRejected(() -> LocalizedText.dutch("x").in(null), "language");
        assertNullRejected(() -> LocalizedText.dutch("x").find(null), "language");
        assertNullRejected(() -> LocalizedText.dutch("x").with(null, "y"), "language");
    }

    @Test
    void equalByBothLanguages() {
        assertValueSemantics(LocalizedText.of("beleid", "policy"), LocalizedText.of("beleid", "policy"),
                LocalizedText.of("beleid", "policies"), LocalizedText.of("plan", "policy"),
                LocalizedText.dutch("beleid"), LocalizedText.english("policy"));
        assertValueSemantics(LocalizedText.dutch("x"), LocalizedText.dutch("x"), LocalizedText.english("x"));
    }

    @Test
    void toStringNamesLanguagesButNotTheText() {
        assertThat(LocalizedText.of("geheim", "secret")).hasToString("LocalizedText[nl, en]");
        assertThat(LocalizedText.dutch("geheim")).hasToString("LocalizedText[nl]");
        assertThat(LocalizedText.english("secret")).hasToString("LocalizedText[en]");
    }

    @Test
    void languageTagsAndFallback() {
        assertThat(Language.fromTag("nl")).contains(Language.NL);
        assertThat(Language.fromTag("EN-gb")).contains(Language.EN);
        assertThat(Language.fromTag("nl-BE")).contains(Language.NL);
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag("")).isEmpty();
        assertThat(Language.NL.other()).isEqualTo(Language.EN);
        assertThat(Language.EN.other()).isEqualTo(Language.NL);
        assertThat(Language.NL.tag()).isEqualTo("nl");
        assertThat(Language.EN.locale().getLanguage()).isEqualTo("en");
    }
}
