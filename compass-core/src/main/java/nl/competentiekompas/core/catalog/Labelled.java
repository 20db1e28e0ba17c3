package nl.competentiekompas.core.catalog;

import java.util.Objects;
import java.util.Optional;

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

    /**
     * Finds the constant of a vocabulary with a given id.
     *
     * @param <E> the vocabulary
     * @param type the enum class; not null
     * @param id the lower-kebab id; not null
     * @return the constant, or empty when no constant has that id
     */
    static <E extends Enum<E> & Labelled> Optional<E> fromId(Class<E> type, String id) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
