package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DecodingReaderProperties {

    private static final List<String> PIECES = List.of("a", "bc", "é", "€", "\n", "\r", "\r\n", "\n\r", "\r\r");

    /**
     * An invalid byte anywhere after the sniff window is located at the line and character a plain count gives,
     * whatever mix of LF, CR and CRLF precedes it, and however the breaks fall against buffer and word bounds.
     */
    @Property(tries = 60)
    void anInvalidByteIsLocatedWhereAPlainCountPutsIt(@ForAll @Size(min = 1, max = 4000) List<@IntRange(max = 8) Integer> picks,
            @ForAll @IntRange(min = 0, max = 70_000) int padding, @ForAll @IntRange(max = 7) int shift) {
        StringBuilder text = new StringBuilder("x".repeat(DecodingReader.SNIFF_BYTES + shift));
        int spread = Math.max(1, padding / picks.size());
        for (int pick : picks) {
            text.append("y".repeat(pick * spread % 97)).append(PIECES.get(pick));
        }
        long line = 1;
        long column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (!(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                    line++;
                }
                column = 1;
            } else {
                column++;
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("tail\n".getBytes(StandardCharsets.UTF_8));
        long expectedLine = line;
        long expectedColumn = column;
        assertThatThrownBy(() -> DecodingReaderTests.readAll(bytes.toByteArray(), 8192))
                .isInstanceOfSatisfying(DecodingReader.MalformedTextException.class, e -> {
                    assertThat(e.line()).isEqualTo(expectedLine);
                    assertThat(e.column()).isEqualTo(expectedColumn);
                });
    }
}
