package nl.competentiekompas.io.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input that keeps the bytes it has handed out from a mark onwards, so that one element of a streamed
 * document can be read again on its own. Memory stays bounded by the largest element plus the parser's
 * read-ahead: bytes before the mark are dropped as new ones come. Not thread-safe.
 */
final class RetainingInput extends InputStream {

    private final InputStream in;
    private byte[] kept = new byte[1 << 16];
    /** Offset in the input of {@code kept[0]}. */
    private long base;
    private int length;
    /** Offset in the input from which bytes must be kept. */
    private long mark;
    private boolean retaining = true;

    RetainingInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0 && retaining) {
            keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0 && retaining) {
            keep(b, off, n);
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void keep(byte[] b, int off, int n) {
        if (length + n > kept.length) {
            int drop = (int) Math.min(length, Math.max(0, mark - base));
            System.arraycopy(kept, drop, kept, 0, length - drop);
            length -= drop;
            base += drop;
            if (length + n > kept.length) {
                kept = java.util.Arrays.copyOf(kept, Math.max(kept.length * 2, length + n));
            }
        }
        System.arraycopy(b, off, kept, length, n);
        length += n;
    }

    /**
     * Bytes before an offset are no longer needed.
     *
     * @param offset the offset in the input
     */
    void mark(long offset) {
        mark = offset;
    }

    /** Stops keeping bytes for good. */
    void stop() {
        retaining = false;
        kept = new byte[0];
        length = 0;
    }

    /**
     * Whether the byte at an offset is kept and equal to a character.
     *
     * @param offset the offset in the input
     * @param c the ASCII character
     * @return true when it is kept and equal
     */
    boolean holds(long offset, char c) {
        return retaining && offset >= base && offset < base + length && kept[(int) (offset - base)] == c;
    }

    /**
     * A copy of kept bytes.
     *
     * @param from the offset in the input of the first, at or after the mark
     * @param to the offset in the input after the last, at most {@link #end()}
     * @return the bytes
     */
    byte[] copy(long from, long to) {
        return java.util.Arrays.copyOfRange(kept, (int) (from - base), (int) (to - base));
    }

    /**
     * The offset in the input after the last byte read.
     *
     * @return the offset
     */
    long end() {
        return base + length;
    }
}
