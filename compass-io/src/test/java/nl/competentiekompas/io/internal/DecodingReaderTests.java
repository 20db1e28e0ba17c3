package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecodingReaderTests {

    static String readAll(byte[] bytes, int chunk) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Reader r = DecodingReader.open(new ByteArrayInputStream(bytes))) {
            char[] buf = new char[chunk];
            int n;
            while ((n = r.read(buf, 0, chunk)) >= 0) {
                b.append(buf, 0, n);
            }
        }
        return b.toString();
    }

    @Test
    void multiByteCharactersAcrossTheSniffWindowStayUtf8() throws IOException {
        for (int shift = 0; shift < 4; shift++) {
            byte[] ascii = new byte[DecodingReader.SNIFF_BYTES - 1 - shift];
            Arrays.fill(ascii, (byte) 'a');
            String text = new String(ascii, StandardCharsets.US_ASCII) + "€😀é";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(readAll(bytes, 4096)).isEqualTo(text);
            assertThat(readAll(bytes, 1)).isEqualTo(text);
        }
    }

    @Test
    void bomMeansUtf8AndIsDropped() throws IOException {
        assertThat(readAll("\uFEFFcafé".getBytes(StandardCharsets.UTF_8), 3)).isEqualTo("café");
        try (DecodingReader r = DecodingReader.open(new ByteArrayInputStream(new byte[] {'a', (byte) 0xE9}))) {
            assertThat(r.charset().name()).isEqualTo("windows-1252");
        }
    }

    @Test
    void aTruncatedSequenceAtTheEndIsLocated() {
        byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xE2, (byte) 0x82};
        byte[] big = new byte[DecodingReader.SNIFF_BYTES + bytes.length];
        Arrays.fill(big, (byte) 'x');
        System.arraycopy(bytes, 0, big, DecodingReader.SNIFF_BYTES, bytes.length);
        assertThatThrownBy(() -> readAll(big, 100)).isInstanceOfSatisfying(DecodingReader.MalformedTextException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                });
    }

    @Test
    void crlfAndLoneCrCountAsOneLineBreakEach() {
        byte[] head = new byte[DecodingReader.SNIFF_BYTES];
        Arrays.fill(head, (byte) 'x');
        byte[] tail = {'\r', '\n', 'a', '\r', 'b', '\n', 'c', (byte) 0xFF};
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        assertThatThrownBy(() -> readAll(all, 8192)).isInstanceOfSatisfying(DecodingReader.MalformedTextException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(2);
                });
    }
}
