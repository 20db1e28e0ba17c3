package nl.competentiekompas.io.internal;

/**
 * Strict UTF-8 as the JDK's decoder reads it when it reports errors: no overlong forms, no surrogates, nothing
 * past U+10FFFF, no sequence cut short. For the byte paths, which must accept no more than the decoders they
 * stand in for.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The length of the sequence a lead byte beyond ASCII starts.
     *
     * @param lead the byte
     * @return 2 to 4, or -1 for a byte no sequence starts with
     */
    static int length(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : -1;
    }

    /**
     * The code point of the sequence at an index whose byte is beyond ASCII.
     *
     * @param b the bytes
     * @param i the index of the lead byte
     * @param limit the index after the last byte that may be read
     * @return the code point, or -1 when the sequence is not valid or does not end before the limit
     */
    static int codePoint(byte[] b, int i, int limit) {
        int length = length(b[i]);
        if (length < 0 || i + length > limit) {
            return -1;
        }
        int cp = b[i] & (0x7F >> length);
        for (int k = 1; k < length; k++) {
            int next = b[i + k] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            cp = cp << 6 | next & 0x3F;
        }
        int min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > Character.MAX_CODE_POINT
                || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return -1;
        }
        return cp;
    }

    /**
     * Whether some bytes are valid UTF-8 as a whole.
     *
     * @param b the bytes
     * @param from the first index
     * @param to the index after the last
     * @return true when they are
     */
    static boolean valid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            if (b[i] >= 0) {
                i++;
            } else if (codePoint(b, i, to) >= 0) {
                i += length(b[i]);
            } else {
                return false;
            }
        }
        return true;
    }
}
