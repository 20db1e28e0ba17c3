package nl.competentiekompas.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResultsTests {

    private static JsonNode jmh(String... results) {
        return JsonMapper.builder().build().readTree("[" + String.join(",", results) + "]");
    }

    private static String result(String benchmark, String params, double score, String unit) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"nl.competentiekompas.benchmarks." + benchmark + "\","
                + "\"forks\":1,\"jdkVersion\":\"17\",\"vmName\":\"VM\",\"vmVersion\":\"1\",\"warmupIterations\":3,"
                + "\"warmupTime\":\"2 s\",\"measurementIterations\":5,\"measurementTime\":\"2 s\",\"threads\":1,"
                + "\"jvmArgs\":[\"-Xmx3g\"],\"params\":{" + params + "},"
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.5,\"scoreUnit\":\"" + unit + "\"}}";
    }

    /** A result with each fork's measured iterations, as JMH's {@code rawData} lists them. */
    private static String forks(String result, String rawData) {
        return result.replace("\"scoreUnit\"", "\"rawData\":[" + rawData + "],\"scoreUnit\"");
    }

    private static Target target(String id) {
        return Results.TARGETS.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static String render(JsonNode jmh) {
        return Results.render(jmh, List.of(), "m", Instant.parse("2026-11-22T12:00:00Z"));
    }

    @Test
    void aScalingTargetComparesTheLargeSizeWithTheSmallOneInTheSameRun() {
        String page = render(jmh(result("RulesBenchmark.evaluate", "\"assignments\":\"100000\"", 90, "ms/op"),
                result("RulesBenchmark.evaluate", "\"assignments\":\"1000000\"", 0.9, "s/op")));
        assertThat(page).contains("| P3 | Rule evaluation, 1M assignments vs 100k | 900 ms | 90.00 ms ")
                .contains("| 10.00 | ours ≤ 1000 ms, ratio ≤ 11.0 | yes |");
    }

    @Test
    void aMissedTargetIsMarkedAndAnAbsentOneIsNotMeasured() {
        String page = render(jmh(result("AllocatorBenchmark.propose", "\"people\":\"10000\"", 100, "ms/op"),
                result("AllocatorBenchmark.propose", "\"people\":\"100000\"", 2100, "ms/op")));
        assertThat(page).contains("| 2100 ms | 100 ms `AllocatorBenchmark.propose {people=10000}` | 21.00 |")
                .contains("| **no** |")
                .contains("| P2 | JSON import of the same assessments (176 MB) vs Jackson databind into plain records | – |")
                .contains("| not measured |");
    }

    @Test
    void unitsAreConvertedToMillisecondsAndTheSettingsAreWritten() {
        JsonNode jmh = jmh(result("ReportBenchmark.html", "", 800, "us/op"));
        assertThat(Results.millis(jmh, Target.Run.of("ReportBenchmark.html"))).hasValue(0.8);
        assertThat(render(jmh)).contains("| P5 HTML | HTML personal development report, one | 0.800 ms | none | – | ours ≤ 1.000 ms | yes |")
                .contains("- JMH 1.37: forks 1, warm-up 3 × 2 s, measurement 5 × 2 s, threads 1, JVM options `-Xmx3g`")
                .contains("- Date: 2026-11-22T12:00:00 UTC");
    }

    @Test
    void otherMeasurementsAreListedWithTheirNotes() {
        var m = new Results.Measurement("P7", "cold start", "400 ms", "100 ms", "4.00", "ratio ≤ 4", "yes", "ten runs each");
        String page = Results.render(jmh(), List.of(m), "m", Instant.parse("2026-11-22T12:00:00Z"));
        assertThat(page).contains("| P7 | cold start | 400 ms | 100 ms | 4.00 | ratio ≤ 4 | yes |")
                .contains("- P7: ten runs each");
    }

    @Test
    void eachForksMeanIsNotedForATargetWithAPeer() {
        JsonNode jmh = jmh(forks(result("CsvImportBenchmark.compass", "", 230, "ms/op"), "[220.0,240.0],[229.0,231.0]"),
                forks(result("CsvImportBenchmark.fastCsvHandDates", "", 0.21, "s/op"), "[0.19,0.19],[0.23,0.23]"));
        assertThat(Results.forkMeans(jmh, Target.Run.of("CsvImportBenchmark.fastCsvHandDates")))
                .containsExactly(190.0, 230.0);
        assertThat(render(jmh)).contains("- P1 stretch: the mean of each fork, which compiles the code its own way:"
                + " ours 230 ms and 230 ms, peer 190 ms and 230 ms.")
                .doesNotContain("- P1: the mean of each fork");
    }

    @Test
    void theNotesNameAScalingTargetsRunsBySizeAndOthersAsOursAndPeer() {
        Target p3 = target("P3");
        Target p1 = target("P1");
        assertThat(Results.label(p3, true)).isEqualTo("at 1,000,000 assignments");
        assertThat(Results.label(p3, false)).isEqualTo("at 100,000 assignments");
        assertThat(Results.label(p1, true)).isEqualTo("ours");
        assertThat(Results.label(p1, false)).isEqualTo("peer");
    }

    @Test
    void aSingleForkIsNotNoted() {
        assertThat(render(jmh(forks(result("CsvImportBenchmark.compass", "", 230, "ms/op"), "[220.0,240.0]"),
                forks(result("CsvImportBenchmark.fastCsvHandDates", "", 190, "ms/op"), "[190.0]"))))
                .doesNotContain("the mean of each fork");
    }

    @Test
    void secondaryMetricsGiveTimePerPageAndCpuTimePerOperation() {
        String pdf = result("ReportBenchmark.pdf", "", 300, "ms/op").replace("}}",
                "},\"secondaryMetrics\":{\"pages\":{\"score\":100.0,\"scoreError\":1.0,\"scoreUnit\":\"ms/op\"}}}");
        String small = result("RulesBenchmark.evaluate", "\"assignments\":\"100000\"", 90, "ms/op").replace("}}",
                "},\"secondaryMetrics\":{\"cpuMillis\":{\"score\":400.0,\"scoreUnit\":\"#\"},"
                        + "\"calls\":{\"score\":10.0,\"scoreUnit\":\"#\"}}}");
        String large = result("RulesBenchmark.evaluate", "\"assignments\":\"1000000\"", 900, "ms/op").replace("}}",
                "},\"secondaryMetrics\":{\"cpuMillis\":{\"score\":1200.0,\"scoreUnit\":\"#\"},"
                        + "\"calls\":{\"score\":3.0,\"scoreUnit\":\"#\"}}}");
        JsonNode jmh = jmh(pdf, small, large);
        assertThat(Results.millis(jmh, Target.Run.of("ReportBenchmark.pdf:pages"))).hasValue(100.0);
        assertThat(Results.cpuPerOp(jmh, Target.Run.of("RulesBenchmark.evaluate", "assignments", "1000000")))
                .hasValue(400.0);
        assertThat(render(jmh)).contains("| P5 PDF | PDF personal development report, per page | 100 ms | none | – |"
                + " ours ≤ 150 ms | yes |")
                .contains("- P3: CPU time of the benchmark thread")
                .contains("at 1,000,000 assignments 400 ms, at 100,000 assignments 40.00 ms, ratio 10.00.")
                .contains("| ReportBenchmark.pdf:pages |  | 100.000 | 1.000 | ms/op |");
    }
}
