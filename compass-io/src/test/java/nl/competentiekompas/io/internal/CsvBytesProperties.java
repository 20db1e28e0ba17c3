package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.competentiekompas.io.CsvFormat;

/** Whatever the bytes, a CSV file split from its bytes ends as FastCSV's reading of the decoded text does. */
class CsvBytesProperties {

    static final byte[] SEMICOLONS = CsvBytesTests.written(12, CsvFormat.excelNl()).getBytes(StandardCharsets.UTF_8);
    static final byte[] COMMAS = CsvBytesTests.written(12, CsvFormat.international()).replace("\r\n", "\n")
            .getBytes(StandardCharsets.UTF_8);

    /**
     * Texts of 0 to 18 bytes, around the lengths of one and two words, each a prefix of the next, some starting
     * as a neutralised formula or reaching past ASCII: the field above is most often another of them.
     */
    private static final List<String> NEAR = List.of("", "p", "p-0000", "p-000000", "p-0000001", "p-00000012",
            "p-0000001234567", "p-00000012345678", "p-00000012345679", "p-000000123456789", "p-0000001234567890",
            "'=p", "'=p-0000001", "é", "p-00000é", "ciso-healthcare", "ciso-healthcare2");
    private static final List<String> ENDS = List.of("\n", "\r\n", "\r");

    @Property(tries = 300)
    void fieldsLikeTheOneAboveAreReadAsFastCsvReadsThem(@ForAll long seed) {
        Random random = new Random(seed);
        String header = new String(SEMICOLONS, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        StringBuilder text = new StringBuilder(header).append("\r\n");
        String[] above = new String[9];
        Arrays.fill(above, "p-0000001");
        int rows = 1 + random.nextInt(40);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 9; c++) {
                // mostly the field above, else one near it, sometimes quoted
                String field = random.nextInt(3) > 0 ? above[c] : NEAR.get(random.nextInt(NEAR.size()));
                above[c] = field;
                text.append(c > 0 ? ";" : "").append(random.nextInt(8) == 0 ? '"' + field + '"' : field);
            }
            // the last row ends with the file now and then
            if (r + 1 < rows || random.nextBoolean()) {
                text.append(ENDS.get(random.nextInt(ENDS.size())));
            }
        }
        byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);

        CsvBytesTests.Outcome read = CsvBytesTests.readAlike(file, random.nextLong());

        assertThat(read.end()).isEqualTo("end");
        assertThat(read.rows()).hasSize(rows);
    }

    @Property(tries = 300)
    void mutantsEndAsFastCsvEnds(@ForAll long seed) {
        Random random = new Random(seed);
        byte[] file = Mutations.mutate(random.nextBoolean() ? SEMICOLONS : COMMAS, random,
                RobustnessProperties.MARKER_BYTES);

        CsvBytesTests.Outcome chars = CsvBytesTests.read(new ByteArrayInputStream(file), false);

        CsvBytesTests.assertSame(CsvBytesTests.read(new ByteArrayInputStream(file), true), chars, "bytes");
        CsvBytesTests.assertSame(CsvBytesTests.read(Mutations.inPieces(file, random.nextLong()), true), chars,
                "bytes in pieces");
    }
}
