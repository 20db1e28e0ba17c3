package nl.competentiekompas.core.catalog;

/**
 * A term of the model with a stable lower-kebab id and a Dutch and English label.
 *
 * <p>Implemented by the fixed vocabularies of the catalog ({@link Level}, {@link TaskDomain},
 * {@link Topic}, ...). The id is what data files hold; the label is what people read.
 *
 * @since 0.1
 */
public interface Labelled {

    /**
     * The stable identifier, as data files hold it.
     *
     * @return the lower-kebab id; never null
     */
    String id();

    /**
     * The display label in Dutch and English.
     *
     * @return the label; never null
     */
    LocalizedText label();
}
