package nl.competentiekompas.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.io.CompassCsv;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * P1: importing the 1,000,000-row assessments CSV (parse, validate, core objects) next to FastCSV parsing the
 * same file into plain records the straightforward way ({@code LocalDate.parse}, {@code Integer.parseInt}),
 * FastCSV with a hand-written date parser, and the floor (UTF-8 decode and line count). Target: ours at most
 * 1.0 × FastCSV; stretch: at most 1.0 × FastCSV with hand-written dates.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvImportBenchmark {

    /** The number of rows. */
    @Param({"1000000"})
    public int rows;

    private final Catalog catalog = Catalogs.builtIn();
    private Path file;

    /** One assessments row as plain values: what a hand-written import would make of it. */
    record Row(String person, String profile, String rater, String perspective, LocalDate date, String competency,
            int score, String reflection, String action) {
    }

    /** Writes the file on first use. */
    @Setup(Level.Trial)
    public void generate() {
        file = AssessmentData.csv(catalog, rows);
    }

    /**
     * Ours: every row checked, every assessment built.
     *
     * @param cpu the benchmark thread's CPU time
     * @return the number of rows, which the caller checks
     */
    @Benchmark
    public long compass(CpuTime cpu) {
        cpu.begin();
        try (Stream<Assessment> assessments = CompassCsv.readAssessments(file, catalog)) {
            return assessments.mapToLong(a -> a.entries().size()).sum();
        } finally {
            cpu.end();
        }
    }

    /**
     * FastCSV into plain records, dates with {@code LocalDate.parse}.
     *
     * @param sink consumes the records
     * @param cpu the benchmark thread's CPU time
     * @return the number of rows
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long fastCsv(Blackhole sink, CpuTime cpu) throws IOException {
        return fastCsv(sink, cpu, LocalDate::parse);
    }

    /**
     * FastCSV into plain records, dates with a hand-written parser.
     *
     * @param sink consumes the records
     * @param cpu the benchmark thread's CPU time
     * @return the number of rows
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long fastCsvHandDates(Blackhole sink, CpuTime cpu) throws IOException {
        return fastCsv(sink, cpu, CsvImportBenchmark::isoDate);
    }

    /**
     * The floor: decode the file as UTF-8 and count its lines.
     *
     * @return the number of lines
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long floor() throws IOException {
        long lines = 0;
        char[] buffer = new char[64 * 1024];
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    private long fastCsv(Blackhole sink, CpuTime cpu, Function<String, LocalDate> dates) throws IOException {
        cpu.begin();
        try {
            return fastCsv(sink, dates);
        } finally {
            cpu.end();
        }
    }

    private long fastCsv(Blackhole sink, Function<String, LocalDate> dates) throws IOException {
        long count = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(';').detectBomHeader(true).ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord r : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                String score = r.getField(6);
                sink.consume(new Row(r.getField(0), r.getField(1), r.getField(2), r.getField(3),
                        dates.apply(r.getField(4)), r.getField(5), score.isEmpty() ? -1 : Integer.parseInt(score),
                        r.getField(7), r.getField(8)));
                count++;
            }
        }
        return count;
    }

    /** {@code yyyy-MM-dd} by hand. */
    static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new IllegalArgumentException("not a date");
        }
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit");
            }
            v = v * 10 + d;
        }
        return v;
    }
}
