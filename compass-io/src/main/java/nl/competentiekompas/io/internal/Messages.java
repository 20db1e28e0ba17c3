package nl.competentiekompas.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import nl.competentiekompas.core.catalog.LocalizedText;

/**
 * The Dutch and English problem messages, read from {@code messages_nl.properties} and
 * {@code messages_en.properties} beside this class (UTF-8).
 *
 * <p>The bundles are read with {@link Properties}, never {@code ResourceBundle}, so that no default locale
 * can choose or fall back to a language. Placeholders {@code {0}}, {@code {1}} are replaced literally: no
 * {@code MessageFormat} (whose number formatting follows a locale) and no expression language. Arguments are
 * always names this module defines (columns, properties, expectations), never input values.
 */
public final class Messages {

    private static final Properties NL = read("messages_nl.properties");
    private static final Properties EN = read("messages_en.properties");

    private Messages() {
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * The message for a code, with its arguments filled in.
     *
     * @param code the problem code; must exist in both bundles
     * @param args the arguments, names only
     * @return the message in both languages
     * @throws IllegalStateException if a bundle lacks the code (a bug)
     */
    public static LocalizedText text(String code, Object... args) {
        return LocalizedText.of(fill(template(NL, code), args), fill(template(EN, code), args));
    }

    /**
     * Whether both bundles hold a code.
     *
     * @param code the code
     * @return true when both have it
     */
    public static boolean has(String code) {
        return NL.getProperty(code) != null && EN.getProperty(code) != null;
    }

    /**
     * The codes of a bundle, for tests that compare the two.
     *
     * @param dutch true for the Dutch bundle
     * @return the codes
     */
    public static java.util.Set<String> codes(boolean dutch) {
        return (dutch ? NL : EN).stringPropertyNames();
    }

    private static String template(Properties bundle, String code) {
        String template = bundle.getProperty(Objects.requireNonNull(code, "code"));
        if (template == null) {
            throw new IllegalStateException("no message for problem code " + code);
        }
        return template;
    }

    private static String fill(String template, Object... args) {
        String result = template;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return result;
    }
}
