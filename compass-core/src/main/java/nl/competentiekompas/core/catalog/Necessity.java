package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * Whether a requirement must be met or is an advantage (Dutch: pré).
 *
 * @since 0.1
 */
public enum Necessity implements Labelled {
    /** Must be met. */
    REQUIRED("required", "vereist", "required"),
    /** An advantage, not a condition. */
    PREFERRED("preferred", "pré", "preferred");

    private final String id;
    private final LocalizedText label;

    Necessity(String id, String nl, String en) {
        this.id = id;
        this.label = LocalizedText.of(nl, en);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /**
     * Finds the constant with a given id.
     *
     * @param id the lower-kebab id; not null
     * @return the constant, or empty when no constant has that id
     */
    public static Optional<Necessity> fromId(String id) {
        return Labelled.fromId(Necessity.class, id);
    }
}
