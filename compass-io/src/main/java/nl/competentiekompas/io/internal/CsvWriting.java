package nl.competentiekompas.io.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import nl.competentiekompas.io.CsvFormat;

/**
 * Writes one of our CSV files: the header line in the format's language, then records, every cell
 * neutralised against formula injection and quoted where needed. Not thread-safe.
 */
public final class CsvWriting implements Closeable {

    private final CsvWriter writer;
    private final CsvFormat format;
    private final String[] scratch;

    private CsvWriting(Writer out, CsvFormat format, int columns) {
        this.format = format;
        this.scratch = new String[columns];
        this.writer = CsvWriter.builder().fieldSeparator(format.separator()).quoteCharacter('"')
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(format.lineEnding() == CsvFormat.LineEnding.CRLF ? LineDelimiter.CRLF : LineDelimiter.LF)
                .build(out);
    }

    /**
     * Starts a file: byte-order mark when asked, then the header line.
     *
     * @param out the bytes; not closed until {@link #close()}
     * @param format the format
     * @param layout the columns
     * @return the writer
     */
    public static CsvWriting start(OutputStream out, CsvFormat format, CsvLayout layout) {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            if (format.byteOrderMark()) {
                text.write('\uFEFF');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvWriting writing = new CsvWriting(text, format, layout.columns().size());
        writing.record(layout.headers(format.headers()));
        return writing;
    }

    /**
     * The format in use.
     *
     * @return the format
     */
    public CsvFormat format() {
        return format;
    }

    /**
     * Writes one record, neutralising every cell.
     *
     * @param cells the cells in layout order
     */
    public void record(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            scratch[i] = CsvCells.neutralise(cells[i]);
        }
        writer.writeRecord(cells.length == scratch.length ? scratch : java.util.Arrays.copyOf(scratch, cells.length));
    }

    /**
     * Flushes what was written, leaving the stream open.
     */
    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes and closes.
     */
    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
