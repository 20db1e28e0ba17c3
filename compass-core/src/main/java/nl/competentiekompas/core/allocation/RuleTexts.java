package nl.competentiekompas.core.allocation;

import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.internal.TextBundle;

/**
 * The Dutch and English messages of the built-in rules, read from {@code rules_nl.properties} and
 * {@code rules_en.properties} beside this class. Placeholders {@code {0}}, {@code {1}}, ... are replaced by
 * the arguments as given; no locale-dependent formatting takes place.
 */
final class RuleTexts {

    private static final TextBundle TEXTS = TextBundle.load(RuleTexts.class, "rules");

    private RuleTexts() {
    }

    /**
     * The message for a key with its placeholders filled in.
     *
     * @param key the key
     * @param args the arguments, ids or numbers already written as text
     * @return the message in both languages
     */
    static LocalizedText text(String key, String... args) {
        return LocalizedText.of(fill(TEXTS.nl(key), args), fill(TEXTS.en(key), args));
    }

    private static String fill(String pattern, String... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isDigits(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                String arg = args[index];
                if (arg == null) {
                    throw new NullPointerException("argument " + index);
                }
                out.append(arg);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
