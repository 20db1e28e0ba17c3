package nl.competentiekompas.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * A pair of Dutch and English {@code .properties} bundles (UTF-8) beside a class of the core, such as the
 * catalog texts beside {@code Catalog}. A key missing in either language is a bug and fails at once.
 *
 * <p>The bundles are read with {@link Properties} rather than {@code ResourceBundle} so that the result never
 * depends on the JVM's default locale. This class knows no model type, so every package of the core can use
 * it without a package cycle.
 */
public final class TextBundle {

    private final String baseName;
    private final Properties nl;
    private final Properties en;

    private TextBundle(String baseName, Properties nl, Properties en) {
        this.baseName = baseName;
        this.nl = nl;
        this.en = en;
    }

    /**
     * Loads {@code <baseName>_nl.properties} and {@code <baseName>_en.properties} from the package of a class.
     *
     * @param anchor a class in the package that holds the bundles
     * @param baseName the base name, such as {@code catalog}
     * @return the bundle pair
     */
    public static TextBundle load(Class<?> anchor, String baseName) {
        return new TextBundle(baseName, read(anchor, baseName + "_nl.properties"),
                read(anchor, baseName + "_en.properties"));
    }

    private static Properties read(Class<?> anchor, String name) {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing text bundle " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text bundle " + name, e);
        }
        return properties;
    }

    /**
     * The Dutch text of a key.
     *
     * @param key the key
     * @return the text, stripped
     * @throws IllegalStateException if the key is missing
     */
    public String nl(String key) {
        return get(nl, key, "nl");
    }

    /**
     * The English text of a key.
     *
     * @param key the key
     * @return the text, stripped
     * @throws IllegalStateException if the key is missing
     */
    public String en(String key) {
        return get(en, key, "en");
    }

    private String get(Properties properties, String key, String language) {
        String value = properties.getProperty(Objects.requireNonNull(key, "key"));
        if (value == null) {
            throw new IllegalStateException("text '" + key + "' is missing in " + baseName + "_" + language);
        }
        return value.strip();
    }

    /**
     * Whether a key is present in both languages.
     *
     * @param key the key
     * @return true when present in both
     */
    public boolean has(String key) {
        return nl.getProperty(key) != null && en.getProperty(key) != null;
    }
}
