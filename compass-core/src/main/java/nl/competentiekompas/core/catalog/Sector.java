package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * The sector an organisation belongs to; severities of some rules differ per sector.
 *
 * @since 0.1
 */
public enum Sector implements Labelled {
    /** A Dutch municipality (BIO applies). */
    MUNICIPALITY("municipality", "gemeente", "municipality"),
    /** A healthcare organisation (NEN 7510 applies). */
    HEALTHCARE("healthcare", "zorg", "healthcare"),
    /** Any other organisation. */
    OTHER("other", "overig", "other");

    private final String id;
    private final LocalizedText label;

    Sector(String id, String nl, String en) {
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
    public static Optional<Sector> fromId(String id) {
        return Labelled.fromId(Sector.class, id);
    }
}
