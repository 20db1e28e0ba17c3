package nl.competentiekompas.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads ahead to the end of the header line to choose the separator, then hands back a reader that replays
 * what it read.
 */
final class HeaderSniffer {

    private HeaderSniffer() {
    }

    /**
     * What the sniffing found.
     *
     * @param reader the whole text again
     * @param separator {@code ;} or {@code ,}
     * @param tooLong whether no line end was found within the limit
     */
    record Sniffed(Reader reader, char separator, boolean tooLong) {
    }

    /**
     * Counts {@code ;} and {@code ,} outside quotes on the first non-empty line; the more frequent one wins, a
     * tie (a one-column file) means {@code ;}.
     *
     * @param text the decoded text
     * @param limit the most characters to read
     * @return the result
     * @throws IOException if reading fails
     */
    static Sniffed sniff(Reader text, int limit) throws IOException {
        char[] buf = new char[Math.min(limit, 8192)];
        int len = 0;
        Counts counts = new Counts();
        int scanned = 0;
        while (true) {
            if (scanned == len) {
                if (len == limit) {
                    return new Sniffed(new PrefixedReader(buf, len, text), ';', true);
                }
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, Math.min(limit, buf.length * 2));
                }
                int n = text.read(buf, len, buf.length - len);
                if (n < 0) {
                    break;
                }
                len += n;
            }
            if (counts.add(buf[scanned++])) {
                break;
            }
        }
        return new Sniffed(new PrefixedReader(buf, len, text), counts.separator(), false);
    }

    /**
     * The count of {@code ;} and {@code ,} outside quotes on the first line with content, taken a character at a
     * time; the more frequent one wins, a tie (a one-column file) means {@code ;}. The characters that count are
     * ASCII, so bytes of UTF-8 may be counted as well.
     */
    static final class Counts {
        private boolean inQuotes;
        private boolean lineHasContent;
        private int semicolons;
        private int commas;

        /**
         * Counts the next character.
         *
         * @param c the character, or a byte of UTF-8
         * @return true when it ends the first line with content
         */
        boolean add(int c) {
            if (c == '"') {
                inQuotes = !inQuotes;
                lineHasContent = true;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                return lineHasContent;
            } else {
                lineHasContent = true;
                semicolons += !inQuotes && c == ';' ? 1 : 0;
                commas += !inQuotes && c == ',' ? 1 : 0;
            }
            return false;
        }

        /** The separator counted. */
        char separator() {
            return commas > semicolons ? ',' : ';';
        }
    }

    /** Replays buffered characters, then reads on. */
    private static final class PrefixedReader extends Reader {
        private final char[] prefix;
        private final int prefixLength;
        private int position;
        private final Reader rest;

        PrefixedReader(char[] prefix, int prefixLength, Reader rest) {
            this.prefix = prefix;
            this.prefixLength = prefixLength;
            this.rest = rest;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (position < prefixLength) {
                int n = Math.min(len, prefixLength - position);
                System.arraycopy(prefix, position, cbuf, off, n);
                position += n;
                return n;
            }
            return rest.read(cbuf, off, len);
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }
}
