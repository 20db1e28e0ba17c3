package nl.competentiekompas.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of an input that a byte path reads from: a buffer filled from the input, from which a unit (an element,
 * a record) is read whole or not at all. When the buffer ends inside a unit, reading it throws {@link #NEED_MORE};
 * the caller keeps the bytes from the unit's start on ({@link #keep}), calls {@link #more()} and reads the unit
 * again. When the unit is outside what the byte path accepts, reading it throws {@link #OUTSIDE}, and the rest of
 * the input goes to the general path. Not thread-safe.
 *
 * @param <T> the units
 */
abstract class ByteWindow<T> {

    /** The buffer ended inside the unit being read, and more input may come. */
    static final class NeedMore extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private NeedMore() {
            super(null, null, false, false);
        }
    }

    /** The unit being read is outside what the byte path accepts. */
    static final class Outside extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Outside() {
            super(null, null, false, false);
        }
    }

    static final NeedMore NEED_MORE = new NeedMore();
    static final Outside OUTSIDE = new Outside();

    /** Little-endian words of a byte array. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Where the reading stands. */
    enum State {
        /** Units may follow. */
        OPEN,
        /** The input has ended, as a valid one ends. */
        ENDED,
        /** The rest must be read by the general path. */
        HANDED_OVER
    }

    private final InputStream in;
    /** The buffer grows to hold a unit up to this many bytes, and hands over a larger one. */
    private final int largest;
    /**
     * The bytes; a zero byte follows the last, where most loops stop before they check the limit, and seven more
     * of any value, so that a word may be read at any index up to the limit.
     */
    byte[] buf;
    /** The index after the last byte read. */
    int limit;
    /** Whether the input has ended. */
    boolean eof;
    /** The offset in the input of {@code buf[0]}. */
    long base;
    /** The bytes from here on are kept when the buffer is refilled. */
    int keep;
    State state = State.OPEN;

    /**
     * @param in the input; not closed here
     * @param size the read size
     * @param largest the largest unit, in bytes, held before the input is handed over
     */
    ByteWindow(InputStream in, int size, int largest) {
        this.in = in;
        this.largest = largest;
        this.buf = new byte[size + Long.BYTES];
    }

    /** Where the reading stands. */
    final State state() {
        return state;
    }

    /**
     * The next unit, read again after each refill.
     *
     * @return the unit; null once the input has ended, or the rest is handed over: at a unit outside what the
     *         byte path accepts, or one with a value the core refuses, which the general path then names
     * @throws UncheckedIOException if reading fails
     */
    final @Nullable T read() {
        while (state == State.OPEN) {
            try {
                return unit();
            } catch (NeedMore more) {
                more();
            } catch (RuntimeException outside) {
                state = State.HANDED_OVER;
            }
        }
        return null;
    }

    /**
     * Reads a unit whole, from the start of the unit after the last one read.
     *
     * @return the unit, or null (the state {@link State#ENDED} then) at the end of the input
     * @throws NeedMore when the buffer ends inside it
     * @throws RuntimeException when it is outside the byte path
     */
    abstract @Nullable T unit();

    /**
     * Checks that the rest is to be handed over.
     *
     * @throws IllegalStateException if it is not
     */
    final void handingOver() {
        if (state != State.HANDED_OVER) {
            throw new IllegalStateException("not handed over");
        }
    }

    /**
     * Reads until the buffer holds some bytes, is full, or the input ends.
     *
     * @param atLeast the index up to which bytes are wanted
     * @throws UncheckedIOException if reading fails
     */
    final void fill(int atLeast) {
        try {
            while (!eof && limit < buf.length - Long.BYTES && limit < atLeast) {
                int n = in.read(buf, limit, buf.length - Long.BYTES - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buf[limit] = 0;
    }

    /**
     * Keeps the bytes from {@link #keep} on and reads more after them, at least as many again as are kept (so that
     * a unit is read again only a few times, however short the reads of the input), growing the buffer when it
     * holds nothing else; hands over a unit larger than the largest.
     *
     * @return false when handed over
     */
    final boolean more() {
        int held = limit - keep;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            base += keep;
            limit -= keep;
            moved(keep);
            keep = 0;
        } else if (limit == buf.length - Long.BYTES) {
            if (limit >= largest) {
                state = State.HANDED_OVER;
                return false;
            }
            buf = Arrays.copyOf(buf, 2 * limit + Long.BYTES);
        }
        fill(limit + Math.max(held, 1));
        return true;
    }

    /**
     * The bytes moved towards the start of the buffer: indexes into it are that much smaller.
     *
     * @param by the number of bytes dropped
     */
    abstract void moved(int by);

    /**
     * Past a line break that starts with a CR: the index after the CR, or after the LF that follows it.
     *
     * @param cr the index of the CR
     * @throws NeedMore when the buffer ends after the CR, so that whether an LF follows is not known
     */
    final int afterCr(int cr) {
        int i = cr + 1;
        if (buf[i] == '\n') {
            return i + 1;
        }
        if (i >= limit && !eof) {
            throw NEED_MORE;
        }
        return i;
    }

    /**
     * Whether some bytes stand in a buffer at an index, wholly before a limit.
     *
     * @param b the buffer
     * @param i the index
     * @param limit the index after the last byte that may be read
     * @param expected the bytes
     * @return true when they do
     */
    static boolean holds(byte[] b, int i, int limit, byte[] expected) {
        if (i + expected.length > limit) {
            return false;
        }
        for (int k = 0; k < expected.length; k++) {
            if (b[i + k] != expected[k]) {
                return false;
            }
        }
        return true;
    }

    /** Outside at {@code i}, or short of input when the buffer ends there. */
    final RuntimeException stop(int i) {
        return i >= limit && !eof ? NEED_MORE : OUTSIDE;
    }

    /** The bytes read from an index on, and the input after them: the rest of the input. */
    final InputStream rest(int from) {
        InputStream kept = new java.io.ByteArrayInputStream(Arrays.copyOfRange(buf, from, limit));
        return eof ? kept : new java.io.SequenceInputStream(kept, in);
    }
}
