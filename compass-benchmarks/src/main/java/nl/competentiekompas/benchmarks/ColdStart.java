package nl.competentiekompas.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.competentiekompas.core.catalog.Catalogs;

/**
 * P7: {@code compass validate} on a 10,000-row assessments CSV from a fresh JVM, next to a bare hello-world
 * started the same way ({@code java -cp <jar> <class>}, same JVM, no options) in the same run. Each is started
 * eleven times, alternating; the first start of each is dropped and the median of the rest compared. Target:
 * the ratio at most 4.
 *
 * <p>Usage: {@code ColdStart <measurements-dir> <compass.jar> <benchmarks.jar>}. When the tool's jar is missing
 * or has no {@code validate} command the target is recorded as not measured.
 *
 * @since 0.1
 */
public final class ColdStart {

    private static final int RUNS = 11;

    private ColdStart() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the measurements directory, the tool's jar, the benchmarks jar
     * @throws IOException if a process cannot be started or the result written
     * @throws InterruptedException if interrupted while waiting for a process
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args[0]);
        Path compassJar = Path.of(args[1]);
        Path benchmarksJar = Path.of(args[2]);
        String title = "`compass validate` on a 10,000-row CSV from a fresh JVM vs a bare hello-world";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path csv = AssessmentData.csv(Catalogs.builtIn(), 10_000);
        List<String> validate = List.of(java, "-cp", compassJar.toString(), "nl.competentiekompas.examples.cli.Compass",
                "validate", csv.toString());
        List<String> hello = List.of(java, "-cp", benchmarksJar.toString(), Hello.class.getName());
        if (!Files.exists(compassJar)) {
            notMeasured(dir, title, compassJar + " is not built");
            return;
        }
        Run probe = run(validate);
        if (probe.exit() != 0) {
            notMeasured(dir, title, "`compass validate` exits with " + probe.exit() + " here (the command is not on"
                    + " this branch yet, or it rejects the file): " + probe.firstLine());
            return;
        }
        long[] ours = new long[RUNS];
        long[] peer = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            peer[i] = run(hello).nanos();
            ours[i] = run(validate).nanos();
        }
        double o = median(ours) / 1e6;
        double p = median(peer) / 1e6;
        double ratio = o / p;
        new Results.Measurement("P7", title, String.format(Locale.ROOT, "%.0f ms", o),
                String.format(Locale.ROOT, "%.0f ms `java -cp benchmarks.jar Hello`", p),
                String.format(Locale.ROOT, "%.2f", ratio), "ratio ≤ 4.0", ratio <= 4.0 ? "yes" : "**no**",
                "median wall time of " + (RUNS - 1) + " starts each (first dropped), alternating, same JVM, no options")
                .writeTo(dir);
    }

    private static void notMeasured(Path dir, String title, String why) throws IOException {
        new Results.Measurement("P7", title, "–", "–", "–", "ratio ≤ 4.0", "not measured", why).writeTo(dir);
    }

    private static double median(long[] nanos) {
        long[] rest = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(rest);
        return rest.length % 2 == 1 ? rest[rest.length / 2] : (rest[rest.length / 2 - 1] + rest[rest.length / 2]) / 2.0;
    }

    private record Run(int exit, long nanos, String firstLine) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        int exit = p.waitFor();
        long nanos = System.nanoTime() - start;
        String text = new String(output, StandardCharsets.UTF_8).strip();
        int eol = text.indexOf('\n');
        return new Run(exit, nanos, eol < 0 ? text : text.substring(0, eol));
    }
}
