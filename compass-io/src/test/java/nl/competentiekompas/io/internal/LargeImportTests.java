package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A gigabyte of assessments streams through the reader in a child JVM with a 256 MB heap: memory does not
 * grow with the file. Set {@code -Dcompass.io.largeImportBytes} to change the size.
 */
class LargeImportTests {

    static final long SIZE = Long.getLong("compass.io.largeImportBytes", 1L << 30);

    @Test
    void aGigabyteImportsInConstantMemory() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), GeneratedAssessments.class.getName(),
                Long.toString(SIZE))).redirectErrorStream(true).start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(text).isZero();
        String counts = text.lines().filter(l -> l.startsWith("rows=")).findFirst().orElseThrow();
        long rows = Long.parseLong(counts.substring(5, counts.indexOf(' ')));
        long generated = Long.parseLong(counts.substring(counts.indexOf("generated=") + 10));
        assertThat(rows).isEqualTo(generated).isGreaterThan(SIZE / 200);
    }
}
