package nl.competentiekompas.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.internal.TextBundle;

/**
 * The Dutch and English messages of the built-in rules, read from {@code rules_nl.properties} and
 * {@code rules_en.properties} beside this class. Placeholders {@code {0}}, {@code {1}}, ... are replaced by
 * the arguments as given; no locale-dependent formatting takes place.
 */
final class RuleTexts {

    private static final TextBundle TEXTS = TextBundle.load(RuleTexts.class, "rules");
    /** Each key's Dutch and English template, parsed when first used. */
    private static final Map<String, Template[]> TEMPLATES = new ConcurrentHashMap<>();

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
        Template[] pair = TEMPLATES.computeIfAbsent(key,
                k -> new Template[] {Template.of(TEXTS.nl(k)), Template.of(TEXTS.en(k))});
        return LocalizedText.of(pair[0].fill(args), pair[1].fill(args));
    }

    /**
     * A message parsed once into its literal parts and the indexes of the arguments between them: filling it in
     * appends each part whole, where reading the pattern for every finding looked at each character.
     *
     * @param literals the text before each placeholder, and after the last; one more than the placeholders
     * @param arguments the argument index of each placeholder
     */
    record Template(String[] literals, int[] arguments) {

        /**
         * Parses a pattern: {@code {n}} with n decimal digits is a placeholder; any other brace is text.
         */
        static Template of(String pattern) {
            List<String> literals = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                int close = c == '{' ? pattern.indexOf('}', i) : -1;
                if (close > i + 1 && isDigits(pattern, i + 1, close)) {
                    literals.add(literal.toString());
                    literal.setLength(0);
                    arguments.add(Integer.parseInt(pattern.substring(i + 1, close)));
                    i = close + 1;
                } else {
                    literal.append(c);
                    i++;
                }
            }
            literals.add(literal.toString());
            return new Template(literals.toArray(String[]::new),
                    arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        String fill(String... args) {
            String[] parts = new String[literals.length + arguments.length];
            parts[0] = literals[0];
            for (int p = 0; p < arguments.length; p++) {
                String arg = args[arguments[p]];
                if (arg == null) {
                    throw new NullPointerException("argument " + arguments[p]);
                }
                parts[2 * p + 1] = arg;
                parts[2 * p + 2] = literals[p + 1];
            }
            // joined into a string made at its length, where a builder's text is copied once more
            return String.join("", parts);
        }
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
