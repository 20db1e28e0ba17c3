package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * Where a responsibility applies: to the whole organisation, to one organisational unit, or to one process.
 *
 * @since 0.1
 */
public enum ScopeKind implements Labelled {
    /** The whole organisation. */
    ORGANISATION("organisation", "organisatie", "organisation"),
    /** One organisational unit and what lies under it. */
    UNIT("unit", "organisatieonderdeel", "organisational unit"),
    /** One process and its information systems. */
    PROCESS("process", "proces", "process");

    private final String id;
    private final LocalizedText label;

    ScopeKind(String id, String nl, String en) {
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
    public static Optional<ScopeKind> fromId(String id) {
        return Labelled.fromId(ScopeKind.class, id);
    }
}
