package nl.competentiekompas.io.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The cell syntax of our CSV files: formula neutralisation and its reversal, dates, integers and decimals
 * with a comma or a point.
 *
 * <p>Formula injection (OWASP, "CSV injection"): a cell a spreadsheet would run as a formula starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF. On export such a cell gets a leading
 * {@code '}, which spreadsheets show as text. So that import gives back exactly what was exported, a cell
 * that already starts with {@code '} also gets one; on import one leading {@code '} is removed when a formula
 * starter or another {@code '} follows it. Other cells are left alone, so a hand-typed {@code 'abc} stays.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * Whether a character starts a spreadsheet formula.
     *
     * @param c the first character of a cell
     * @return true for {@code = + - @}, tab, CR and LF
     */
    public static boolean isFormulaStarter(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * Makes a cell safe to open in a spreadsheet.
     *
     * @param value the cell's text
     * @return the text, with a leading {@code '} when it starts with a formula starter or a {@code '}
     */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return isFormulaStarter(first) || first == '\'' ? "'" + value : value;
    }

    /**
     * How many leading characters of a cell on import are the neutralising {@code '}: 1 or 0.
     *
     * @param buf the characters
     * @param off where the cell starts
     * @param len its length
     * @return 1 when the cell starts with {@code '} and a formula starter or {@code '} follows
     */
    public static int neutraliserLength(char[] buf, int off, int len) {
        if (len >= 2 && buf[off] == '\'') {
            char next = buf[off + 1];
            return isFormulaStarter(next) || next == '\'' ? 1 : 0;
        }
        return 0;
    }

    /**
     * Reverses {@link #neutralise(String)}.
     *
     * @param cell the cell as read
     * @return the cell's value
     */
    public static String restore(String cell) {
        return neutraliserLength(cell.toCharArray(), 0, cell.length()) == 1 ? cell.substring(1) : cell;
    }

    /**
     * Parses a date written {@code yyyy-MM-dd} or {@code dd-MM-yyyy}.
     *
     * @param text the cell, trimmed by the caller
     * @return the date, or empty when the text is neither form or no such day exists
     */
    public static Optional<LocalDate> parseDate(String text) {
        if (text.length() != 10) {
            return Optional.empty();
        }
        int year;
        int month;
        int day;
        if (text.charAt(4) == '-' && text.charAt(7) == '-') {
            year = digits(text, 0, 4);
            month = digits(text, 5, 7);
            day = digits(text, 8, 10);
        } else if (text.charAt(2) == '-' && text.charAt(5) == '-') {
            day = digits(text, 0, 2);
            month = digits(text, 3, 5);
            year = digits(text, 6, 10);
        } else {
            return Optional.empty();
        }
        if (year < 0 || month < 0 || day < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a date as {@code yyyy-MM-dd}.
     *
     * @param date the date, years 0 to 9999
     * @return the text
     */
    public static String formatDate(LocalDate date) {
        return date.toString();
    }

    /** The value of the decimal digits of a text between two indexes, or -1 when another character is there. */
    static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Parses a whole number of at most nine digits, with an optional leading minus.
     *
     * @param text the cell, trimmed by the caller
     * @return the number, or empty when it is not one
     */
    public static OptionalInt parseInt(String text) {
        int n = text.length();
        int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (n == start || n - start > 9) {
            return OptionalInt.empty();
        }
        int value = digits(text, start, n);
        if (value < 0) {
            return OptionalInt.empty();
        }
        return start == 0 && value < SMALL.length ? SMALL[value] : OptionalInt.of(start == 1 ? -value : value);
    }

    // Scores and counts are small: their OptionalInts are shared rather than allocated for every cell read.
    private static final OptionalInt[] SMALL = new OptionalInt[16];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = OptionalInt.of(i);
        }
    }

    /**
     * Parses a decimal written with a comma or a point, such as {@code 0,8} or {@code 0.8}, without thousands
     * separators or exponent and at most 18 digits.
     *
     * @param text the cell, trimmed by the caller
     * @return the number, or empty when it is not one
     */
    public static Optional<BigDecimal> parseDecimal(String text) {
        int n = text.length();
        int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (n == start || n - start > 19) {
            return Optional.empty();
        }
        int point = -1;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.') {
                if (point >= 0 || i == start || i == n - 1) {
                    return Optional.empty();
                }
                point = i;
            } else if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        String plain = point < 0 ? text : text.substring(0, point) + "." + text.substring(point + 1);
        return Optional.of(new BigDecimal(plain));
    }

    /**
     * Writes a decimal with a comma or a point.
     *
     * @param value the number
     * @param decimalComma true for a comma
     * @return the plain text, without exponent
     */
    public static String formatDecimal(BigDecimal value, boolean decimalComma) {
        String plain = value.toPlainString();
        return decimalComma ? plain.replace('.', ',') : plain;
    }
}
