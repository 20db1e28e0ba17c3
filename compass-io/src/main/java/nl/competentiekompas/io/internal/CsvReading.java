package nl.competentiekompas.io.internal;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Location;
import org.jspecify.annotations.Nullable;

/**
 * Reads one of our CSV files as a stream of values in constant memory.
 *
 * <p>A file in UTF-8 is split into records straight from its bytes ({@link CsvBytes}) as long as it is as our
 * writers write it; from the first record that is not, and for other files from the start, the text is decoded
 * and split by FastCSV, with the same rows and the same problems as a result.
 *
 * <p>Decoding follows {@link DecodingReader}; the separator ({@code ;} or {@code ,}) is the one the header line
 * uses more often outside quotes. Each record must have as many fields as the header: too few or too many is
 * a problem, never filled in. Values come out while the file is clean; after the first problem no more values
 * are delivered, but reading goes on to collect every problem (up to the cap), and the end of the file throws
 * {@link CompassImportException}. A malformed quote, a record larger than {@link #MAX_RECORD_CHARS} or an
 * invalid UTF-8 sequence ends reading at once. Not thread-safe.
 *
 * @param <T> the values
 */
public final class CsvReading<T> implements Iterator<T>, AutoCloseable {

    /** The largest record, in characters, that is read; larger ones are a problem (bounds memory). */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    /** The longest header line, in characters, that is searched for the separator. */
    public static final int MAX_HEADER_CHARS = 64 * 1024;

    private final ProblemSink sink;
    private final RowMapper<T> mapper;
    /** The byte path while it reads, or null. */
    private @Nullable CsvBytes bytes;
    /** The input the byte path reads from, closed with this reading. */
    private final @Nullable InputStream input;
    /** FastCSV, once it reads, with its handler and the number of lines before the text it reads. */
    private @Nullable CsvReader<CsvRow> reader;
    private @Nullable Iterator<CsvRow> rows;
    private RowHandler handler = new RowHandler(0);
    private long lineShift;
    private final char separator;
    private int[] fieldOf = new int[0];
    private String[] headerCells = new String[0];
    private long headerLine = 1;
    private int expectedFields;
    private @Nullable T pending;
    private boolean done;

    private CsvReading(Reader text, char separator, String source, RowMapper<T> mapper) {
        this.sink = new ProblemSink(source);
        this.mapper = mapper;
        this.separator = separator;
        this.input = null;
        split(text, 0);
    }

    private CsvReading(CsvBytes bytes, InputStream input, String source, RowMapper<T> mapper) {
        this.sink = new ProblemSink(source);
        this.mapper = mapper;
        this.separator = bytes.separator();
        this.bytes = bytes;
        this.input = input;
    }

    /** Lets FastCSV split a text that starts after some lines of the file. */
    private void split(Reader text, long linesBefore) {
        this.lineShift = linesBefore;
        this.handler = new RowHandler(linesBefore);
        CsvReader<CsvRow> csv = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false).allowExtraCharsAfterClosingQuote(false)
                .trimWhitespacesAroundQuotes(false).detectBomHeader(false).maxBufferSize(MAX_RECORD_CHARS)
                .build(handler, text);
        this.reader = csv;
        this.rows = csv.iterator();
    }

    /**
     * Opens a CSV stream and reads its header.
     *
     * @param <T> the values
     * @param in the bytes; closed by {@link #close()} and when the end is reached
     * @param source the input's name for problems
     * @param layout the file's columns
     * @param mapper how rows become values
     * @return the reading, positioned after the header
     * @throws CompassImportException if the file is empty, the header is wrong or cannot be decoded
     * @throws UncheckedIOException if reading fails
     */
    public static <T> CsvReading<T> open(InputStream in, String source, CsvLayout layout, RowMapper<T> mapper) {
        return open(in, source, layout, mapper, true);
    }

    /**
     * {@link #open(InputStream, String, CsvLayout, RowMapper)}, from the bytes as long as they allow, or decoded
     * from the start.
     */
    static <T> CsvReading<T> open(InputStream in, String source, CsvLayout layout, RowMapper<T> mapper,
            boolean fromBytes) {
        Objects.requireNonNull(in, "in");
        if (fromBytes) {
            CsvBytes bytes;
            try {
                bytes = CsvBytes.open(in);
            } catch (UncheckedIOException e) {
                closeQuietly(in);
                throw e;
            }
            if (bytes.state() != CsvBytes.State.HANDED_OVER) {
                return withHeader(new CsvReading<>(bytes, in, source, mapper), layout);
            }
            in = bytes.handOver().input();
        }
        ProblemSink early = new ProblemSink(source);
        DecodingReader decoded;
        HeaderSniffer.Sniffed sniffed;
        try {
            decoded = DecodingReader.open(in);
            sniffed = HeaderSniffer.sniff(decoded, MAX_HEADER_CHARS);
        } catch (DecodingReader.MalformedTextException e) {
            closeQuietly(in);
            throw early.fatal(new Location.TextPosition(e.line(), e.column()), "encoding-invalid-utf8");
        } catch (IOException e) {
            closeQuietly(in);
            throw new UncheckedIOException(e);
        }
        if (sniffed.tooLong()) {
            closeQuietly(in);
            throw early.fatal(new Location.CsvCell(1, 1), "csv-header-too-long", MAX_HEADER_CHARS);
        }
        return withHeader(new CsvReading<>(sniffed.reader(), sniffed.separator(), source, mapper), layout);
    }

    /** A reading with its header read, or closed when the header is wrong. */
    private static <T> CsvReading<T> withHeader(CsvReading<T> reading, CsvLayout layout) {
        try {
            reading.readHeader(layout);
        } catch (RuntimeException e) {
            reading.close();
            throw e;
        }
        return reading;
    }

    /**
     * The separator found in the header line.
     *
     * @return {@code ;} or {@code ,}
     */
    public char separator() {
        return separator;
    }

    /**
     * The header's cells as read, for layouts with open columns.
     *
     * @return a copy of the cells
     */
    public String[] headerCells() {
        return headerCells.clone();
    }

    /**
     * The header's line.
     *
     * @return the 1-based line
     */
    public long headerLine() {
        return headerLine;
    }

    /**
     * The field of each fixed column of the layout, -1 when absent.
     *
     * @return a copy of the mapping
     */
    public int[] columnFields() {
        return fieldOf.clone();
    }

    /**
     * Where this reading's problems go, for checks of open header columns right after opening.
     *
     * @return the sink
     */
    public ProblemSink problems() {
        return sink;
    }

    private void readHeader(CsvLayout layout) {
        CsvRow header = nextRow();
        if (header == null) {
            throw sink.fatal(new Location.CsvCell(1, 1), "csv-empty");
        }
        fieldOf = layout.resolve(header.line(), header.fields(), sink);
        headerCells = header.fields();
        headerLine = header.line();
        expectedFields = header.size();
        sink.throwIfAny();
    }

    private @Nullable CsvRow nextRow() {
        CsvBytes from = bytes;
        if (from != null) {
            CsvRow row = from.next();
            if (row != null || from.state() == CsvBytes.State.ENDED) {
                return row;
            }
            // the rest from the start of a line, known to be UTF-8: decoded and split with that line's number
            bytes = null;
            CsvBytes.Rest rest = from.handOver();
            try {
                split(DecodingReader.utf8(rest.input()), rest.line() - 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Iterator<CsvRow> split = Objects.requireNonNull(rows);
            return split.hasNext() ? split.next() : null;
        } catch (CsvParseException e) {
            // FastCSV's message quotes the input: it is neither shown nor chained.
            throw sink.fatal(new Location.CsvCell(handler.line(), 1), "csv-malformed", MAX_RECORD_CHARS);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof DecodingReader.MalformedTextException m) {
                throw sink.fatal(new Location.TextPosition(m.line() + lineShift, m.column()), "encoding-invalid-utf8");
            }
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        while (pending == null && !done) {
            CsvRow row;
            try {
                row = nextRow();
            } catch (RuntimeException e) {
                finish();
                throw e;
            }
            if (row == null) {
                finish();
                sink.throwIfAny();
                return false;
            }
            if (row.size() != expectedFields) {
                sink.add(new Location.CsvCell(row.line(), Math.min(row.size(), expectedFields) + 1),
                        row.size() < expectedFields ? "csv-too-few-fields" : "csv-too-many-fields",
                        expectedFields, row.size());
                continue;
            }
            row.columns(fieldOf);
            T value = mapper.map(row, sink);
            if (value != null && sink.isEmpty()) {
                pending = value;
            }
        }
        return pending != null;
    }

    /** Whether every record so far was split from the bytes, the decoder and FastCSV never having begun. */
    boolean readFromBytes() {
        return reader == null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T value = Objects.requireNonNull(pending);
        pending = null;
        return value;
    }

    private void finish() {
        done = true;
        close();
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            if (input != null) {
                input.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the input is unusable anyway; the problem found is what the caller needs
        }
    }
}
