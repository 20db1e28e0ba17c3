package nl.competentiekompas.io.interop;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.Problem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The robustness law of every importer, for the NICE importer: random and mutated inputs raise nothing but
 * {@link CompassImportException}, every problem is located inside the input, and a marker planted in the input
 * never reaches a message. Each try checks a batch of mutants of our small NICE-shaped file.
 */
class NiceImportProperties {

    static final int BATCH = 50;
    static final String MARKER = "Zq7MARKERxK";
    static final byte[] SEED = NiceImportTests.SMALL.getBytes(StandardCharsets.UTF_8);
    static final byte[] SPECIALS = "\"{}[],:\\ \n0-_.éT".getBytes(StandardCharsets.UTF_8);
    static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.UTF_8);

    @Property(tries = 200)
    void mutantsFailOnlyWithLocatedProblems(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < BATCH; i++) {
            byte[] input = mutate(random);
            try {
                NiceImport.read(new ByteArrayInputStream(input), "fuzz.json");
            } catch (CompassImportException e) {
                check(e, input);
            }
        }
    }

    @Property(tries = 100)
    void randomBytesFailOnlyWithLocatedProblems(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < BATCH; i++) {
            byte[] input = new byte[random.nextInt(200)];
            random.nextBytes(input);
            if (random.nextBoolean() && input.length > 0) {
                input[0] = '{';
            }
            try {
                NiceImport.read(new ByteArrayInputStream(input), "fuzz.json");
            } catch (CompassImportException e) {
                check(e, input);
            }
        }
    }

    private static byte[] mutate(Random random) {
        byte[] b = SEED;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length + 1);
            switch (random.nextInt(6)) {
                case 0 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(8)), new byte[0]);
                case 1 -> b = splice(b, at, at, new byte[] {SPECIALS[random.nextInt(SPECIALS.length)]});
                case 2 -> b = splice(b, at, at, MARKER_BYTES);
                case 3 -> {
                    // a value replaced by the marker, as a string or bare
                    int quote = indexOf(b, (byte) '"', at);
                    int end = quote < 0 ? -1 : indexOf(b, (byte) '"', quote + 1);
                    if (end > 0) {
                        b = splice(b, quote + 1, end, MARKER_BYTES);
                    }
                }
                case 4 -> b = Arrays.copyOf(b, at);
                default -> {
                    int from = random.nextInt(b.length + 1);
                    int to = Math.min(b.length, from + random.nextInt(200));
                    b = splice(b, at, at, Arrays.copyOfRange(b, from, to));
                }
            }
        }
        return b;
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] what) {
        int start = Math.min(from, b.length);
        int end = Math.max(start, Math.min(to, b.length));
        byte[] result = new byte[b.length - (end - start) + what.length];
        System.arraycopy(b, 0, result, 0, start);
        System.arraycopy(what, 0, result, start, what.length);
        System.arraycopy(b, end, result, start + what.length, b.length - end);
        return result;
    }

    private static void check(CompassImportException e, byte[] input) {
        // every line break the parser may count: LF, CR, and CRLF (counted once, so this bound is generous)
        long lines = 2;
        for (byte b : input) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        if (e.getMessage().contains(MARKER) || e.getCause() != null) {
            throw new AssertionError("the exception quotes the input or chains a cause");
        }
        for (Problem p : e.problems()) {
            for (Language language : Language.values()) {
                if (p.describe(language).contains(MARKER)) {
                    throw new AssertionError("a message quotes the input: " + p.code());
                }
            }
            if (p.location() instanceof Location.TextPosition at && at.line() > lines) {
                throw new AssertionError("located beyond the input: " + at);
            }
            if (p.location() instanceof Location.JsonPointer at && !at.pointer().matches("(/[a-z_]+|/[0-9]+)*")) {
                throw new AssertionError("a pointer holds something we did not name: " + at.pointer());
            }
        }
    }
}
