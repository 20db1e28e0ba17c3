package nl.competentiekompas.io;

import java.util.Objects;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.InvalidValueException;

/**
 * One thing wrong with an input: where it is, a stable code, and a message in Dutch and English.
 *
 * <p>The message names the column or property and what was expected. It never repeats the input's values,
 * which may be personal data; a JSON Pointer may hold property names and array indexes only of the documents
 * this module defines. Codes are lower-kebab and stable across versions (the module README lists them).
 * Immutable and thread-safe.
 *
 * @param source the name of the input, such as a file name; not null, not blank
 * @param location where in the input; not null
 * @param code the problem's code, such as {@code field-count}; not null, lower-kebab
 * @param message what was expected, in Dutch and English; not null
 * @since 0.1
 */
public record Problem(String source, Location location, String code, LocalizedText message) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if the source is blank or the code not lower-kebab
     */
    public Problem {
        Objects.requireNonNull(source, "Problem.source");
        if (source.isBlank()) {
            throw new InvalidValueException("Problem", "source", "must not be blank");
        }
        Objects.requireNonNull(location, "Problem.location");
        Objects.requireNonNull(code, "Problem.code");
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidValueException("Problem", "code", "must be a lower-kebab code");
        }
        Objects.requireNonNull(message, "Problem.message");
    }

    /**
     * The problem as one line for people: source, place, code and message.
     *
     * @param language the language; not null
     * @return for example {@code people.csv, line 4, column 2 [date]: column 'date' must be ...}; never null
     */
    public String describe(Language language) {
        Objects.requireNonNull(language, "language");
        return source + ", " + location.describe(language) + " [" + code + "]: " + message.in(language);
    }

    /**
     * The English one-line description.
     *
     * @return {@link #describe(Language)} in English
     */
    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
