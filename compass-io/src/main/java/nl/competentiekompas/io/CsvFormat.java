package nl.competentiekompas.io;

import java.util.Objects;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Language;

/**
 * How CSV files are written: separator, byte-order mark, line ending, header language and decimal mark.
 *
 * <p>The default, {@link #excelNl()}, is what Dutch Excel opens correctly by double-click: {@code ;}, UTF-8
 * with a byte-order mark, CRLF, Dutch headers and a decimal comma. Reading accepts every combination, so
 * these options matter for the people and tools that open the files. Cells a spreadsheet would run as a
 * formula are always neutralised (see the module README). Immutable and thread-safe.
 *
 * @param separator {@code ;} or {@code ,}
 * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
 * @param lineEnding the line ending
 * @param headers the language of the header line; not null
 * @param decimalComma whether fractional numbers use a comma
 * @since 0.1
 */
public record CsvFormat(char separator, boolean byteOrderMark, LineEnding lineEnding, Language headers,
        boolean decimalComma) {

    /**
     * The line ending to write.
     *
     * @since 0.1
     */
    public enum LineEnding {
        /** Carriage return and line feed, as Windows and Excel use. */
        CRLF("\r\n"),
        /** Line feed only. */
        LF("\n");

        private final String chars;

        LineEnding(String chars) {
            this.chars = chars;
        }

        /**
         * The characters of the line ending.
         *
         * @return {@code "\r\n"} or {@code "\n"}; never null
         */
        public String chars() {
            return chars;
        }
    }

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if the line ending or header language is null
     * @throws InvalidValueException if the separator is neither {@code ;} nor {@code ,}, or a comma separator
     *         is combined with a decimal comma
     */
    public CsvFormat {
        if (separator != ';' && separator != ',') {
            throw new InvalidValueException("CsvFormat", "separator", "must be ';' or ','");
        }
        Objects.requireNonNull(lineEnding, "CsvFormat.lineEnding");
        Objects.requireNonNull(headers, "CsvFormat.headers");
        if (separator == ',' && decimalComma) {
            throw new InvalidValueException("CsvFormat", "decimalComma",
                    "must be false when the separator is ',' (the cells would need quotes)");
        }
    }

    /**
     * What Dutch Excel opens correctly: {@code ;}, byte-order mark, CRLF, Dutch headers, decimal comma.
     *
     * @return the format; never null
     */
    public static CsvFormat excelNl() {
        return new CsvFormat(';', true, LineEnding.CRLF, Language.NL, true);
    }

    /**
     * The international form: {@code ,}, no byte-order mark, LF, English headers, decimal point.
     *
     * @return the format; never null
     */
    public static CsvFormat international() {
        return new CsvFormat(',', false, LineEnding.LF, Language.EN, false);
    }

    /**
     * Returns a copy with another separator; a comma also switches to a decimal point.
     *
     * @param value {@code ;} or {@code ,}
     * @return the new format; never null
     */
    public CsvFormat withSeparator(char value) {
        return new CsvFormat(value, byteOrderMark, lineEnding, headers, decimalComma && value == ';');
    }

    /**
     * Returns a copy with or without a byte-order mark.
     *
     * @param value whether to write one
     * @return the new format; never null
     */
    public CsvFormat withByteOrderMark(boolean value) {
        return new CsvFormat(separator, value, lineEnding, headers, decimalComma);
    }

    /**
     * Returns a copy with another line ending.
     *
     * @param value the line ending; not null
     * @return the new format; never null
     */
    public CsvFormat withLineEnding(LineEnding value) {
        return new CsvFormat(separator, byteOrderMark, value, headers, decimalComma);
    }

    /**
     * Returns a copy with headers in another language.
     *
     * @param value the language; not null
     * @return the new format; never null
     */
    public CsvFormat withHeaders(Language value) {
        return new CsvFormat(separator, byteOrderMark, lineEnding, value, decimalComma);
    }

    /**
     * Returns a copy with or without a decimal comma.
     *
     * @param value whether to use a comma
     * @return the new format; never null
     * @throws InvalidValueException if a comma is asked for with a comma separator
     */
    public CsvFormat withDecimalComma(boolean value) {
        return new CsvFormat(separator, byteOrderMark, lineEnding, headers, value);
    }
}
