package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * A governing body at the top of an organisation, to which a CISO reports.
 *
 * @since 0.1
 */
public enum GoverningBody implements Labelled {
    /** The board of directors (healthcare). */
    BOARD_OF_DIRECTORS("board", "Raad van Bestuur", "board of directors"),
    /** The municipal secretary, ultimately responsible (municipality). */
    MUNICIPAL_SECRETARY("municipal-secretary", "gemeentesecretaris", "municipal secretary"),
    /** The alderman holding the portfolio (municipality). */
    PORTFOLIO_HOLDER("portfolio-holder", "portefeuillehouder", "portfolio holder");

    private final String id;
    private final LocalizedText label;

    GoverningBody(String id, String nl, String en) {
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
    public static Optional<GoverningBody> fromId(String id) {
        return Labelled.fromId(GoverningBody.class, id);
    }
}
