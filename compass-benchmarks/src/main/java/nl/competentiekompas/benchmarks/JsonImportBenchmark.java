package nl.competentiekompas.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.io.CompassJson;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * P2: importing the same assessments as {@link CsvImportBenchmark} from a {@code competentiekompas/assessments}
 * JSON document (strict reading, validation, core objects) next to Jackson 3 databind of the same file into
 * plain records. Target: ours at most 0.7 × databind's time.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonImportBenchmark {

    /** The number of rows the same data has as CSV (at 1,000,000 the document is about 176 MB). */
    @Param({"1000000"})
    public int rows;

    private final Catalog catalog = Catalogs.builtIn();
    private final ObjectMapper mapper = JsonMapper.builder().build();
    private Path file;

    /** The document as plain records. */
    record Document(String format, int version, List<PlainAssessment> assessments) {
    }

    /** One assessment as plain records. */
    record PlainAssessment(String profile, String subject, String rater, String perspective, LocalDate date,
            List<Entry> entries, List<Answer> answers, List<String> developmentGoals) {
    }

    /** One competency's entry. */
    record Entry(String competency, @Nullable Integer score, String reflection, String action) {
    }

    /** One answer to a reflection question. */
    record Answer(String question, String text) {
    }

    /** Writes the file on first use. */
    @Setup(Level.Trial)
    public void generate() {
        file = AssessmentData.json(catalog, rows);
    }

    /**
     * Ours: the streamed, strict reader building core assessments.
     *
     * @param cpu the benchmark thread's CPU time
     * @return the number of entries
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long compass(CpuTime cpu) throws IOException {
        cpu.begin();
        try (InputStream in = Files.newInputStream(file);
                Stream<Assessment> assessments = CompassJson.readAssessments(in, file.toString(), catalog)) {
            return assessments.mapToLong(a -> a.entries().size()).sum();
        } finally {
            cpu.end();
        }
    }

    /**
     * Jackson databind of the whole document into plain records.
     *
     * @param cpu the benchmark thread's CPU time
     * @return the number of entries
     */
    @Benchmark
    public long jacksonDatabind(CpuTime cpu) {
        cpu.begin();
        try {
            Document d = mapper.readValue(file.toFile(), Document.class);
            return d.assessments().stream().mapToLong(a -> a.entries().size()).sum();
        } finally {
            cpu.end();
        }
    }
}
