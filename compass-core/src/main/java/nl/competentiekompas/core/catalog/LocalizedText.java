package nl.competentiekompas.core.catalog;

import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A text in Dutch and English, or in one of the two.
 *
 * <p>Asking for a language that is missing falls back to the other one, so {@link #in(Language)} never
 * returns a blank string. At least one language is always present. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LocalizedText {

    private final @Nullable String nl;
    private final @Nullable String en;

    private LocalizedText(@Nullable String nl, @Nullable String en) {
        this.nl = nl;
        this.en = en;
    }

    /**
     * A text in both languages.
     *
     * @param nl the Dutch text; not null, not blank
     * @param en the English text; not null, not blank
     * @return the text; never null
     * @throws NullPointerException if either is null
     * @throws InvalidValueException if either is blank
     */
    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(check(nl, "nl"), check(en, "en"));
    }

    /**
     * A text in Dutch only; asking for English falls back to it.
     *
     * @param nl the Dutch text; not null, not blank
     * @return the text; never null
     */
    public static LocalizedText dutch(String nl) {
        return new LocalizedText(check(nl, "nl"), null);
    }

    /**
     * A text in English only; asking for Dutch falls back to it.
     *
     * @param en the English text; not null, not blank
     * @return the text; never null
     */
    public static LocalizedText english(String en) {
        return new LocalizedText(null, check(en, "en"));
    }

    /**
     * A text in one language.
     *
     * @param language the language; not null
     * @param text the text; not null, not blank
     * @return the text; never null
     */
    public static LocalizedText of(Language language, String text) {
        Objects.requireNonNull(language, "language");
        return language == Language.NL ? dutch(text) : english(text);
    }

    private static String check(String text, String property) {
        Checks.notNull(text, "LocalizedText", property);
        if (text.isBlank()) {
            throw new InvalidValueException("LocalizedText", property, "must not be blank");
        }
        return text;
    }

    /**
     * The text in a language, or in the other language when this one is missing.
     *
     * @param language the wanted language; not null
     * @return the text; never null or blank
     */
    public String in(Language language) {
        Objects.requireNonNull(language, "language");
        String wanted = language == Language.NL ? nl : en;
        if (wanted != null) {
            return wanted;
        }
        return Objects.requireNonNull(language == Language.NL ? en : nl);
    }

    /**
     * The text in exactly this language, without fallback.
     *
     * @param language the language; not null
     * @return the text, or empty when it is missing in that language
     */
    public Optional<String> find(Language language) {
        Objects.requireNonNull(language, "language");
        return Optional.ofNullable(language == Language.NL ? nl : en);
    }

    /**
     * Whether the text is present in a language (without fallback).
     *
     * @param language the language; not null
     * @return true when present
     */
    public boolean has(Language language) {
        return find(language).isPresent();
    }

    /**
     * Returns a copy with the text of one language replaced or added.
     *
     * @param language the language; not null
     * @param text the text; not null, not blank
     * @return the new text; never null
     */
    public LocalizedText with(Language language, String text) {
        Objects.requireNonNull(language, "language");
        String checked = check(text, language.tag());
        return language == Language.NL ? new LocalizedText(checked, en) : new LocalizedText(nl, checked);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && Objects.equals(nl, other.nl) && Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nl, en);
    }

    /**
     * A diagnostic form showing which languages are present, not the text (which may be personal).
     *
     * @return for example {@code LocalizedText[nl, en]}
     */
    @Override
    public String toString() {
        return "LocalizedText[" + (nl != null ? "nl" : "") + (nl != null && en != null ? ", " : "")
                + (en != null ? "en" : "") + "]";
    }
}
