package nl.competentiekompas.io;

import java.util.Objects;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Language;

/**
 * Where in an input a {@link Problem} was found: a cell of a CSV file, a character position in a text, or a
 * JSON Pointer into a JSON document.
 *
 * <p>Lines, columns and fields count from 1. Implementations are records, immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Location permits Location.CsvCell, Location.TextPosition, Location.JsonPointer {

    /**
     * A short description for people, such as {@code regel 4, kolom 2} or {@code line 4, column 2}.
     *
     * @param language the language; not null
     * @return the description; never null
     */
    String describe(Language language);

    /**
     * A cell of a CSV file: the physical line its record starts on and the 1-based field number, which is what
     * spreadsheets call the column. Problems about a whole record point at its first field.
     *
     * @param line the 1-based line the record starts on
     * @param column the 1-based field number
     * @since 0.1
     */
    record CsvCell(long line, int column) implements Location {

        /**
         * Checks the numbers.
         *
         * @throws InvalidValueException if the line or column is below 1
         */
        public CsvCell {
            positive(line, "CsvCell", "line");
            positive(column, "CsvCell", "column");
        }

        @Override
        public String describe(Language language) {
            Objects.requireNonNull(language, "language");
            return (language == Language.NL ? "regel " : "line ") + line
                    + (language == Language.NL ? ", kolom " : ", column ") + column;
        }
    }

    /**
     * A character position in a text: used for encoding errors and for JSON that is not well-formed, where no
     * cell or pointer can be named yet.
     *
     * @param line the 1-based line
     * @param column the 1-based character column on that line
     * @since 0.1
     */
    record TextPosition(long line, long column) implements Location {

        /**
         * Checks the numbers.
         *
         * @throws InvalidValueException if the line or column is below 1
         */
        public TextPosition {
            positive(line, "TextPosition", "line");
            positive(column, "TextPosition", "column");
        }

        @Override
        public String describe(Language language) {
            Objects.requireNonNull(language, "language");
            return (language == Language.NL ? "regel " : "line ") + line
                    + (language == Language.NL ? ", teken " : ", character ") + column;
        }
    }

    /**
     * A JSON Pointer (RFC 6901) to the value a problem is about, such as {@code /profiles/2/name}. The empty
     * pointer is the whole document.
     *
     * @param pointer the pointer; not null; empty or starting with {@code /}
     * @since 0.1
     */
    record JsonPointer(String pointer) implements Location {

        /**
         * Checks the pointer's form.
         *
         * @throws NullPointerException if {@code pointer} is null
         * @throws InvalidValueException if it is neither empty nor starts with {@code /}
         */
        public JsonPointer {
            Objects.requireNonNull(pointer, "JsonPointer.pointer");
            if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
                throw new InvalidValueException("JsonPointer", "pointer", "must be empty or start with '/'");
            }
        }

        @Override
        public String describe(Language language) {
            Objects.requireNonNull(language, "language");
            return (language == Language.NL ? "JSON-pointer '" : "JSON pointer '") + pointer + "'";
        }
    }

    private static void positive(long value, String type, String property) {
        if (value < 1) {
            throw new InvalidValueException(type, property, "must be 1 or more, got " + value);
        }
    }
}
