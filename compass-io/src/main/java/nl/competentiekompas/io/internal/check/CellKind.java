package nl.competentiekompas.io.internal.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.internal.CsvCells;
import nl.competentiekompas.io.internal.JsonIn;

/**
 * The syntaxes a CSV cell may have, each with its problem code. An empty cell is valid for every kind (whether
 * it may be empty is {@link jakarta.validation.constraints.NotBlank}'s business). The same checks serve the fast
 * path and the validator, so the two cannot disagree.
 */
public enum CellKind {
    /** A lower-kebab id. */
    KEBAB_ID("csv-id"),
    /** A pseudonymous person id. */
    PERSON_ID("csv-person"),
    /** A date, {@code yyyy-MM-dd} or {@code dd-MM-yyyy}. */
    DATE("csv-date"),
    /** A whole number. */
    INTEGER("csv-integer"),
    /** An FTE: 0 to 100, at most three decimals, decimal comma or point. */
    FTE("csv-fte"),
    /** Yes or no, in Dutch or English. */
    BOOLEAN("csv-boolean"),
    /** RACI letters. */
    RACI("csv-raci"),
    /** Unit ids separated by spaces, commas or bars. */
    UNIT_LIST("csv-covers");

    private final String code;

    CellKind(String code) {
        this.code = code;
    }

    /**
     * The problem code of a cell that is not of this kind.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether a stripped cell is empty or of this kind.
     *
     * @param cell the cell
     * @return true when valid
     */
    public boolean accepts(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        return switch (this) {
            case KEBAB_ID -> isKebab(cell);
            case PERSON_ID -> PersonId.isValid(cell);
            case DATE -> CsvCells.parseDate(cell).isPresent();
            case INTEGER -> CsvCells.parseInt(cell).isPresent();
            case FTE -> fte(cell).isPresent();
            case BOOLEAN -> bool(cell).isPresent();
            case RACI -> raci(cell) >= 0;
            case UNIT_LIST -> listItems(cell).stream().allMatch(CellKind::isKebab);
        };
    }

    /**
     * Splits a list cell at spaces, commas and bars.
     *
     * @param cell the stripped cell
     * @return the non-empty items, in order
     */
    public static List<String> listItems(String cell) {
        List<String> items = new ArrayList<>();
        for (String part : ListSeparators.PATTERN.split(cell)) {
            if (!part.isEmpty()) {
                items.add(part);
            }
        }
        return items;
    }

    /** In a holder: compiled when a list cell is first split, not whenever a cell's kind is checked. */
    private static final class ListSeparators {
        static final Pattern PATTERN = Pattern.compile("[\\s,|]+");
    }

    private static boolean isKebab(String cell) {
        try {
            JsonIn.kebab(cell);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * Parses an FTE cell.
     *
     * @param cell the stripped cell
     * @return the FTE, or empty when invalid
     */
    public static Optional<Fte> fte(String cell) {
        Optional<BigDecimal> number = CsvCells.parseDecimal(cell);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Fte.of(number.get()));
        } catch (InvalidValueException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a yes/no cell: {@code ja}, {@code nee}, {@code yes}, {@code no}, {@code true}, {@code false}, any case.
     *
     * @param cell the stripped cell
     * @return the value, or empty when invalid
     */
    public static Optional<Boolean> bool(String cell) {
        switch (cell.toLowerCase(java.util.Locale.ROOT)) {
            case "ja", "yes", "true", "j", "y" -> {
                return Optional.of(Boolean.TRUE);
            }
            case "nee", "no", "false", "n" -> {
                return Optional.of(Boolean.FALSE);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * Writes a yes/no cell in the language of the headers.
     *
     * @param value the value
     * @param language the header language
     * @return {@code ja}/{@code nee} or {@code yes}/{@code no}
     */
    public static String formatBool(boolean value, nl.competentiekompas.core.catalog.Language language) {
        return language == nl.competentiekompas.core.catalog.Language.NL ? (value ? "ja" : "nee")
                : (value ? "yes" : "no");
    }

    /**
     * Writes RACI bits as letters in {@code RACI} order.
     *
     * @param bits R=1, A=2, C=4, I=8
     * @return for example {@code RA}; empty for none
     */
    public static String formatRaci(int bits) {
        StringBuilder b = new StringBuilder(4);
        String letters = "RACI";
        for (int i = 0; i < 4; i++) {
            if ((bits & (1 << i)) != 0) {
                b.append(letters.charAt(i));
            }
        }
        return b.toString();
    }

    /**
     * Parses RACI letters into a bit set: R=1, A=2, C=4, I=8; case-insensitive, each letter at most once,
     * spaces, commas and slashes between letters allowed.
     *
     * @param cell the stripped cell
     * @return the bits, 0 for an empty cell, or -1 when invalid
     */
    public static int raci(String cell) {
        int bits = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = Character.toUpperCase(cell.charAt(i));
            int bit = switch (c) {
                case 'R' -> 1;
                case 'A' -> 2;
                case 'C' -> 4;
                case 'I' -> 8;
                case ' ', ',', '/', '+' -> 0;
                default -> -1;
            };
            if (bit < 0 || (bits & bit) != 0) {
                return -1;
            }
            bits |= bit;
        }
        return bits;
    }
}
