package nl.competentiekompas.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes a byte stream as UTF-8 or Windows-1252, deciding which the way the files real users produce need.
 *
 * <p>The rule: a UTF-8 byte-order mark means UTF-8 (the mark is dropped); otherwise the first 64 KiB decide:
 * if they are valid UTF-8 the text is UTF-8, else Windows-1252. In a UTF-8 text an invalid byte sequence
 * later on is never replaced by U+FFFD: reading throws {@link MalformedTextException} with its line and
 * character column. Windows-1252 cannot fail; its five undefined bytes decode to the C1 controls of the same
 * value, as browsers do.
 *
 * <p>UTF-8 goes through the JDK's decoder (fast on ASCII); line breaks are counted only when a buffer is
 * refilled, so that a location can be given without a per-character cost. Not thread-safe.
 */
public final class DecodingReader extends Reader {

    /** How many leading bytes decide the encoding when there is no byte-order mark. */
    public static final int SNIFF_BYTES = 64 * 1024;

    private static final char[] CP1252 = cp1252Table();
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long LF_BYTES = 0x0A0A0A0A0A0A0A0AL;
    private static final long CR_BYTES = 0x0D0D0D0D0D0D0D0DL;

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(SNIFF_BYTES);
    private final boolean utf8;
    private final CharsetDecoder decoder;
    private final char[] spill = new char[2];
    private int spillStart;
    private int spillEnd;
    private boolean eof;
    private boolean flushed;

    /** Line breaks in bytes already dropped from the buffer. */
    private long linesBefore;
    /** Characters on the current line in bytes already dropped from the buffer. */
    private long columnCarry;
    private boolean carryEndsWithCr;

    private DecodingReader(InputStream in, boolean knownUtf8) throws IOException {
        this.in = in;
        bytes.limit(0);
        fill();
        boolean bom = !knownUtf8 && bytes.remaining() >= 3 && (bytes.get(0) & 0xff) == 0xEF
                && (bytes.get(1) & 0xff) == 0xBB
                && (bytes.get(2) & 0xff) == 0xBF;
        if (bom) {
            bytes.position(3);
            discardConsumed();
            columnCarry = 0;
            utf8 = true;
        } else {
            utf8 = knownUtf8 || isUtf8Prefix(bytes.duplicate(), eof);
        }
        decoder = utf8 ? StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT) : null;
    }

    /**
     * Opens a stream, reading up to 64 KiB ahead to choose the encoding.
     *
     * @param in the bytes; closed when this reader is closed
     * @return the reader
     * @throws IOException if reading fails
     */
    public static DecodingReader open(InputStream in) throws IOException {
        return new DecodingReader(Objects.requireNonNull(in, "in"), false);
    }

    /**
     * Decodes the rest of a text known to be UTF-8, from the start of a line: no byte-order mark is looked for.
     *
     * @param in the bytes; closed when this reader is closed
     * @return the reader
     * @throws IOException if reading fails
     */
    static DecodingReader utf8(InputStream in) throws IOException {
        return new DecodingReader(Objects.requireNonNull(in, "in"), true);
    }

    /**
     * The encoding chosen.
     *
     * @return UTF-8 or windows-1252
     */
    public Charset charset() {
        return utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    /**
     * Whether leading bytes are valid UTF-8, as this reader decides the encoding.
     *
     * @param prefix the bytes
     * @param complete whether they are the whole input (else a sequence cut at their end is accepted)
     * @return true when they are
     */
    static boolean isUtf8Prefix(ByteBuffer prefix, boolean complete) {
        CharsetDecoder check = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = check.decode(prefix, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            // underflow: either all decoded, or an incomplete sequence cut by the 64 KiB window
            return !complete || !prefix.hasRemaining();
        }
    }

    /** Fills the buffer (in write mode afterwards in read mode) until full or at end of input. */
    private void fill() throws IOException {
        bytes.compact();
        try {
            byte[] array = bytes.array();
            while (bytes.hasRemaining()) {
                int n = in.read(array, bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                    break;
                }
                bytes.position(bytes.position() + n);
            }
        } finally {
            bytes.flip();
        }
    }

    /** Counts lines and columns in the consumed bytes, then moves the rest to the front. */
    private void discardConsumed() {
        long[] state = {linesBefore, columnCarry, carryEndsWithCr ? 1 : 0};
        advance(state, bytes.array(), bytes.position(), utf8);
        linesBefore = state[0];
        columnCarry = state[1];
        carryEndsWithCr = state[2] != 0;
        bytes.compact();
        bytes.flip();
    }

    /**
     * Moves a position (lines so far, characters on the current line, whether the last byte was CR) over bytes:
     * LF, CR and CRLF each end a line; UTF-8 continuation bytes add no character.
     */
    private static void advance(long[] state, byte[] array, int end, boolean utf8) {
        // Lines = LFs + CRs - CRLF pairs, counted eight bytes at a time (this runs over every byte read);
        // columns only after the last line break of the chunk, which is all a later problem's location needs.
        ByteBuffer words = ByteBuffer.wrap(array).order(ByteOrder.LITTLE_ENDIAN);
        long breaks = 0;
        long pairs = state[2] != 0 && end > 0 && array[0] == '\n' ? 1 : 0;
        int i = 0;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = words.getLong(i);
            long lf = bytesEqual(word, LF_BYTES);
            long cr = bytesEqual(word, CR_BYTES);
            if ((lf | cr) != 0) {
                breaks += Long.bitCount(lf) + Long.bitCount(cr);
                pairs += Long.bitCount(cr & (lf >>> Byte.SIZE));
                if (cr < 0 && i + Long.BYTES < end && array[i + Long.BYTES] == '\n') {
                    pairs++;
                }
            }
        }
        for (; i < end; i++) {
            byte b = array[i];
            if (b == '\n' || b == '\r') {
                breaks++;
                if (b == '\r' && i + 1 < end && array[i + 1] == '\n') {
                    pairs++;
                }
            }
        }
        int lastBreak = end - 1;
        while (lastBreak >= 0 && array[lastBreak] != '\n' && array[lastBreak] != '\r') {
            lastBreak--;
        }
        long column = lastBreak < 0 ? state[1] : 0;
        for (int j = lastBreak + 1; j < end; j++) {
            if (!utf8 || (array[j] & 0xC0) != 0x80) {
                column++;
            }
        }
        state[0] += breaks - pairs;
        state[1] = column;
        if (end > 0) {
            state[2] = array[end - 1] == '\r' ? 1 : 0;
        }
    }

    /** The top bit of each byte of a word that equals the byte repeated in {@code pattern}, no other bit set. */
    private static long bytesEqual(long word, long pattern) {
        long t = word ^ pattern;
        return ~(((t & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | t | LOW_SEVEN_BITS);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        if (spillStart < spillEnd) {
            int n = Math.min(len, spillEnd - spillStart);
            System.arraycopy(spill, spillStart, cbuf, off, n);
            spillStart += n;
            return n;
        }
        return utf8 ? readUtf8(cbuf, off, len) : readCp1252(cbuf, off, len);
    }

    private int readCp1252(char[] cbuf, int off, int len) throws IOException {
        if (!bytes.hasRemaining()) {
            if (eof) {
                return -1;
            }
            bytes.position(bytes.limit());
            fill();
            if (!bytes.hasRemaining()) {
                return -1;
            }
        }
        int n = Math.min(len, bytes.remaining());
        byte[] array = bytes.array();
        int p = bytes.position();
        for (int i = 0; i < n; i++) {
            cbuf[off + i] = CP1252[array[p + i] & 0xff];
        }
        bytes.position(p + n);
        return n;
    }

    private int readUtf8(char[] cbuf, int off, int len) throws IOException {
        if (len < 2) {
            int n = readUtf8Into(spill, 0, 2);
            if (n <= 0) {
                return n;
            }
            spillStart = 0;
            spillEnd = n;
            return read(cbuf, off, len);
        }
        return readUtf8Into(cbuf, off, len);
    }

    private int readUtf8Into(char[] cbuf, int off, int len) throws IOException {
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                throw malformedAt(bytes.position());
            }
            int produced = out.position() - off;
            if (produced > 0) {
                return produced;
            }
            if (result.isUnderflow()) {
                if (eof) {
                    if (bytes.hasRemaining()) {
                        throw malformedAt(bytes.position());
                    }
                    decoder.flush(out);
                    flushed = true;
                    return out.position() - off > 0 ? out.position() - off : -1;
                }
                discardConsumed();
                fill();
            }
        }
    }

    private MalformedTextException malformedAt(int position) {
        long[] state = {linesBefore, columnCarry, carryEndsWithCr ? 1 : 0};
        advance(state, bytes.array(), position, true);
        return new MalformedTextException(state[0] + 1, state[1] + 1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static char[] cp1252Table() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String decoded = new String(all, Charset.forName("windows-1252"));
        char[] table = decoded.toCharArray();
        for (int i = 0; i < 256; i++) {
            if (table[i] == '\uFFFD') {
                table[i] = (char) i;
            }
        }
        return table;
    }

    /**
     * Thrown when a UTF-8 text holds a byte sequence that is not UTF-8; carries its place only.
     */
    public static final class MalformedTextException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long line;
        private final long column;

        MalformedTextException(long line, long column) {
            super("invalid UTF-8 at line " + line + ", character " + column);
            this.line = line;
            this.column = column;
        }

        /**
         * The 1-based line.
         *
         * @return the line
         */
        public long line() {
            return line;
        }

        /**
         * The 1-based character column.
         *
         * @return the column
         */
        public long column() {
            return column;
        }
    }
}
