package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * From whose point of view an assessment or reflection question is made: the person themself, or the board, a manager, HR or a peer.
 *
 * @since 0.1
 */
public enum Perspective implements Labelled {
    /** The person reflects on their own role. */
    SELF("self", "zelf", "self"),
    /** The board of directors or the municipal secretary. */
    BOARD("board", "bestuur", "board"),
    /** The person's manager. */
    MANAGER("manager", "leidinggevende", "manager"),
    /** An HR adviser. */
    HR("hr", "HR", "HR"),
    /** A colleague, shown only as an aggregate of several peers. */
    PEER("peer", "collega", "peer");

    private final String id;
    private final LocalizedText label;

    Perspective(String id, String nl, String en) {
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
    public static Optional<Perspective> fromId(String id) {
        return Labelled.fromId(Perspective.class, id);
    }
}
