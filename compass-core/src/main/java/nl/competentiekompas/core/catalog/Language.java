package nl.competentiekompas.core.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The languages the catalog speaks: Dutch and English.
 *
 * @since 0.1
 */
public enum Language {
    /** Dutch, the language of the sources. */
    NL("nl"),
    /** English. */
    EN("en");

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /**
     * The BCP 47 language tag.
     *
     * @return {@code "nl"} or {@code "en"}; never null
     */
    public String tag() {
        return tag;
    }

    /**
     * The locale for formatting in this language.
     *
     * @return the locale; never null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The other language, used as the fallback.
     *
     * @return {@link #EN} for {@link #NL} and vice versa; never null
     */
    public Language other() {
        return this == NL ? EN : NL;
    }

    /**
     * Finds the language for a tag such as {@code "nl"} or {@code "en-GB"}; case does not matter.
     *
     * @param tag the tag; not null
     * @return the language, or empty when it is neither Dutch nor English
     */
    public static Optional<Language> fromTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        String primary = tag.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
