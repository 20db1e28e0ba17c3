package nl.competentiekompas.io.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An assessments CSV file of a given size, generated as it is read, so that a gigabyte needs no disk and no
 * heap. Every row is valid against the sample catalog; each person has one self-assessment with two rows.
 */
final class GeneratedAssessments extends InputStream {

    private static final byte[] HEADER = ("persoon;profiel;beoordelaar;perspectief;datum;competentie;score;reflectie;"
            + "actie\r\n").getBytes(StandardCharsets.UTF_8);

    private final long size;
    private long served;
    private long rows;
    private byte[] chunk = HEADER;
    private int position;

    GeneratedAssessments(long size) {
        this.size = size;
    }

    long rows() {
        return rows;
    }

    private void next() {
        long person = rows / 2;
        String competency = rows % 2 == 0 ? "risk-management" : "advisory-skills";
        chunk = ("p-" + person + ";profile-0;p-" + person + ";self;2026-03-01;" + competency + ";" + (1 + rows % 5)
                + ";\"Ik wil meer sturen; minder \"\"brandjes blussen\"\"\r\nen vaker adviseren.\";Actie é €\r\n")
                .getBytes(StandardCharsets.UTF_8);
        position = 0;
        rows++;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (position == chunk.length) {
                if (served + n >= size) {
                    break;
                }
                next();
            }
            int k = Math.min(len - n, chunk.length - position);
            System.arraycopy(chunk, position, b, off + n, k);
            position += k;
            n += k;
        }
        served += n;
        return n == 0 ? -1 : n;
    }

    /**
     * Child JVM entry: imports a generated file of {@code args[0]} bytes and prints the row count.
     *
     * @param args the size in bytes
     */
    public static void main(String[] args) {
        GeneratedAssessments in = new GeneratedAssessments(Long.parseLong(args[0]));
        long count = 0;
        try (CsvReading<AssessmentLines.Line> reading = AssessmentLines.read(in, "generated.csv",
                nl.competentiekompas.io.SamplesAccess.catalog())) {
            while (reading.hasNext()) {
                reading.next();
                count++;
            }
        }
        System.out.println("rows=" + count + " generated=" + in.rows());
    }
}
