package nl.competentiekompas.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.io.CompassCsv;

/**
 * P6: one gigabyte of generated assessments CSV imported in a child JVM with {@code -Xmx256m}. The CSV is
 * generated while it is read ({@link GeneratedCsv}), never written to disk.
 *
 * <p>Usage: {@code MemoryCheck <measurements-dir> [bytes]} starts the child and records the outcome;
 * {@code MemoryCheck --child <bytes>} is the child.
 *
 * @since 0.1
 */
public final class MemoryCheck {

    /** One gibibyte. */
    public static final long GIB = 1L << 30;

    private MemoryCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args see the class comment
     * @throws IOException if the child cannot be started or the result written
     * @throws InterruptedException if interrupted while waiting for the child
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals("--child")) {
            child(Long.parseLong(args[1]));
            return;
        }
        long bytes = args.length > 1 ? Long.parseLong(args[1]) : GIB;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), MemoryCheck.class.getName(), "--child",
                Long.toString(bytes)));
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println(line);
                last = line;
            }
        }
        int exit = child.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean ok = exit == 0 && last.startsWith("imported ");
        new Results.Measurement("P6", "Import of " + mib(bytes) + " of generated assessments CSV in a child JVM with -Xmx256m",
                ok ? last + String.format(Locale.ROOT, " in %.1f s", seconds) : "failed (exit " + exit + ")",
                "none", "–", "completes with -Xmx256m", ok ? "yes" : "**no**",
                "the CSV is generated while it is read (GeneratedCsv), not written to disk"
                        + (ok ? "" : "; child's last line: " + last))
                .writeTo(Path.of(args[0]));
    }

    private static void child(long bytes) {
        Catalog catalog = Catalogs.builtIn();
        GeneratedCsv in = new GeneratedCsv(catalog, bytes, Organisations.SEED);
        long rows;
        try (Stream<Assessment> assessments = CompassCsv.readAssessments(in, "generated.csv", catalog)) {
            rows = assessments.mapToLong(a -> a.entries().size()).sum();
        }
        System.out.println(String.format(Locale.ROOT, "imported %,d rows (%s)", rows, mib(in.produced())));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }
}
