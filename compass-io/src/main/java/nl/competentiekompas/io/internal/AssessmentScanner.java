package nl.competentiekompas.io.internal;

import static nl.competentiekompas.io.internal.AssessmentValues.ALL;
import static nl.competentiekompas.io.internal.AssessmentValues.ANSWERS;
import static nl.competentiekompas.io.internal.AssessmentValues.DATE;
import static nl.competentiekompas.io.internal.AssessmentValues.ENTRIES;
import static nl.competentiekompas.io.internal.AssessmentValues.GOALS;
import static nl.competentiekompas.io.internal.AssessmentValues.HEADER;
import static nl.competentiekompas.io.internal.AssessmentValues.PERSPECTIVE;
import static nl.competentiekompas.io.internal.AssessmentValues.PROFILE;
import static nl.competentiekompas.io.internal.AssessmentValues.RATER;
import static nl.competentiekompas.io.internal.AssessmentValues.SUBJECT;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.QuestionId;
import org.jspecify.annotations.Nullable;

/**
 * The cheapest path for a many-assessments document in UTF-8: reads the bytes straight into assessments, without
 * a tokenizer in between, for as long as the document is valid and its elements are as a valid assessment has
 * them. It accepts a subset of what the strict parser accepts (strict UTF-8, the JSON escapes, whole numbers of an
 * int, the envelope with {@code format} and {@code version} first) and never anything more. At the first thing
 * outside that subset it stops, and hands over the rest of the document from just after the last element it
 * read, with the line that place is on, so that the token and tree paths read the rest as they would have read
 * the whole, and name every problem at its place.
 *
 * <p>Each element is read whole or not at all: when the buffer ends inside one, the buffer is refilled and the
 * element read again from its start, so no state is split over reads. Memory stays bounded by the largest element
 * plus the read size. Not thread-safe.
 */
final class AssessmentScanner extends ByteWindow<Assessment> {

    /** The read size, in bytes. */
    static final int READ = 1 << 18;
    /** An element larger than this is handed over rather than buffered further. */
    static final int LARGEST_ELEMENT = (int) StrictJson.MAX_DOCUMENT;

    private static final byte[][] ENVELOPE = names(List.of(Envelope.FORMAT, Envelope.VERSION, "assessments"));
    private static final byte[][] ELEMENT = names(AssessmentValues.ELEMENT);
    private static final byte[][] ENTRY = names(AssessmentValues.ENTRY);
    private static final byte[][] ANSWER = names(AssessmentValues.ANSWER);

    /** Eight spaces, as a word read from the buffer. */
    private static final long SPACES = 0x2020202020202020L;

    private final AssessmentValues values;
    /** Where the next unit starts: after the opening bracket of the array, then after the last element read. */
    private int next;
    /** The line of {@link #next}, from 1, and the offset in the input at which that line starts. */
    private long nextLine = 1;
    private long nextLineStart;
    /** The line and its start at the place being read; line breaks are counted as the strict parser counts them. */
    private long line;
    private long lineStart;
    /** The number of elements read. */
    private int count;

    /**
     * Reads the envelope up to the array of assessments.
     *
     * @param in the bytes; not closed here
     * @param values the values made so far
     */
    AssessmentScanner(InputStream in, AssessmentValues values) {
        // the bytes are kept from the start of the input until an element is read, then from after the last
        super(in, READ, LARGEST_ELEMENT);
        this.values = values;
        fill(1);
        while (true) {
            try {
                envelope();
                return;
            } catch (NeedMore more) {
                if (!more()) {
                    return;
                }
            } catch (Outside outside) {
                state = State.HANDED_OVER;
                return;
            }
        }
    }

    /**
     * The rest of the document for the token and tree paths, once handed over.
     *
     * @return what to read
     */
    Rest handOver() {
        handingOver();
        return count > 0 ? new Rest(rest(keep), count, nextLine, base + keep - nextLineStart)
                : new Rest(rest(0), 0, 0, 0);
    }

    /**
     * The unread rest of a document.
     *
     * @param input the bytes from just after the last element read, or from the start of the input when none was
     * @param elements the number of elements read
     * @param line the line on which the kept bytes start, from 1; 0 when no element was read
     * @param column the number of bytes before the kept ones on that line, at least 1 after an element
     */
    record Rest(InputStream input, int elements, long line, long column) {
    }

    @Override
    void moved(int by) {
        next -= by;
    }

    private void expect(int i, char c) {
        if (buf[i] != c) {
            throw stop(i);
        }
    }

    /** The index of the first byte from {@code i} on that is not whitespace, counting lines as it goes. */
    private int ws(int i) {
        byte[] b = buf;
        while (true) {
            byte c = b[i];
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '\n') {
                i++;
                line++;
                lineStart = base + i;
                // an indent, eight spaces at a time
                while (i + Long.BYTES <= limit && (long) LONGS.get(b, i) == SPACES) {
                    i += Long.BYTES;
                }
            } else if (c == '\r') {
                i = afterCr(i);
                line++;
                lineStart = base + i;
            } else {
                return i;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the document

    private void envelope() {
        // a byte-order mark is passed over; the parser counts its bytes among the columns of the first line
        boolean bom = limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF;
        line = 1;
        lineStart = 0;
        int i = ws(bom ? 3 : 0);
        expect(i, '{');
        int seen = 0;
        while (true) {
            i = ws(i + 1);
            expect(i, '"');
            int match = name(i + 1, ENVELOPE, 0);
            i = colon(pos);
            if (match == 0 && (seen & 1) == 0) {
                expect(i, '"');
                if (!AssessmentDocument.MANY.format().equals(string(i + 1))) {
                    throw OUTSIDE;
                }
                seen |= 1;
                i = ws(pos);
            } else if (match == 1 && (seen & 2) == 0) {
                i = integer(i);
                if (number != AssessmentDocument.MANY.version()) {
                    throw OUTSIDE;
                }
                seen |= 2;
                i = ws(i);
            } else if (match == 2 && seen == 3) {
                expect(i, '[');
                next = i + 1;
                nextLine = line;
                nextLineStart = lineStart;
                return;
            } else {
                throw OUTSIDE;
            }
            expect(i, ',');
        }
    }

    /**
     * From {@link #next}: the separator and the next element, or the end of the array and the document.
     *
     * @return the element, or null at the end
     */
    @Override
    @Nullable Assessment unit() {
        line = nextLine;
        lineStart = nextLineStart;
        int i = ws(next);
        if (buf[i] == ']') {
            i = ws(i + 1);
            expect(i, '}');
            i = ws(i + 1);
            if (i < limit || !eof) {
                throw stop(i);
            }
            state = State.ENDED;
            return null;
        }
        if (count > 0) {
            expect(i, ',');
            i = ws(i + 1);
        }
        expect(i, '{');
        Assessment a = element(i);
        keep = pos;
        next = pos;
        nextLine = line;
        nextLineStart = lineStart;
        count++;
        return a;
    }

    /** After a name: the index of the value, past the colon and whitespace. */
    private int colon(int i) {
        i = ws(i);
        expect(i, ':');
        return ws(i + 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // tokens: each reads from an index and leaves the index after it in pos (strings, names) or returns it

    private int pos;
    /** The last whole number read. */
    private long number;

    /** Names as ASCII bytes, each with its closing quote. */
    private static byte[][] names(List<String> names) {
        byte[][] bytes = new byte[names.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (names.get(i) + '"').getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

    /**
     * The index among some names of the name whose characters start at {@code i}, the one at {@code guess} tried
     * first (the writer's order makes it right nearly always); sets {@link #pos} after its closing quote. Names
     * with escapes or other characters are outside: none of ours has them.
     */
    private int name(int i, byte[][] names, int guess) {
        byte[] b = buf;
        for (int k = 0; k < names.length; k++) {
            int n = guess + k < names.length ? guess + k : guess + k - names.length;
            byte[] name = names[n];
            if (holds(b, i, limit, name)) {
                pos = i + name.length;
                return n;
            }
        }
        while (b[i] >= 0x20 && b[i] != '"' && b[i] != '\\') {
            i++;
        }
        throw stop(i);
    }

    /**
     * The string whose characters start at {@code i}; sets {@link #pos} after its closing quote. ASCII without
     * escapes is copied as it is; anything else is decoded strictly.
     */
    private String string(int i) {
        byte[] b = buf;
        int start = i;
        byte c;
        while ((c = b[i]) >= 0x20 && c != '"' && c != '\\') {
            i++;
        }
        if (c == '"' && i - start <= StrictJson.MAX_STRING) {
            pos = i + 1;
            return i == start ? "" : new String(b, start, i - start, StandardCharsets.ISO_8859_1);
        }
        return decoded(start);
    }

    /** {@link #string} with escapes or bytes beyond ASCII. */
    private String decoded(int i) {
        byte[] b = buf;
        StringBuilder s = new StringBuilder();
        while (true) {
            int c = b[i];
            if (c == '"') {
                break;
            }
            if (c >= 0x20 && c != '\\') {
                s.append((char) c);
                i++;
            } else if (c == '\\') {
                i = escape(i + 1, s);
            } else if (c < 0) {
                i = utf8(i, s);
            } else {
                throw stop(i);
            }
            if (s.length() > StrictJson.MAX_STRING) {
                throw OUTSIDE;
            }
        }
        pos = i + 1;
        return s.toString();
    }

    private int escape(int i, StringBuilder s) {
        byte c = buf[i];
        switch (c) {
            case '"', '\\', '/' -> s.append((char) c);
            case 'b' -> s.append('\b');
            case 'f' -> s.append('\f');
            case 'n' -> s.append('\n');
            case 'r' -> s.append('\r');
            case 't' -> s.append('\t');
            case 'u' -> {
                int v = 0;
                for (int k = 1; k <= 4; k++) {
                    int d = Character.digit(buf[i + k], 16);
                    if (d < 0) {
                        throw stop(i + k);
                    }
                    v = v << 4 | d;
                }
                s.append((char) v);
                return i + 5;
            }
            default -> throw stop(i);
        }
        return i + 1;
    }

    /** Decodes one character of two to four bytes (see {@link Utf8}). */
    private int utf8(int i, StringBuilder s) {
        int cp = Utf8.codePoint(buf, i, limit);
        if (cp < 0) {
            throw Utf8.length(buf[i]) > 0 && i + Utf8.length(buf[i]) > limit ? stop(limit) : OUTSIDE;
        }
        s.appendCodePoint(cp);
        return i + Utf8.length(buf[i]);
    }

    /**
     * A whole number of an int at {@code i}, into {@link #number}; returns the index after it. Fractions,
     * exponents, leading zeros and numbers past an int are outside.
     */
    private int integer(int i) {
        byte[] b = buf;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        int start = i;
        long n = 0;
        while (b[i] >= '0' && b[i] <= '9' && i - start < 11) {
            n = n * 10 + (b[i] - '0');
            i++;
        }
        int digits = i - start;
        byte after = b[i];
        if (i >= limit && !eof) {
            throw NEED_MORE;
        }
        if (digits == 0 || digits > 10 || digits > 1 && b[start] == '0' || after == '.' || after == 'e'
                || after == 'E' || after >= '0' && after <= '9') {
            throw OUTSIDE;
        }
        n = negative ? -n : n;
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw OUTSIDE;
        }
        number = n;
        return i;
    }

    /** After a value: past the comma to the next name's quote and true, or past the closing byte and false. */
    private boolean another(int i, char close) {
        i = ws(i);
        if (buf[i] == ',') {
            i = ws(i + 1);
            expect(i, '"');
            pos = i + 1;
            return true;
        }
        expect(i, close);
        pos = i + 1;
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // an element

    /** The element whose opening brace is at {@code i}; sets {@link #pos} after its closing brace. */
    private Assessment element(int i) {
        values.element();
        Assessment.Builder b = null;
        int seen = 0;
        i = ws(i + 1);
        expect(i, '"');
        int guess = 0;
        boolean more = true;
        while (more) {
            int match = name(i + 1, ELEMENT, guess);
            guess = match + 1 < ELEMENT.length ? match + 1 : 0;
            int bit = 1 << match;
            if ((seen & bit) != 0) {
                throw OUTSIDE;
            }
            i = colon(pos);
            if ((bit & HEADER) != 0) {
                expect(i, '"');
                if (!values.header(bit, string(i + 1))) {
                    throw OUTSIDE;
                }
                i = pos;
            } else {
                if ((seen & HEADER) != HEADER) {
                    throw OUTSIDE;
                }
                if (b == null) {
                    b = values.builder();
                }
                expect(i, '[');
                i = bit == ENTRIES ? entries(i + 1, b) : bit == ANSWERS ? answers(i + 1, b) : goals(i + 1, b);
            }
            seen |= bit;
            more = another(i, '}');
            i = pos - 1;
        }
        if (seen != ALL || b == null) {
            throw OUTSIDE;
        }
        return b.build();
    }

    /** The entries after an opening bracket at {@code i - 1}; returns the index after the closing bracket. */
    private int entries(int i, Assessment.Builder b) {
        values.entries();
        for (i = item(ws(i), '{', false); i >= 0; i = item(ws(pos), '{', true)) {
            i = ws(i + 1);
            expect(i, '"');
            int target = -1;
            boolean scored = false;
            int score = 0;
            String reflection = null;
            String action = null;
            int seen = 0;
            int guess = 0;
            boolean more = true;
            while (more) {
                int match = name(i + 1, ENTRY, guess);
                guess = match + 1 < ENTRY.length ? match + 1 : 0;
                if ((seen & 1 << match) != 0) {
                    throw OUTSIDE;
                }
                seen |= 1 << match;
                i = colon(pos);
                if (match == 1) {
                    i = integer(i);
                    score = (int) number;
                    scored = true;
                } else {
                    expect(i, '"');
                    if (match == 0) {
                        i = competency(i + 1);
                        target = named;
                    } else if (match == 2) {
                        reflection = string(i + 1);
                        i = pos;
                    } else {
                        action = string(i + 1);
                        i = pos;
                    }
                }
                more = another(i, '}');
                i = pos - 1;
            }
            if (!values.entry(b, target, scored, score, reflection, action)) {
                throw OUTSIDE;
            }
        }
        return pos;
    }

    /**
     * At an item of an array, or its end: after the opening bracket and whitespace, or after an item and whitespace
     * ({@code separated}, a comma then due). Returns the index of the item's first byte, which must be
     * {@code opening}; or -1 at the end, with {@link #pos} after the closing bracket.
     */
    private int item(int i, char opening, boolean separated) {
        if (buf[i] == ']') {
            pos = i + 1;
            return -1;
        }
        if (separated) {
            expect(i, ',');
            i = ws(i + 1);
        }
        expect(i, opening);
        return i;
    }

    /** The index among the profile's targets of the competency {@link #competency} read last, or -1. */
    private int named;

    /**
     * The competency id whose characters start at {@code i}: sets {@link #named} to its index among the
     * profile's targets, or -1; returns the index after its closing quote. An id with escapes is decoded first.
     */
    private int competency(int i) {
        named = values.target(buf, i, limit);
        if (named >= 0) {
            return pos = i + values.quotedLength(named);
        }
        // another id, or one with escapes, or one the buffer ends in
        String id = string(i);
        named = values.target(id.toCharArray(), 0, id.length());
        return pos;
    }

    /** The answers after an opening bracket at {@code i - 1}; returns the index after the closing bracket. */
    private int answers(int i, Assessment.Builder b) {
        for (i = item(ws(i), '{', false); i >= 0; i = item(ws(pos), '{', true)) {
            i = ws(i + 1);
            expect(i, '"');
            QuestionId question = null;
            String text = null;
            boolean more = true;
            while (more) {
                int match = name(i + 1, ANSWER, 0);
                i = colon(pos);
                expect(i, '"');
                String value = string(i + 1);
                if ((match == 0 ? question : text) != null) {
                    throw OUTSIDE;
                }
                if (match == 0) {
                    question = QuestionId.of(value);
                } else {
                    text = value;
                }
                more = another(pos, '}');
                i = pos - 1;
            }
            if (question == null || text == null) {
                throw OUTSIDE;
            }
            b.answer(question, text);
        }
        return pos;
    }

    /** The development goals after an opening bracket at {@code i - 1}; returns the index after the closing one. */
    private int goals(int i, Assessment.Builder b) {
        int count = 0;
        for (i = item(ws(i), '"', false); i >= 0; i = item(ws(pos), '"', true)) {
            if (!AssessmentValues.goal(b, ++count, string(i + 1))) {
                throw OUTSIDE;
            }
        }
        return pos;
    }
}
