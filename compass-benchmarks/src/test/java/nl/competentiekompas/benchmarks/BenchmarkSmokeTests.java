package nl.competentiekompas.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every benchmark runs once, in process, on tiny data, so that the build keeps the suite compiling and
 * running; the results page is written from that run. The numbers mean nothing.
 */
class BenchmarkSmokeTests {

    @Test
    void everyBenchmarkRunsOnTinyDataAndTheResultsPageNamesEveryTarget() throws Exception {
        System.setProperty("compass.benchmarks.data", Path.of("target", "benchmark-data").toString());
        Path json = Path.of("target", "smoke-jmh.json");
        Options options = new OptionsBuilder()
                .include("nl\\.competentiekompas\\.benchmarks\\..*")
                .forks(0)
                .warmupIterations(1).warmupTime(TimeValue.milliseconds(50))
                .measurementIterations(1).measurementTime(TimeValue.milliseconds(100))
                .timeout(TimeValue.seconds(30))
                .param("assignments", "2000")
                .param("people", "200")
                .param("rows", "500")
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON).result(json.toString())
                .build();
        var results = new Runner(options).run();
        assertThat(results).isNotEmpty();
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());

        var jmh = JsonMapper.builder().build().readTree(json.toFile());
        String page = Results.render(jmh, List.of(), "test machine", Instant.parse("2026-11-22T12:00:00Z"));
        for (Target t : Results.TARGETS) {
            boolean measured = Results.millis(jmh, t.ours()).isPresent();
            assertThat(page).contains("| " + t.id() + " | ");
            if (measured) {
                assertThat(page).doesNotContain("| " + t.id() + " | " + t.title() + " | – |");
            }
        }
        assertThat(Results.millis(jmh, Target.Run.of("RulesBenchmark.evaluate", "assignments", "2000"))).isPresent();
        assertThat(Results.millis(jmh, Target.Run.of("AllocatorBenchmark.propose", "people", "200"))).isPresent();
        assertThat(Results.millis(jmh, Target.Run.of("CsvImportBenchmark.compass"))).isPresent();
        assertThat(Results.millis(jmh, Target.Run.of("JsonImportBenchmark.jacksonDatabind"))).isPresent();
    }

    @Test
    void theMemoryCheckImportsGeneratedCsvInAChildJvmWith256Megabytes() throws Exception {
        Path dir = Path.of("target", "smoke-measurements");
        MemoryCheck.main(new String[] {dir.toString(), "2000000"});
        var m = JsonMapper.builder().build().readValue(dir.resolve("p6.json").toFile(), Results.Measurement.class);
        assertThat(m.met()).isEqualTo("yes");
        assertThat(m.ours()).startsWith("imported ").contains(" MiB)");
    }

    @Test
    void theColdStartIsNotMeasuredWithoutTheToolsJar() throws Exception {
        System.setProperty("compass.benchmarks.data", Path.of("target", "benchmark-data").toString());
        Path dir = Path.of("target", "smoke-measurements");
        ColdStart.main(new String[] {dir.toString(), "target/no-such.jar", "target/no-such-either.jar"});
        var m = JsonMapper.builder().build().readValue(dir.resolve("p7.json").toFile(), Results.Measurement.class);
        assertThat(m.met()).isEqualTo("not measured");
        assertThat(m.note()).contains("no-such.jar is not built");
    }
}
