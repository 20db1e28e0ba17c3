package nl.competentiekompas.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results, and the measurements of the harnesses that are not JMH benchmarks (P6, P7), into
 * {@code RESULTS.md}: each target with ours, its peer measured in the same run, the ratio and whether the
 * target is met, then every raw result, the machine, the JDK and the date.
 *
 * <p>Usage: {@code Results <jmh-result.json> <measurements-dir> <RESULTS.md>}. Targets whose benchmarks are
 * missing from the run are listed as not measured. Numbers come only from the files read; nothing is typed in.
 *
 * @since 0.1
 */
public final class Results {

    /** The targets of the issue that JMH measures, in the order. */
    public static final List<Target> TARGETS = List.of(
            new Target("P1", "CSV import of 1,000,000 rows vs FastCSV into plain records",
                    Target.Run.of("CsvImportBenchmark.compass"), Optional.of(Target.Run.of("CsvImportBenchmark.fastCsv")),
                    Optional.of(1.0), Optional.empty()),
            new Target("P1 stretch", "CSV import vs FastCSV with a hand-written date parser",
                    Target.Run.of("CsvImportBenchmark.compass"),
                    Optional.of(Target.Run.of("CsvImportBenchmark.fastCsvHandDates")), Optional.of(1.0), Optional.empty()),
            new Target("P1 floor", "CSV import vs the floor (UTF-8 decode and line count); no target",
                    Target.Run.of("CsvImportBenchmark.compass"), Optional.of(Target.Run.of("CsvImportBenchmark.floor")),
                    Optional.empty(), Optional.empty()),
            new Target("P2", "JSON import of the same assessments (176 MB) vs Jackson databind into plain records",
                    Target.Run.of("JsonImportBenchmark.compass"),
                    Optional.of(Target.Run.of("JsonImportBenchmark.jacksonDatabind")), Optional.of(0.7), Optional.empty()),
            new Target("P3", "Rule evaluation, 1M assignments vs 100k",
                    Target.Run.of("RulesBenchmark.evaluate", "assignments", "1000000"),
                    Optional.of(Target.Run.of("RulesBenchmark.evaluate", "assignments", "100000")),
                    Optional.of(11.0), Optional.of(1000.0)),
            new Target("P4", "Allocator, 100k people vs 10k",
                    Target.Run.of("AllocatorBenchmark.propose", "people", "100000"),
                    Optional.of(Target.Run.of("AllocatorBenchmark.propose", "people", "10000")),
                    Optional.of(11.0), Optional.of(2000.0)),
            new Target("P5 HTML", "HTML personal development report, one",
                    Target.Run.of("ReportBenchmark.html"), Optional.empty(), Optional.empty(), Optional.of(1.0)),
            new Target("P5 PDF", "PDF personal development report, per page",
                    Target.Run.of("ReportBenchmark.pdf:pages"), Optional.empty(), Optional.empty(), Optional.of(150.0)));

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Results() {
    }

    /**
     * Writes {@code RESULTS.md}.
     *
     * @param args the JMH result file, the directory of other measurements, the output file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Results <jmh-result.json> <measurements-dir> <RESULTS.md>");
            System.exit(2);
        }
        JsonNode jmh = JSON.readTree(Path.of(args[0]).toFile());
        List<Measurement> others = new ArrayList<>();
        Path dir = Path.of(args[1]);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    others.add(JSON.readValue(p.toFile(), Measurement.class));
                }
            }
        }
        Files.writeString(Path.of(args[2]), render(jmh, others, machine(), Instant.now()), StandardCharsets.UTF_8);
    }

    /**
     * Renders the results page.
     *
     * @param jmh JMH's JSON results, an array; not null
     * @param others the measurements outside JMH; not null
     * @param machine a one-line description of the machine; not null
     * @param when when the run finished; not null
     * @return the Markdown; never null
     */
    static String render(JsonNode jmh, List<Measurement> others, String machine, Instant when) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by `compass-benchmarks/run.sh` from the run's own output; do not edit by hand.\n\n");
        md.append("- Date: ").append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(when.atOffset(ZoneOffset.UTC)
                .withNano(0))).append(" UTC\n");
        md.append("- Machine: ").append(machine).append('\n');
        if (!jmh.isEmpty()) {
            JsonNode first = jmh.get(0);
            md.append("- JDK: ").append(first.path("jdkVersion").asString()).append(", ")
                    .append(first.path("vmName").asString()).append(' ').append(first.path("vmVersion").asString())
                    .append('\n');
            md.append("- JMH ").append(first.path("jmhVersion").asString()).append(": forks ")
                    .append(first.path("forks").asInt()).append(", warm-up ")
                    .append(first.path("warmupIterations").asInt()).append(" × ")
                    .append(first.path("warmupTime").asString()).append(", measurement ")
                    .append(first.path("measurementIterations").asInt()).append(" × ")
                    .append(first.path("measurementTime").asString()).append(", threads ")
                    .append(first.path("threads").asInt()).append(", JVM options `")
                    .append(String.join(" ", strings(first.path("jvmArgs")))).append("`\n");
        }
        md.append("\n## Targets\n\n");
        md.append("| id | what | ours | peer (same run) | ratio ours/peer | target | met |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Target t : TARGETS) {
            Optional<Double> ours = millis(jmh, t.ours());
            Optional<Double> peer = t.peer().flatMap(p -> millis(jmh, p));
            Optional<Double> ratio = ours.isPresent() && peer.isPresent()
                    ? Optional.of(ours.get() / peer.get()) : Optional.empty();
            String met;
            if (ours.isEmpty() || (t.peer().isPresent() && peer.isEmpty())) {
                met = "not measured";
            } else {
                boolean ok = t.maxMillis().map(max -> ours.get() <= max).orElse(true)
                        && t.maxRatio().map(max -> ratio.orElseThrow() <= max).orElse(true);
                met = t.maxMillis().isEmpty() && t.maxRatio().isEmpty() ? "–" : ok ? "yes" : "**no**";
            }
            md.append("| ").append(t.id()).append(" | ").append(t.title()).append(" | ")
                    .append(ours.map(Results::ms).orElse("–")).append(" | ")
                    .append(t.peer().map(p -> peer.map(Results::ms).orElse("–") + " `" + p + "`").orElse("none"))
                    .append(" | ").append(ratio.map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse("–"))
                    .append(" | ").append(target(t)).append(" | ").append(met).append(" |\n");
        }
        for (Measurement m : others) {
            md.append("| ").append(m.id()).append(" | ").append(m.title()).append(" | ").append(m.ours())
                    .append(" | ").append(m.peer()).append(" | ").append(m.ratio()).append(" | ")
                    .append(m.target()).append(" | ").append(m.met()).append(" |\n");
        }
        List<String> notes = new ArrayList<>();
        for (Target t : TARGETS) {
            if (t.peer().isEmpty()) {
                continue;
            }
            Target.Run peerRun = t.peer().get();
            Optional<Double> ours = cpuPerOp(jmh, t.ours());
            Optional<Double> peer = cpuPerOp(jmh, peerRun);
            if (ours.isPresent() && peer.isPresent()) {
                notes.add(t.id() + ": CPU time of the benchmark thread (GC threads not counted), which the load of a"
                        + " shared machine does not inflate: " + label(t, true) + " " + ms(ours.get()) + ", "
                        + label(t, false) + " " + ms(peer.get()) + ", ratio "
                        + String.format(Locale.ROOT, "%.2f", ours.get() / peer.get()) + ".");
            }
            List<Double> oursByFork = forkMeans(jmh, t.ours());
            List<Double> peerByFork = forkMeans(jmh, peerRun);
            if (oursByFork.size() > 1 && peerByFork.size() > 1) {
                notes.add(t.id() + ": the mean of each fork, which compiles the code its own way: "
                        + label(t, true) + " " + joined(oursByFork) + ", " + label(t, false) + " "
                        + joined(peerByFork) + ".");
            }
        }
        others.stream().filter(m -> !m.note().isEmpty()).forEach(m -> notes.add(m.id() + ": " + m.note()));
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append("\n## Every result\n\n");
        md.append("| benchmark | parameters | score | ± error (99.9%) | unit |\n|---|---|---|---|---|\n");
        for (JsonNode r : jmh) {
            row(md, simpleName(r.path("benchmark").asString()), params(r), r.path("primaryMetric"));
            r.path("secondaryMetrics").properties().forEach(e -> row(md,
                    simpleName(r.path("benchmark").asString()) + ":" + e.getKey(), params(r), e.getValue()));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String params, JsonNode metric) {
        md.append("| ").append(name).append(" | ").append(params).append(" | ")
                .append(String.format(Locale.ROOT, "%.3f", metric.path("score").asDouble())).append(" | ")
                .append(String.format(Locale.ROOT, "%.3f", metric.path("scoreError").asDouble(Double.NaN)))
                .append(" | ").append(metric.path("scoreUnit").asString()).append(" |\n");
    }

    private static String target(Target t) {
        List<String> parts = new ArrayList<>();
        t.maxMillis().ifPresent(m -> parts.add("ours ≤ " + ms(m)));
        t.maxRatio().ifPresent(r -> parts.add("ratio ≤ " + String.format(Locale.ROOT, "%.1f", r)));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String ms(double millis) {
        // three significant digits or more: a ratio of two figures reads the same from the figures as from the page
        if (millis < 10) {
            return String.format(Locale.ROOT, "%.3f ms", millis);
        }
        if (millis < 100) {
            return String.format(Locale.ROOT, "%.2f ms", millis);
        }
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    /**
     * The score of one run in milliseconds per operation, if the results hold it; a benchmark name of the form
     * {@code Class.method:counter} names a secondary metric.
     */
    static Optional<Double> millis(JsonNode jmh, Target.Run run) {
        int colon = run.benchmark().indexOf(':');
        String benchmark = colon < 0 ? run.benchmark() : run.benchmark().substring(0, colon);
        for (JsonNode r : jmh) {
            if (simpleName(r.path("benchmark").asString()).equals(benchmark)
                    && paramsOf(r).entrySet().containsAll(run.params().entrySet())) {
                JsonNode metric = colon < 0 ? r.path("primaryMetric")
                        : r.path("secondaryMetrics").path(run.benchmark().substring(colon + 1));
                if (metric.isMissingNode()) {
                    return Optional.empty();
                }
                return Optional.of(metric.path("score").asDouble() * perMilli(metric.path("scoreUnit").asString()));
            }
        }
        return Optional.empty();
    }

    /**
     * The mean of each fork's measured iterations of one run, in milliseconds per operation, in fork order; empty
     * when the results do not hold the run or its iterations.
     */
    static List<Double> forkMeans(JsonNode jmh, Target.Run run) {
        List<Double> means = new ArrayList<>();
        for (JsonNode r : jmh) {
            if (isOf(r, run)) {
                double perMilli = perMilli(r.path("primaryMetric").path("scoreUnit").asString());
                for (JsonNode fork : r.path("primaryMetric").path("rawData")) {
                    double sum = 0;
                    for (JsonNode iteration : fork) {
                        sum += iteration.asDouble();
                    }
                    if (!fork.isEmpty()) {
                        means.add(sum / fork.size() * perMilli);
                    }
                }
            }
        }
        return means;
    }

    /**
     * How the notes name one of a target's two runs: a scaling target (P3, P4) compares one benchmark at two
     * sizes, each named by its parameters, for example "at 1,000,000 assignments"; otherwise "ours" and "peer".
     *
     * @param target a target with a peer
     * @param ofOurs whether to name our run rather than the peer
     */
    static String label(Target target, boolean ofOurs) {
        Target.Run peer = target.peer().orElseThrow();
        if (!peer.benchmark().equals(target.ours().benchmark())) {
            return ofOurs ? "ours" : "peer";
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<>((ofOurs ? target.ours() : peer).params()).forEach((key, value) -> parts.add(
                (value.matches("[0-9]{1,18}") ? String.format(Locale.ROOT, "%,d", Long.parseLong(value)) : value)
                        + " " + key));
        return "at " + String.join(", ", parts);
    }

    private static String joined(List<Double> millis) {
        List<String> parts = new ArrayList<>();
        millis.forEach(m -> parts.add(ms(m)));
        return String.join(" and ", parts);
    }

    /** Whether a JMH result is of a run: its benchmark, with at least the run's parameters. */
    private static boolean isOf(JsonNode result, Target.Run run) {
        return simpleName(result.path("benchmark").asString()).equals(run.benchmark())
                && paramsOf(result).entrySet().containsAll(run.params().entrySet());
    }

    /** The benchmark thread's CPU milliseconds per operation, when the run counted them ({@link CpuTime}). */
    static Optional<Double> cpuPerOp(JsonNode jmh, Target.Run run) {
        for (JsonNode r : jmh) {
            if (isOf(r, run)) {
                JsonNode cpu = r.path("secondaryMetrics").path("cpuMillis").path("score");
                JsonNode calls = r.path("secondaryMetrics").path("calls").path("score");
                if (cpu.isNumber() && calls.isNumber() && calls.asDouble() > 0) {
                    return Optional.of(cpu.asDouble() / calls.asDouble());
                }
            }
        }
        return Optional.empty();
    }

    private static double perMilli(String unit) {
        return switch (unit) {
            case "s/op" -> 1000.0;
            case "ms/op" -> 1.0;
            case "us/op" -> 0.001;
            case "ns/op" -> 0.000_001;
            default -> throw new IllegalArgumentException("benchmarks must report time per operation, not " + unit);
        };
    }

    private static String simpleName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    private static Map<String, String> paramsOf(JsonNode result) {
        Map<String, String> params = new TreeMap<>();
        result.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
        return params;
    }

    private static String params(JsonNode result) {
        Map<String, String> params = paramsOf(result);
        return params.isEmpty() ? "" : params.toString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static String machine() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String cpu = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim() + ", ").orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the processor count and memory still say enough
        }
        // the machine may be shared: the load says how much of it the benchmarks had
        return String.format(Locale.ROOT, "%s%d processors (nproc), %.1f GiB memory, %s %s; load average %.1f"
                + " when the results were written", cpu, Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.arch"), os.getSystemLoadAverage());
    }

    /**
     * A measurement made outside JMH (P6 memory, P7 cold start), as its harness writes it, formatted.
     *
     * @param id the target's id; not null
     * @param title what is measured; not null
     * @param ours our figure; not null
     * @param peer the peer's figure measured in the same run, or "none"; not null
     * @param ratio the ratio, or "–"; not null
     * @param target the target; not null
     * @param met "yes", "**no**" or "not measured"; not null
     * @param note what was run, or why it could not be; not null
     * @since 0.1
     */
    public record Measurement(String id, String title, String ours, String peer, String ratio, String target,
            String met, String note) {

        /**
         * Writes the measurement where {@link Results} picks it up.
         *
         * @param dir the measurements directory; not null
         * @throws IOException if the file cannot be written
         */
        public void writeTo(Path dir) throws IOException {
            Files.createDirectories(dir);
            JSON.writeValue(dir.resolve(id.toLowerCase(Locale.ROOT).replace(' ', '-') + ".json").toFile(), this);
        }
    }
}
