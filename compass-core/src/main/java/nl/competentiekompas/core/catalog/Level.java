package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * The level at which a responsibility is carried out. The sources give no level per item: the bundled catalog's levels are editorial. Constants are ordered from high (strategic) to low (operational).
 *
 * @since 0.1
 */
public enum Level implements Labelled {
    /** Direction, policy and the board. */
    STRATEGIC("strategic", "strategisch", "strategic"),
    /** Translating direction into plans, frameworks and coordination. */
    TACTICAL("tactical", "tactisch", "tactical"),
    /** Carrying out and supporting measures in the processes themselves. */
    OPERATIONAL("operational", "operationeel", "operational");

    private final String id;
    private final LocalizedText label;

    Level(String id, String nl, String en) {
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
    public static Optional<Level> fromId(String id) {
        return Labelled.fromId(Level.class, id);
    }
}
