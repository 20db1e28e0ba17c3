package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class CsvReadingTests {

    static final CsvLayout LAYOUT = new CsvLayout(List.of(CsvColumn.required("persoon", "person"),
            CsvColumn.optional("datum", "date"), CsvColumn.optional("tekst", "text")));

    static final RowMapper<List<String>> MAPPER = (row, sink) -> {
        if (row.get(0).isEmpty()) {
            sink.add(row.at(0), "csv-required", "persoon/person");
            return null;
        }
        return List.of(row.get(0), row.raw(1), row.raw(2));
    };

    static List<List<String>> read(byte[] bytes) {
        List<List<String>> out = new ArrayList<>();
        try (CsvReading<List<String>> reading = CsvReading.open(new ByteArrayInputStream(bytes), "test.csv", LAYOUT,
                MAPPER)) {
            reading.forEachRemaining(out::add);
        }
        return out;
    }

    static CompassImportException failure(byte[] bytes) {
        try {
            read(bytes);
        } catch (CompassImportException e) {
            return e;
        }
        throw new AssertionError("expected a CompassImportException");
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> dialects() {
        java.util.stream.Stream.Builder<org.junit.jupiter.params.provider.Arguments> all =
                java.util.stream.Stream.builder();
        for (String encoding : List.of("UTF-8 BOM", "UTF-8", "windows-1252")) {
            for (char separator : new char[] {';', ','}) {
                for (String lineEnd : List.of("\r\n", "\n")) {
                    all.add(org.junit.jupiter.params.provider.Arguments.of(separator, lineEnd,
                            encoding.startsWith("UTF-8") ? "UTF-8" : encoding, encoding.endsWith("BOM")));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("dialects")
    void everyDialectReadsTheSameValues(char separator, String lineEnd, String charset, boolean bom) {
        String s = String.valueOf(separator);
        String text = (bom ? "\uFEFF" : "") + "persoon" + s + "datum" + s + "tekst" + lineEnd
                + "p-1" + s + "2026-01-31" + s + "\"café" + s + " \"\"ja\"\"\"" + lineEnd
                + "p-2" + s + "31-01-2026" + s + "\"twee" + lineEnd + "regels\"" + lineEnd;
        assertThat(read(bytes(text, Charset.forName(charset)))).containsExactly(
                List.of("p-1", "2026-01-31", "café" + s + " \"ja\""),
                List.of("p-2", "31-01-2026", "twee" + lineEnd + "regels"));
    }

    @Test
    void englishHeadersInAnyOrderAndCase() {
        String text = "Text,PERSON\nhello,p-1\n";
        assertThat(read(bytes(text, StandardCharsets.UTF_8))).containsExactly(List.of("p-1", "", "hello"));
    }

    @Test
    void missingAndExtraFieldsAreLocatedProblemsAndStopDelivery() {
        String text = "persoon;datum;tekst\np-1;a;b\np-2;a\np-3;a;b;c\n\np-4;a;b\n";
        List<List<String>> seen = new ArrayList<>();
        CompassImportException e;
        try (CsvReading<List<String>> reading = CsvReading.open(
                new ByteArrayInputStream(bytes(text, StandardCharsets.UTF_8)), "x.csv", LAYOUT, MAPPER)) {
            e = org.junit.jupiter.api.Assertions.assertThrows(CompassImportException.class,
                    () -> reading.forEachRemaining(seen::add));
        }
        assertThat(seen).containsExactly(List.of("p-1", "a", "b"));
        assertThat(e.problems()).extracting(Problem::code, Problem::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("csv-too-few-fields", new Location.CsvCell(3, 3)),
                org.assertj.core.groups.Tuple.tuple("csv-too-many-fields", new Location.CsvCell(4, 4)));
        assertThat(e.problems().get(0).message().in(Language.NL)).contains("2 velden").contains("3");
        assertThat(e.truncated()).isFalse();
    }

    @Test
    void headerProblemsNameTheColumns() {
        CompassImportException e = failure(bytes("tekst;onbekend;tekst\n", StandardCharsets.UTF_8));
        assertThat(e.problems()).extracting(Problem::code).containsExactly("csv-unknown-header",
                "csv-duplicate-header", "csv-missing-header");
        assertThat(e.problems().get(0).location()).isEqualTo(new Location.CsvCell(1, 2));
        assertThat(e.problems().get(2).message().in(Language.EN)).contains("persoon/person");
        assertThat(e.getMessage()).doesNotContain("onbekend");
    }

    @Test
    void emptyFileIsAProblem() {
        assertThat(failure(new byte[0]).problems()).extracting(Problem::code).containsExactly("csv-empty");
        assertThat(failure(bytes("\uFEFF\r\n\r\n", StandardCharsets.UTF_8)).problems()).extracting(Problem::code)
                .containsExactly("csv-empty");
    }

    @Test
    void problemsAreCappedAndMarkedTruncated() {
        StringBuilder text = new StringBuilder("persoon;datum\n");
        for (int i = 0; i < 500; i++) {
            text.append(";x\n");
        }
        CompassImportException e = failure(bytes(text.toString(), StandardCharsets.UTF_8));
        assertThat(e.problems()).hasSize(CompassImportException.MAX_PROBLEMS);
        assertThat(e.truncated()).isTrue();
        assertThat(e.problems().get(99).location()).isEqualTo(new Location.CsvCell(101, 1));
    }

    @Test
    void invalidUtf8AfterTheFirst64KiBIsLocated() {
        StringBuilder text = new StringBuilder("persoon;tekst\n");
        int line = 1;
        while (text.length() < 70_000) {
            text.append("p-1;é\n");
            line++;
        }
        byte[] head = bytes(text.toString(), StandardCharsets.UTF_8);
        byte[] bad = {'p', '-', '2', ';', 'a', (byte) 0xE9, 'b', '\n'};
        byte[] all = Arrays.copyOf(head, head.length + bad.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        CompassImportException e = failure(all);
        assertThat(e.problems()).extracting(Problem::code, Problem::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("encoding-invalid-utf8", new Location.TextPosition(line + 1, 6)));
    }

    @Test
    void invalidUtf8EarlyMeansWindows1252() {
        byte[] text = {'p', 'e', 'r', 's', 'o', 'o', 'n', '\n', 'p', (byte) 0x80, (byte) 0xE9, (byte) 0x81, '\n'};
        assertThat(read(text)).containsExactly(List.of("p\u20AC\u00E9\u0081", "", ""));
    }

    @Test
    void unclosedQuoteFailsAtItsRecord() {
        CompassImportException e = failure(bytes("persoon;tekst\np-1;a\np-2;\"open\n", StandardCharsets.UTF_8));
        assertThat(e.problems()).extracting(Problem::code, Problem::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("csv-malformed", new Location.CsvCell(3, 1)));
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aHugeFieldFailsFastWithoutReadingItAll() {
        int size = 20 * 1024 * 1024;
        InputStream header = new ByteArrayInputStream(bytes("persoon;tekst\np-1;\"", StandardCharsets.UTF_8));
        CountingStream body = new CountingStream(size);
        CompassImportException e = failure(new SequenceInputStream(header, body));
        assertThat(e.problems()).extracting(Problem::code).containsExactly("csv-malformed");
        assertThat(body.served).isLessThan(4L * CsvReading.MAX_RECORD_CHARS);
    }

    private static CompassImportException failure(InputStream in) {
        try (CsvReading<List<String>> reading = CsvReading.open(in, "big.csv", LAYOUT, MAPPER)) {
            reading.forEachRemaining(r -> { });
        } catch (CompassImportException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    /** Serves n bytes of 'x' without holding them. */
    static final class CountingStream extends InputStream {
        private final long size;
        long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            Arrays.fill(b, off, off + n, (byte) 'x');
            served += n;
            return n;
        }
    }

    @Test
    void hostileTextSurvivesExportAndImport() {
        List<String> hostile = List.of("=1+2", "+31 6", "-3", "@SUM(A1)", "\tx", "\rx", "\nx", "'=already", "'plain",
                "''", "a;b,c", "say \"hi\"", "two\r\nlines", "héllo wörld €", "", " padded ", "'");
        for (CsvFormat format : List.of(CsvFormat.excelNl(), CsvFormat.international())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CsvWriting writing = CsvWriting.start(out, format, LAYOUT)) {
                for (String text : hostile) {
                    writing.record("p-1", text, text);
                }
            }
            List<List<String>> back = read(out.toByteArray());
            assertThat(back).extracting(r -> r.get(2)).containsExactlyElementsOf(hostile);
            String written = out.toString(StandardCharsets.UTF_8);
            for (String line : written.split("[;,\r\n]")) {
                if (!line.isEmpty() && !line.startsWith("\"")) {
                    assertThat(CsvCells.isFormulaStarter(line.charAt(0))).as(line).isFalse();
                }
            }
        }
    }

    @Test
    void excelDefaultWritesBomSemicolonAndCrlf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriting writing = CsvWriting.start(out, CsvFormat.excelNl(), LAYOUT)) {
            writing.record("p-1", "2026-01-31", "x");
        }
        assertThat(out.toByteArray()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFpersoon;datum;tekst\r\np-1;2026-01-31;x\r\n");
    }
}
