package nl.competentiekompas.io.internal;

import java.util.Locale;
import java.util.Objects;
import nl.competentiekompas.core.catalog.Language;

/**
 * A column of one of our CSV files: its header in Dutch and in English, and whether it must be present.
 *
 * @param nl the Dutch header
 * @param en the English header
 * @param required whether a file without this column is rejected
 */
public record CsvColumn(String nl, String en, boolean required) {

    /**
     * Checks the names.
     */
    public CsvColumn {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    /**
     * A required column.
     *
     * @param nl the Dutch header
     * @param en the English header
     * @return the column
     */
    public static CsvColumn required(String nl, String en) {
        return new CsvColumn(nl, en, true);
    }

    /**
     * An optional column.
     *
     * @param nl the Dutch header
     * @param en the English header
     * @return the column
     */
    public static CsvColumn optional(String nl, String en) {
        return new CsvColumn(nl, en, false);
    }

    /**
     * The header in a language.
     *
     * @param language the language
     * @return the header
     */
    public String header(Language language) {
        return language == Language.NL ? nl : en;
    }

    /**
     * Whether a header cell names this column, ignoring case and surrounding blanks.
     *
     * @param cell the header cell
     * @return true on a match
     */
    public boolean matches(String cell) {
        String normal = cell.strip().toLowerCase(Locale.ROOT);
        return normal.equals(nl.toLowerCase(Locale.ROOT)) || normal.equals(en.toLowerCase(Locale.ROOT));
    }

    /**
     * The name used in problem messages: both headers.
     *
     * @return for example {@code persoon/person}
     */
    public String label() {
        return nl.equals(en) ? nl : nl + "/" + en;
    }
}
