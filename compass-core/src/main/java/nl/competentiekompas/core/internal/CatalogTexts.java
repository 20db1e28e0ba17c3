package nl.competentiekompas.core.internal;

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
 * The Dutch and English texts of the bundled catalog, read from {@code catalog_nl.properties} and
 * {@code catalog_en.properties} beside this class (UTF-8). A key missing in either language is a bug in the
 * catalog and fails at once.
 *
 * <p>The bundles are read with {@link Properties} rather than {@code ResourceBundle} so that the result never
 * depends on the JVM's default locale.
 */
public final class CatalogTexts {

    private final Properties nl;
    private final Properties en;

    private CatalogTexts(Properties nl, Properties en) {
        this.nl = nl;
        this.en = en;
    }

    /**
     * Loads the bundles.
     *
     * @param baseName the base name, such as {@code catalog}
     * @return the texts
     */
    public static CatalogTexts load(String baseName) {
        return new CatalogTexts(read(baseName + "_nl.properties"), read(baseName + "_en.properties"));
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = CatalogTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog bundle " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog bundle " + name, e);
        }
        return properties;
    }

    /**
     * The text for a key in both languages.
     *
     * @param key the key
     * @return the text
     * @throws IllegalStateException if either language lacks the key
     */
    public LocalizedText text(String key) {
        Objects.requireNonNull(key, "key");
        String dutch = nl.getProperty(key);
        String english = en.getProperty(key);
        if (dutch == null || english == null) {
            throw new IllegalStateException("catalog text '" + key + "' is missing in "
                    + (dutch == null ? "nl" : "en"));
        }
        return LocalizedText.of(dutch.strip(), english.strip());
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
