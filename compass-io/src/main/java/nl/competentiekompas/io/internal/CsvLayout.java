package nl.competentiekompas.io.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.io.Location;

/**
 * The columns of one kind of CSV file, and how a header line maps onto them. Immutable and thread-safe.
 */
public final class CsvLayout {

    private final List<CsvColumn> columns;
    private final boolean open;
    private final Map<String, Integer> byHeader = new HashMap<>();

    /**
     * Creates a closed layout: every header must name one of the columns.
     *
     * @param columns the columns in export order
     */
    public CsvLayout(List<CsvColumn> columns) {
        this(columns, false);
    }

    /**
     * Creates a layout.
     *
     * @param columns the fixed columns, in export order
     * @param open whether headers beyond the fixed columns are allowed (the mapper checks them, such as the
     *        people of a RACI matrix)
     */
    public CsvLayout(List<CsvColumn> columns, boolean open) {
        this.open = open;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            CsvColumn column = this.columns.get(i);
            byHeader.put(column.nl().toLowerCase(Locale.ROOT), i);
            byHeader.put(column.en().toLowerCase(Locale.ROOT), i);
        }
    }

    /**
     * The columns in export order.
     *
     * @return the columns
     */
    public List<CsvColumn> columns() {
        return columns;
    }

    /**
     * The header line in a language.
     *
     * @param language the language
     * @return the headers in export order
     */
    public String[] headers(Language language) {
        return columns.stream().map(c -> c.header(language)).toArray(String[]::new);
    }

    private String expected() {
        return columns.stream().map(CsvColumn::label).collect(Collectors.joining(", "));
    }

    /**
     * Maps a header line onto the columns; every unknown, repeated or missing header is a problem.
     *
     * @param line the header's line
     * @param cells the header cells
     * @param sink where problems go
     * @return for each column of the layout, the 0-based field holding it, or -1 when absent
     */
    public int[] resolve(long line, String[] cells, ProblemSink sink) {
        int[] fieldOf = new int[columns.size()];
        java.util.Arrays.fill(fieldOf, -1);
        for (int field = 0; field < cells.length; field++) {
            Integer index = byHeader.get(cells[field].strip().toLowerCase(Locale.ROOT));
            Location at = new Location.CsvCell(line, field + 1);
            if (index == null) {
                if (!open) {
                    sink.add(at, "csv-unknown-header", field + 1, expected());
                }
            } else if (fieldOf[index] >= 0) {
                sink.add(at, "csv-duplicate-header", columns.get(index).label());
            } else {
                fieldOf[index] = field;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (fieldOf[i] < 0 && columns.get(i).required()) {
                sink.add(new Location.CsvCell(line, 1), "csv-missing-header", columns.get(i).label());
            }
        }
        return fieldOf;
    }
}
