package nl.competentiekompas.io.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.competentiekompas.io.CsvFormat;

/** Whatever the bytes, a CSV file split from its bytes ends as FastCSV's reading of the decoded text does. */
class CsvBytesProperties {

    static final byte[] SEMICOLONS = CsvBytesTests.written(12, CsvFormat.excelNl()).getBytes(StandardCharsets.UTF_8);
    static final byte[] COMMAS = CsvBytesTests.written(12, CsvFormat.international()).replace("\r\n", "\n")
            .getBytes(StandardCharsets.UTF_8);

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
