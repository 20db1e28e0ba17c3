package nl.competentiekompas.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import nl.competentiekompas.core.catalog.Language;

/**
 * The labels of the reports in one language, read from {@code report_nl.properties} or
 * {@code report_en.properties} beside this class (UTF-8) with {@link Properties}, never through the default
 * locale. A missing key is a bug and fails at once.
 */
public final class Texts {

    private static final Map<Language, Texts> LOADED = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            LOADED.put(language, new Texts(language, read("report_" + language.tag() + ".properties")));
        }
    }

    private final Language language;
    private final Properties properties;
    private final DateTimeFormatter dates;

    private Texts(Language language, Properties properties) {
        this.language = language;
        this.properties = properties;
        this.dates = DateTimeFormatter.ofPattern(get("format.date"), language.locale());
    }

    /**
     * The labels in a language.
     *
     * @param language the language
     * @return the labels
     */
    public static Texts of(Language language) {
        return LOADED.get(language);
    }

    /**
     * The language of these labels.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * A label.
     *
     * @param key the key
     * @return the label
     * @throws IllegalStateException if the key is missing
     */
    public String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("missing report text '" + key + "' in " + language.tag());
        }
        return value;
    }

    /**
     * A label with its placeholders {@code {0}}, {@code {1}}, … replaced by the arguments, verbatim.
     *
     * @param key the key
     * @param args the arguments
     * @return the text
     */
    public String format(String key, String... args) {
        String pattern = get(key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(args[index]);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A date in the language's long form, such as {@code 22 november 2026}.
     *
     * @param date the date
     * @return the text
     */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report bundle " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report bundle " + name, e);
        }
        return properties;
    }
}
