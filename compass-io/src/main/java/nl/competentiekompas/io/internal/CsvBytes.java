package nl.competentiekompas.io.internal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The cheapest path for one of our CSV files in UTF-8: splits records straight from the bytes into the rows
 * FastCSV makes of the decoded text with {@link CsvReading}'s settings, without decoding the text first. It
 * chooses the encoding and the separator as {@link DecodingReader} and {@link HeaderSniffer} do, and accepts a
 * subset of what FastCSV accepts: fields in quotes or without any, strict UTF-8, records of at most
 * {@link #LARGEST_RECORD} bytes. At the first thing outside that subset it stops, and hands over the rest of the
 * file from the start of the record it was reading, which is the start of a line, with that line's number: the
 * decoder and FastCSV then read the rest as they would have read the whole. When the file is not UTF-8, or the
 * header is outside the subset, it hands over the whole file before any record.
 *
 * <p>Each record is read whole or not at all: when the buffer ends inside one, it is refilled and the record
 * read again from its start. Memory stays bounded by the read size and the largest record. Not thread-safe.
 */
final class CsvBytes extends ByteWindow<CsvRow> {

    /** The read size, in bytes; at least what decides the encoding. */
    static final int READ = Math.max(1 << 18, DecodingReader.SNIFF_BYTES);
    /** A record longer than this, in bytes, is handed over: well below FastCSV's limit in characters. */
    static final int LARGEST_RECORD = 1 << 16;
    /** A record of more fields than this is handed over. */
    private static final int MOST_FIELDS = 1024;

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long LFS = ONES * '\n';
    private static final long CRS = ONES * '\r';

    /** Where the next record, or the empty lines before it, start; and that place's line, from 1. */
    private int next;
    private long nextLine = 1;
    private boolean headerRead;
    /** Whether the header, read when opening, is yet to be handed out. */
    private boolean headerPending;
    private char separator = ';';
    private final CsvRow row = new CsvRow(1, new String[0]);
    private String[] fields = new String[16];
    /** The bytes of a quoted field with doubled quotes, made single, and room to read a word past them. */
    private byte[] unquoted = new byte[256 + Long.BYTES];

    /** The fields of this many columns, from the first, are looked up among the short texts seen before. */
    private static final int KNOWN_COLUMNS = 16;
    /** Texts up to this many bytes are looked up: two words. */
    private static final int KNOWN_LENGTH = 2 * Long.BYTES;
    /** The places per column: a power of two. */
    private static final int KNOWN_BITS = 6;
    /**
     * Short ASCII texts seen before, per column, each in a place chosen by its bytes, with its bytes as two words
     * and its length: a file repeats the ids, dates and scores of its columns row after row, which then take no
     * new string and are compared as two words. The table is of a fixed size; a text that finds its place taken
     * takes it over.
     */
    private final String[] known = new String[KNOWN_COLUMNS << KNOWN_BITS];
    private final long[] knownLow = new long[KNOWN_COLUMNS << KNOWN_BITS];
    private final long[] knownHigh = new long[KNOWN_COLUMNS << KNOWN_BITS];
    private final int[] knownLength = new int[KNOWN_COLUMNS << KNOWN_BITS];
    /**
     * Per column, the last short ASCII field read without quotes: its bytes as two words, its length (-1 for
     * none) and its text. The rows of one assessment repeat its person, profile, rater, perspective and date, so
     * that a field is most often the one above it: checked word by word, with the byte after it, it then needs
     * no scan for its end.
     */
    private final long[] lastLow = new long[KNOWN_COLUMNS];
    private final long[] lastHigh = new long[KNOWN_COLUMNS];
    private final int[] lastLength = new int[KNOWN_COLUMNS];
    private final String[] lastText = new String[KNOWN_COLUMNS];

    private CsvBytes(InputStream in) {
        // a full buffer holds one record, or the start of the file before the header's end: far more than either
        // may be, so it is handed over rather than grown
        super(in, READ, READ);
        Arrays.fill(lastLength, -1);
    }

    /**
     * Decides the encoding and the separator, and reads the header record, unless it hands over the whole file.
     *
     * @param in the bytes; not closed here
     * @return the reading, its state {@link State#OPEN} with the header as the first row, or
     *         {@link State#HANDED_OVER}
     * @throws UncheckedIOException if reading fails
     */
    static CsvBytes open(InputStream in) {
        CsvBytes bytes = new CsvBytes(in);
        bytes.start();
        return bytes;
    }

    private void start() {
        // the bytes that decide the encoding, as the decoder reads them
        fill(DecodingReader.SNIFF_BYTES);
        boolean bom = limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF;
        next = bom ? 3 : 0;
        // without a mark, these bytes decide the encoding; with one, the decoder reads them before the header is
        // split, so that a sequence there that is not UTF-8 is what it reports first
        int sniffed = Math.min(limit, DecodingReader.SNIFF_BYTES);
        if (!DecodingReader.isUtf8Prefix(ByteBuffer.wrap(buf, next, sniffed - next),
                eof && limit < DecodingReader.SNIFF_BYTES)) {
            state = State.HANDED_OVER;
            return;
        }
        if (!sniff()) {
            state = State.HANDED_OVER;
        } else if (next() != null) {
            headerPending = true;
        }
    }

    /**
     * Chooses the separator as {@link HeaderSniffer} does: {@code ;} and {@code ,} counted outside quotes on the
     * first line with content (quote, separator and line breaks are ASCII, which no longer UTF-8 sequence holds).
     *
     * @return false when the line does not end within the bytes read, which the header sniffer judges
     */
    private boolean sniff() {
        HeaderSniffer.Counts counts = new HeaderSniffer.Counts();
        int i = next;
        while (i < limit && !counts.add(buf[i])) {
            i++;
        }
        if (i == limit && !eof || i - next >= CsvReading.MAX_HEADER_CHARS) {
            return false;
        }
        separator = counts.separator();
        return true;
    }

    /** The separator chosen. */
    char separator() {
        return separator;
    }

    /**
     * The next record: the header first.
     *
     * @return the row, valid until the next call; null at the end of the file or when the rest is handed over
     * @throws UncheckedIOException if reading fails
     */
    @Nullable CsvRow next() {
        if (headerPending) {
            headerPending = false;
            return row;
        }
        return read();
    }

    /**
     * The rest of the file for the decoder and FastCSV, once handed over: the whole file when the header was
     * not read, else from the start of the first record not read.
     *
     * @return what to read
     */
    Rest handOver() {
        handingOver();
        return new Rest(rest(headerRead ? next : 0), headerRead ? nextLine : 0);
    }

    /**
     * The unread rest of a file.
     *
     * @param input the bytes
     * @param line the line they start on, from 1; 0 when they are the whole file
     */
    record Rest(InputStream input, long line) {
    }

    @Override
    void moved(int by) {
        next -= by;
    }

    // ---------------------------------------------------------------------------------------------------------
    // records

    /** The record from {@link #next} on, past empty lines, or null at the end of the input. */
    @Override
    @Nullable CsvRow unit() {
        byte[] b = buf;
        int i = next;
        long line = nextLine;
        // empty lines, which FastCSV passes over
        while (true) {
            if (b[i] == '\n') {
                i++;
            } else if (b[i] == '\r') {
                i = afterCr(i);
            } else {
                break;
            }
            line++;
        }
        if (i >= limit) {
            if (!eof) {
                throw NEED_MORE;
            }
            // a file without a header is the decoder's and FastCSV's to report
            state = headerRead ? State.ENDED : State.HANDED_OVER;
            return null;
        }
        int start = i;
        long startLine = line;
        int count = 0;
        long trimmed = 0;
        while (true) {
            if (i - start > LARGEST_RECORD || count == MOST_FIELDS) {
                throw OUTSIDE;
            }
            if (count == fields.length) {
                fields = Arrays.copyOf(fields, 2 * count);
            }
            if (b[i] == '"') {
                fields[count++] = quoted(i + 1, count);
                line += breaks;
            } else {
                fields[count++] = plain(i, count);
                // starting and ending with a visible ASCII character (not a formula's quote, taken off the text)
                if (count <= Long.SIZE && (end == i || CsvRow.isVisibleAscii((char) b[i]) && b[i] != '\''
                        && CsvRow.isVisibleAscii((char) b[end - 1]))) {
                    trimmed |= 1L << count - 1;
                }
            }
            i = end;
            byte c = b[i];
            if (c == separator) {
                i++;
                continue;
            }
            if (c == '\n') {
                i++;
            } else if (c == '\r') {
                i = afterCr(i);
            } else if (i < limit || !eof) {
                throw stop(i);
            }
            break;
        }
        if (count == 1 && fields[0].isEmpty() && b[start] == '"') {
            // a line of two quotes: whether it is an empty line is FastCSV's to say
            throw OUTSIDE;
        }
        next = i;
        nextLine = line + 1;
        if (headerRead) {
            keep = next;
        }
        headerRead = true;
        row.set(startLine, fields, count, trimmed);
        return row;
    }

    /**
     * The high bit of the lowest zero byte of a word, and perhaps of bytes above it (never of one below): the
     * lowest bit set tells the first zero byte.
     */
    private static long zeros(long w) {
        return (w - ONES) & ~w & HIGHS;
    }

    /**
     * The index after the field read last. The field's text is returned, not kept here: storing a reference into
     * an object that lives through the whole file costs G1 a memory barrier, where an int costs nothing.
     */
    private int end;
    /** The line breaks inside the quoted field read last. */
    private int breaks;

    /** An unquoted field from {@code i} in a column: returns its text, and sets {@link #end}. */
    private String plain(int i, int column) {
        byte[] b = buf;
        byte separator = (byte) this.separator;
        if (column < KNOWN_COLUMNS) {
            int last = lastLength[column];
            if (last >= 0 && i + last < limit) {
                // the field above, if its bytes are here and end where it ended; the words read lie before the
                // limit, or within the word of room after it
                byte after = b[i + last];
                if (ends(after, separator) && word(b, i, last) == lastLow[column]
                        && (last <= Long.BYTES || word(b, i + Long.BYTES, last - Long.BYTES) == lastHigh[column])) {
                    end = i + last;
                    return lastText[column];
                }
            }
        }
        int start = i;
        boolean ascii = true;
        long separators = ONES * (separator & 0xFF);
        while (true) {
            // eight bytes at a time: the first that is a separator, quote, line break, zero or beyond ASCII
            long w = (long) LONGS.get(b, i);
            long found = zeros(w ^ separators) | zeros(w ^ QUOTES) | zeros(w ^ LFS) | zeros(w ^ CRS) | zeros(w)
                    | w & HIGHS;
            if (found == 0) {
                i += Long.BYTES;
                continue;
            }
            i += Long.numberOfTrailingZeros(found) >>> 3;
            byte c = b[i];
            if (ends(c, separator) || c == 0 && i >= limit) {
                break;
            } else if (c == '"') {
                // a quote inside a field: FastCSV's to judge
                throw OUTSIDE;
            }
            ascii &= c >= 0;
            i++;
        }
        String field = text(b, start, i, ascii, column);
        int length = i - start;
        if (ascii && length <= KNOWN_LENGTH && column < KNOWN_COLUMNS) {
            lastLow[column] = word(b, start, length);
            lastHigh[column] = length > Long.BYTES ? word(b, start + Long.BYTES, length - Long.BYTES) : 0;
            lastLength[column] = length;
            lastText[column] = field;
        }
        end = i;
        return field;
    }

    /** Whether a byte ends a field without quotes: the separator or a line break. */
    private static boolean ends(byte c, byte separator) {
        return c == separator || c == '\n' || c == '\r';
    }

    /**
     * A quoted field whose text starts at {@code i}: returns its text, and sets {@link #breaks} and {@link #end},
     * the index after the closing quote.
     */
    private String quoted(int i, int column) {
        byte[] b = buf;
        int start = i;
        boolean ascii = true;
        boolean doubled = false;
        breaks = 0;
        while (true) {
            byte c = b[i];
            if (c == '"') {
                if (b[i + 1] == '"') {
                    doubled = true;
                    i += 2;
                    continue;
                }
                if (i + 1 >= limit && !eof) {
                    throw NEED_MORE;
                }
                break;
            }
            if (i >= limit) {
                throw stop(i);
            }
            if (c < 0) {
                ascii = false;
            } else if (c == '\n' || c == '\r' && b[i + 1] != '\n') {
                if (c == '\r' && i + 1 >= limit && !eof) {
                    throw NEED_MORE;
                }
                breaks++;
            }
            i++;
        }
        if (doubled) {
            int length = 0;
            if (unquoted.length < i - start + Long.BYTES) {
                unquoted = new byte[Math.max(i - start + Long.BYTES, 2 * unquoted.length)];
            }
            for (int k = start; k < i; k++) {
                unquoted[length++] = b[k];
                if (b[k] == '"') {
                    k++;
                }
            }
            end = i + 1;
            return text(unquoted, 0, length, ascii, column);
        }
        end = i + 1;
        return text(b, start, i, ascii, column);
    }

    /**
     * The word of the bytes from an index, those past a length (of up to a word) masked off; the buffers have a
     * word of room at the end.
     */
    private static long word(byte[] b, int at, int length) {
        long mask = length >= Long.BYTES ? -1L : (1L << Long.SIZE / Long.BYTES * length) - 1;
        return (long) LONGS.get(b, at) & mask;
    }

    /** A field's text, with formula neutralisation reversed as {@link RowHandler} does. */
    private String text(byte[] b, int from, int to, boolean ascii, int column) {
        if (to - from >= 2 && b[from] == '\''
                && (b[from + 1] == '\'' || CsvCells.isFormulaStarter((char) b[from + 1]))) {
            from++;
        }
        int length = to - from;
        if (length == 0) {
            return "";
        }
        if (ascii && length <= KNOWN_LENGTH && column < KNOWN_COLUMNS) {
            // the bytes as two words, those past the text masked off
            long low = word(b, from, length);
            long high = length > Long.BYTES ? word(b, from + Long.BYTES, length - Long.BYTES) : 0;
            long mixed = (low * 0x9E3779B97F4A7C15L + high) * 0xC2B2AE3D27D4EB4FL + length;
            int place = column << KNOWN_BITS | (int) (mixed >>> Long.SIZE - KNOWN_BITS);
            if (knownLow[place] == low && knownHigh[place] == high && knownLength[place] == length) {
                return known[place];
            }
            String text = new String(b, from, length, StandardCharsets.ISO_8859_1);
            known[place] = text;
            knownLow[place] = low;
            knownHigh[place] = high;
            knownLength[place] = length;
            return text;
        }
        if (ascii) {
            return new String(b, from, length, StandardCharsets.ISO_8859_1);
        }
        if (!Utf8.valid(b, from, to)) {
            throw OUTSIDE;
        }
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
