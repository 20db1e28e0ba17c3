package nl.competentiekompas.io.internal;

import java.util.Arrays;
import java.util.Objects;
import nl.competentiekompas.io.Location;

/**
 * One record of a CSV file as read: its starting line and its fields, with formula neutralisation already
 * reversed. The reader refills one row object for each record, so a row is valid until the next is read.
 * Columns are looked up through the header mapping the reader set. Not thread-safe.
 */
public final class CsvRow {

    private long line;
    private String[] fields;
    private int count;
    /** The fields, of the first 64, known to need no stripping: bit {@code i} for field {@code i}. */
    private long trimmed;
    private int[] fieldOf = new int[0];

    CsvRow(long line, String[] fields) {
        set(line, fields, fields.length);
    }

    /** Refills this row: the reader hands out one row object, read again for each record. */
    void set(long line, String[] fields, int count) {
        set(line, fields, count, 0);
    }

    /**
     * Refills this row, with the fields the reader knows to start and end with a visible ASCII character: they
     * are then not looked at again for blanks to strip.
     *
     * @param trimmed bit {@code i} set for such a field {@code i}, of the first 64
     */
    void set(long line, String[] fields, int count, long trimmed) {
        this.line = line;
        this.fields = fields;
        this.count = count;
        this.trimmed = trimmed;
    }

    void columns(int[] mapping) {
        this.fieldOf = mapping;
    }

    /**
     * The line the record starts on.
     *
     * @return the 1-based line
     */
    public long line() {
        return line;
    }

    /**
     * The number of fields.
     *
     * @return the count
     */
    public int size() {
        return count;
    }

    /**
     * A field by position.
     *
     * @param index the 0-based field
     * @return the field
     */
    public String field(int index) {
        Objects.checkIndex(index, count);
        return fields[index];
    }

    /**
     * The fields, for the header line.
     *
     * @return a copy of the fields
     */
    String[] fields() {
        return Arrays.copyOf(fields, count);
    }

    /**
     * Whether the file has a column of the layout.
     *
     * @param column the column's index in the layout
     * @return true when the header named it
     */
    public boolean has(int column) {
        return fieldOf[column] >= 0;
    }

    /**
     * The value of a column of the layout, stripped of surrounding blanks; empty when the file lacks the column.
     *
     * @param column the column's index in the layout
     * @return the value
     */
    public String get(int column) {
        int field = fieldOf[column];
        if (field < 0 || field >= count) {
            return "";
        }
        String cell = fields[field];
        return field < Long.SIZE && (trimmed >>> field & 1) != 0 ? cell : stripped(cell);
    }

    private static String stripped(String cell) {
        int n = cell.length();
        // most cells start and end with a visible ASCII character: nothing to strip, no per-character scan
        if (n == 0 || isVisibleAscii(cell.charAt(0)) && isVisibleAscii(cell.charAt(n - 1))) {
            return cell;
        }
        return cell.strip();
    }

    /** Whether a character is visible ASCII; a byte beyond ASCII, cast to a char, is not. */
    static boolean isVisibleAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    /**
     * The value of a column as written, not stripped; empty when the file lacks the column.
     *
     * @param column the column's index in the layout
     * @return the value
     */
    public String raw(int column) {
        int field = fieldOf[column];
        return field < 0 || field >= count ? "" : fields[field];
    }

    /**
     * The cell of a column, for problems; the record's first field when the file lacks the column.
     *
     * @param column the column's index in the layout
     * @return the location
     */
    public Location at(int column) {
        int field = fieldOf[column];
        return new Location.CsvCell(line, field < 0 ? 1 : field + 1);
    }
}
