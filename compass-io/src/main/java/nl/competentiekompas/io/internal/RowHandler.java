package nl.competentiekompas.io.internal;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;

/**
 * Builds {@link CsvRow}s straight from FastCSV's buffer, reversing formula neutralisation without an extra
 * copy. Remembers the line of the record being parsed, so that a parse error can be located.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<CsvRow> {

    private String[] fields = new String[32];
    private final CsvRow row = new CsvRow(1, new String[0]);
    private int count;
    private long line;
    /** What to add to FastCSV's line numbers to make them the file's. */
    private final long lineShift;

    RowHandler(long lineShift) {
        this.lineShift = lineShift;
        this.line = 1 + lineShift;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        count = 0;
        line = startingLineNumber + lineShift;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        int skip = CsvCells.neutraliserLength(buf, offset, len);
        fields[count++] = len == skip ? "" : new String(buf, offset + skip, len - skip);
    }

    @Override
    protected CsvRow buildRecord() {
        row.set(line, fields, count);
        return row;
    }

    /**
     * The line of the record being parsed.
     *
     * @return the 1-based line
     */
    long line() {
        return Math.max(1, line);
    }
}
