package nl.competentiekompas.io.internal;

import java.util.Arrays;
import java.util.Random;

/**
 * Mutates valid inputs into hostile ones for the robustness properties: byte flips, inserted syntax
 * characters and invalid UTF-8, deletions, repeated slices, truncation, and padding that moves records across
 * 4, 8 and 16 KiB buffer boundaries.
 */
final class Mutations {

    static final byte[] SPECIALS = bytesOf("\";,\r\n'=+-@\t{}[]:\\\u00e9\u20ac");
    static final int[] BOUNDARIES = {4096, 8192, 16384};

    private Mutations() {
    }

    /**
     * Bytes handed out at most a few at a time (up to 8, or up to 4096), so that the reads of a reader end anywhere.
     *
     * @param bytes the bytes
     * @param seed what chooses the sizes
     * @return the input
     */
    static java.io.InputStream inPieces(byte[] bytes, long seed) {
        Random random = new Random(seed);
        int most = 1 + random.nextInt(random.nextBoolean() ? 8 : 4096);
        return new java.io.ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(most)));
            }
        };
    }

    static byte[] bytesOf(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One mutant of a seed; up to four mutations stacked. */
    static byte[] mutate(byte[] seed, Random random, byte[] marker) {
        byte[] b = seed;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            b = once(b, random, marker);
        }
        return b;
    }

    private static byte[] once(byte[] b, Random random, byte[] marker) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
        switch (random.nextInt(12)) {
            case 0 -> {
                if (b.length > 0) {
                    b = b.clone();
                    b[Math.min(at, b.length - 1)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> b = insert(b, at, new byte[] {SPECIALS[random.nextInt(SPECIALS.length)]});
            case 2 -> b = insert(b, at, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
            case 3 -> {
                int len = Math.min(b.length - Math.min(at, b.length), random.nextInt(16));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, at > b.length ? b.length : at);
                System.arraycopy(b, Math.min(at, b.length) + len, out, Math.min(at, b.length),
                        b.length - Math.min(at, b.length) - len);
                b = out;
            }
            case 4 -> {
                int from = b.length == 0 ? 0 : random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(64));
                b = insert(b, at, Arrays.copyOfRange(b, from, from + len));
            }
            case 5 -> b = Arrays.copyOf(b, at);
            case 6 -> {
                if (random.nextInt(8) != 0) {
                    return insert(b, at, new byte[] {SPECIALS[random.nextInt(SPECIALS.length)]});
                }
                int boundary = BOUNDARIES[random.nextInt(BOUNDARIES.length)];
                int pad = Math.max(0, boundary - at + random.nextInt(9) - 4);
                byte[] filler = new byte[pad];
                Arrays.fill(filler, random.nextBoolean() ? (byte) 'x' : (byte) ' ');
                if (pad > 1 && random.nextBoolean()) {
                    // a two-byte character straddling the boundary
                    filler[pad - 1] = (byte) 0xC3;
                    b = insert(b, at, insert(filler, pad, new byte[] {(byte) 0xA9}));
                } else {
                    b = insert(b, at, filler);
                }
            }
            case 7 -> b = insert(b, at, marker);
            case 8 -> b = insert(b, at, bytesOf("\uFEFF"));
            default -> {
                byte[] nest = new byte[1 + random.nextInt(80)];
                Arrays.fill(nest, random.nextBoolean() ? (byte) '[' : (byte) '"');
                b = insert(b, at, nest);
            }
        }
        return b;
    }

    static byte[] insert(byte[] b, int at, byte[] what) {
        int p = Math.min(at, b.length);
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, p);
        System.arraycopy(what, 0, out, p, what.length);
        System.arraycopy(b, p, out, p + what.length, b.length - p);
        return out;
    }
}
