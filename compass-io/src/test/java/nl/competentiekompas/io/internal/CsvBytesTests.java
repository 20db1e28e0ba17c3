package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.CsvFormat;
import org.junit.jupiter.api.Test;

/**
 * A CSV file split from its bytes gives the rows FastCSV gives of the decoded text: the same fields, lines and
 * problems, whatever the layout, and wherever reads of the input end.
 */
class CsvBytesTests {

    /** One row as read: its line, every field, and each column of the assessments layout as looked up. */
    record Read(long line, List<String> fields, List<String> columns) {
    }

    /** What a reading made of a file: the rows it delivered and what it raised at the end. */
    record Outcome(List<Read> rows, Object end) {
    }

    /**
     * Asserts that the byte path ended as FastCSV did, with the same problems, and delivered the same rows. A
     * malformed UTF-8 sequence ends reading at once, and the decoder decodes many records in one go: FastCSV may
     * not have had the records before the sequence that the bytes path reads. Then the byte path delivers rows
     * that start with FastCSV's, and reports the problems FastCSV reported, among the problems of those records.
     */
    static void assertSame(Outcome bytes, Outcome chars, String as) {
        boolean malformed = chars.end() instanceof List<?> problems
                && problems.toString().contains("[encoding-invalid-utf8]");
        if (malformed && bytes.end() instanceof List<?> more) {
            List<Object> fewer = List.copyOf((List<?>) chars.end());
            assertThat(List.<Object>copyOf(more)).as(as).containsAll(fewer).endsWith(fewer.get(fewer.size() - 1));
        } else {
            assertThat(bytes.end()).as(as).isEqualTo(chars.end());
        }
        int common = Math.min(bytes.rows().size(), chars.rows().size());
        for (int i = 0; i < common; i++) {
            assertThat(bytes.rows().get(i)).as(as + ", row " + i).isEqualTo(chars.rows().get(i));
        }
        if (malformed) {
            assertThat(bytes.rows().size()).as(as).isGreaterThanOrEqualTo(chars.rows().size());
        } else {
            assertThat(bytes.rows().size()).as(as).isEqualTo(chars.rows().size());
        }
    }

    /** Rows with the assessments layout's columns; a row whose first field is "fout" is a problem. */
    private static final RowMapper<Read> MAPPER = (row, sink) -> {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            fields.add(row.field(i));
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < AssessmentLines.LAYOUT.columns().size(); c++) {
            columns.add(row.get(c) + "|" + row.raw(c) + "|" + row.at(c));
        }
        if (row.get(0).equals("fout")) {
            sink.add(row.at(0), "csv-required", "persoon/person");
            return null;
        }
        return new Read(row.line(), fields, columns);
    };

    static Outcome read(InputStream input, boolean fromBytes) {
        List<Read> rows = new ArrayList<>();
        try (CsvReading<Read> reading = CsvReading.open(input, "test.csv", AssessmentLines.LAYOUT, MAPPER,
                fromBytes)) {
            reading.forEachRemaining(rows::add);
            return new Outcome(rows, "end");
        } catch (CompassImportException e) {
            return new Outcome(rows, e.problems());
        } catch (RuntimeException e) {
            return new Outcome(rows, e.getClass().getName());
        }
    }

    /** What FastCSV makes of a file; the byte path, also handed the file a few bytes at a time, makes the same. */
    static Outcome readAlike(byte[] file, long seed) {
        Outcome chars = read(new ByteArrayInputStream(file), false);

        assertSame(read(new ByteArrayInputStream(file), true), chars, "bytes");
        assertSame(read(Mutations.inPieces(file, seed), true), chars, "bytes in pieces");
        return chars;
    }

    /** Whether the byte path read a whole file without handing over. */
    static boolean readFromBytesAlone(byte[] file) {
        try (CsvReading<Read> reading = CsvReading.open(new ByteArrayInputStream(file), "test.csv",
                AssessmentLines.LAYOUT, MAPPER, true)) {
            reading.forEachRemaining(r -> { });
            return reading.readFromBytes();
        }
    }

    /** Assessments as our writer writes them, with reflections of every kind. */
    static String written(int count, CsvFormat format) {
        List<Assessment> all = AssessmentStreamTests.assessments(count);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompassCsv.writeAssessments(all, out, format);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void filesAsOurWriterWritesThemAreReadFromTheBytesAlone() {
        for (CsvFormat format : List.of(CsvFormat.excelNl(), CsvFormat.international())) {
            String written = written(40, format);
            String text = written.startsWith("\uFEFF") ? written.substring(1) : written;
            for (String layout : List.of(text, text.replace("\r\n", "\n"), text.replace("\r\n", "\r"),
                    "\uFEFF" + text, "\n\r\n" + text + "\n\n", text.substring(0, text.length() - 2))) {
                byte[] file = layout.getBytes(StandardCharsets.UTF_8);

                Outcome outcome = readAlike(file, layout.length());

                assertThat(outcome.end()).isEqualTo("end");
                assertThat(outcome.rows()).hasSizeGreaterThan(40);
                assertThat(readFromBytesAlone(file)).as(layout.substring(0, 30)).isTrue();
            }
        }
    }

    @Test
    void cellsWithBlanksAroundThemAreStrippedAlikeOnTheBytePath() {
        String header = written(1, CsvFormat.excelNl()).split("\r?\n")[0];
        // blanks within and around cells, a neutralised tab, an apostrophe kept, a blank beyond ASCII
        String file = header + "\n'\tb;' c;'=d ; e;f\u2003;'\t;g;\u00e9;h \n"
                + "'\tb;' c;'=d ; e;f\u2003;'\t;g;\u00e9;h \n";
        for (byte[] bytes : List.of(file.getBytes(StandardCharsets.UTF_8),
                file.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))) {
            assertThat(readFromBytesAlone(bytes)).isTrue();
            Outcome chars = readAlike(bytes, 3);
            assertThat(chars.rows().get(0).columns().get(0)).startsWith("b|\tb|");
            assertThat(chars.rows().get(1).columns().get(3)).startsWith("e|").isEqualTo(
                    chars.rows().get(0).columns().get(3).replace("line=2", "line=3"));
        }
    }

    @Test
    void filesOutsideTheBytePathAreReadAlike() {
        String text = written(12, CsvFormat.excelNl()).replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        List<String> files = new ArrayList<>();
        for (int at : new int[] {1, 7, 30}) {
            for (String change : List.of("fout;x", "a;\"b\"c;d", "a\"b;c", "\"\"", "\"open", ";;;;;;;;;;;;", "x",
                    "'=1;'+2;'';'-;'@;'\t;'a;\"'=q\";\"\"\"\"", "\0;\u0001", "a; b ;c ", "\"x\"\"\" ;y")) {
                List<String> changed = new ArrayList<>(List.of(lines));
                changed.add(Math.min(at, changed.size() - 1), change);
                files.add(String.join("\n", changed));
            }
        }
        files.add(text.substring(0, text.indexOf('\n')));
        files.add("");
        files.add("\n\n");
        files.add("persoon;profiel\n\"a\nb\";c\n\"d\r\ne\";\"f\rg\"\nh;i");
        files.add("persoon,profiel;x\na,b;c\n");
        files.add("\"persoon\";\"profiel\"\n" + "a;b\n".repeat(3));
        files.add("persoon;" + "x".repeat(70_000) + "\na;b\n");
        files.add("persoon;profiel\na;" + "y".repeat(70_000) + "\nc;d\n");
        files.add("persoon;profiel\na;\"" + "z\n".repeat(40_000) + "\"\nc;d\n");

        for (String file : files) {
            for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
                byte[] bytes = file.getBytes(charset);

                readAlike(bytes, file.length());
                readAlike(file.replace("\n", "\r\n").getBytes(charset), file.length() + 1);
            }
        }
    }

    @Test
    void bytesThatAreNotUtf8PastTheFirst64KiBAreLocatedAlike() {
        // past the bytes that decide the encoding, the byte path hands the rest over at the record that holds them
        String text = written(300, CsvFormat.excelNl());
        byte[] valid = text.getBytes(StandardCharsets.UTF_8);
        assertThat(valid.length).isGreaterThan(2 * DecodingReader.SNIFF_BYTES);
        for (boolean mark : new boolean[] {true, false}) {
            byte[] file = mark ? valid : java.util.Arrays.copyOfRange(valid, 3, valid.length);
            for (int at : new int[] {DecodingReader.SNIFF_BYTES + 10, file.length / 2, file.length - 40}) {
                for (int[] sequence : new int[][] {{0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xFF}, {0xE2, 0x82}}) {
                    byte[] broken = new byte[file.length + sequence.length];
                    System.arraycopy(file, 0, broken, 0, at);
                    for (int k = 0; k < sequence.length; k++) {
                        broken[at + k] = (byte) sequence[k];
                    }
                    System.arraycopy(file, at, broken, at + sequence.length, file.length - at);

                    Outcome outcome = readAlike(broken, at);

                    assertThat(outcome.end()).asString().contains("[encoding-invalid-utf8]");
                    assertThat(read(new ByteArrayInputStream(broken), true).rows()).hasSizeGreaterThan(700);
                }
            }
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReadAlikeWhereverTheyStand() {
        String text = written(30, CsvFormat.excelNl());
        byte[] valid = text.getBytes(StandardCharsets.UTF_8);
        int[][] sequences = {{0xC0, 0x80}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xFF},
            {0x80}, {0xC3}, {0xE2, 0x82}, {0xC3, 0x28}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x9F, 0x98, 0x80}};
        for (int at : new int[] {10, valid.length / 2, valid.length - 3, DecodingReader.SNIFF_BYTES - 1}) {
            for (int[] sequence : sequences) {
                byte[] file = new byte[Math.max(valid.length, at) + sequence.length];
                System.arraycopy(valid, 0, file, 0, Math.min(at, valid.length));
                for (int k = 0; k < sequence.length; k++) {
                    file[Math.min(at, valid.length) + k] = (byte) sequence[k];
                }
                if (at < valid.length) {
                    System.arraycopy(valid, at, file, at + sequence.length, valid.length - at);
                }

                readAlike(file, at + sequence.length);
            }
        }
    }
}
