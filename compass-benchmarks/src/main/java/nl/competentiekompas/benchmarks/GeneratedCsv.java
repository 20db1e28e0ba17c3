package nl.competentiekompas.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CsvFormat;

/**
 * An assessments CSV of a given size generated while it is read, so that a gigabyte can be imported without a
 * gigabyte on disk or in memory. The bytes are those {@code CompassCsv.writeAssessments} writes for
 * {@link AssessmentData#endless}, in batches; the header and byte-order mark appear once, at the start. The
 * stream ends after the first whole assessment at or past the size. Not thread-safe.
 *
 * @since 0.1
 */
public final class GeneratedCsv extends InputStream {

    private static final int BATCH = 500;

    private final Iterator<Assessment> source;
    private final long size;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    private byte[] buffer = new byte[0];
    private int position;
    private long produced;
    private boolean first = true;

    /**
     * A stream of at least {@code size} bytes.
     *
     * @param catalog the catalog; not null
     * @param size the size in bytes
     * @param seed the seed
     */
    public GeneratedCsv(Catalog catalog, long size, long seed) {
        this.source = AssessmentData.endless(catalog, seed);
        this.size = size;
    }

    /**
     * The bytes produced so far.
     *
     * @return the count
     */
    public long produced() {
        return produced;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, buffer.length - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    private boolean fill() {
        while (position == buffer.length) {
            if (produced >= size) {
                return false;
            }
            List<Assessment> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(source.next());
            }
            out.reset();
            CompassCsv.writeAssessments(batch, out, CsvFormat.excelNl());
            byte[] bytes = out.toByteArray();
            int start = 0;
            if (!first) {
                // every batch starts with the byte-order mark and the header line: keep only the first
                while (bytes[start] != '\n') {
                    start++;
                }
                start++;
            }
            first = false;
            buffer = start == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, start, bytes.length);
            position = 0;
            produced += buffer.length;
        }
        return true;
    }
}
