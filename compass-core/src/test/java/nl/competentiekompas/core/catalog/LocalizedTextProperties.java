package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LocalizedTextProperties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t\n\r\f\u000B\u2003\u3000").ofMaxLength(6);
    }

    @Provide
    Arbitrary<LocalizedText> localizedTexts() {
        return Arbitraries.oneOf(
                Combinators.combine(texts(), texts()).as(LocalizedText::of),
                texts().map(LocalizedText::dutch),
                texts().map(LocalizedText::english));
    }

    /** Small alphabets, so that equal parts occur often. */
    @Provide
    Arbitrary<String> shortTexts() {
        return Arbitraries.strings().withChars("ab").ofMinLength(1).ofMaxLength(2);
    }

    @Property
    void inFallsBackToTheOtherLanguageAndIsNeverBlank(@ForAll("localizedTexts") LocalizedText text,
            @ForAll Language language) {
        String shown = text.in(language);
        assertThat(shown).isNotBlank();
        assertThat(shown).isEqualTo(text.find(language).orElseGet(() -> text.find(language.other()).orElseThrow()));
        assertThat(text.has(language) || text.has(language.other())).isTrue();
    }

    @Property
    void withReplacesExactlyOneLanguage(@ForAll("localizedTexts") LocalizedText text, @ForAll Language language,
            @ForAll("texts") String replacement) {
        LocalizedText changed = text.with(language, replacement);
        assertThat(changed.find(language)).contains(replacement);
        assertThat(changed.find(language.other())).isEqualTo(text.find(language.other()));
        assertThat(text.with(language, replacement)).isEqualTo(changed);
    }

    @Property
    void withTheSameTextChangesNothing(@ForAll("localizedTexts") LocalizedText text, @ForAll Language language) {
        text.find(language).ifPresent(present -> assertThat(text.with(language, present)).isEqualTo(text));
    }

    @Property
    void blankTextsAreRejectedInEitherLanguage(@ForAll("blanks") String blank, @ForAll Language language) {
        assertInvalid(() -> LocalizedText.of(language, blank), "LocalizedText", language.tag(), "must not be blank");
        assertInvalid(() -> LocalizedText.of("x", "y").with(language, blank), "LocalizedText", language.tag(),
                "must not be blank");
    }

    @Property
    void equalExactlyWhenBothLanguagesAre(@ForAll("shortTexts") String nl1, @ForAll("shortTexts") String en1,
            @ForAll("shortTexts") String nl2, @ForAll("shortTexts") String en2) {
        LocalizedText first = LocalizedText.of(nl1, en1);
        LocalizedText second = LocalizedText.of(nl2, en2);
        boolean same = nl1.equals(nl2) && en1.equals(en2);
        assertThat(first.equals(second)).isEqualTo(same);
        if (same) {
            assertThat(first).hasSameHashCodeAs(second);
        }
    }
}
