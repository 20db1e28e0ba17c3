package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * What kind of security role a profile describes. Rules reason about kinds, so that both bundled CISO profiles (healthcare and municipality), or a user's own CISO profile, count as a CISO.
 *
 * @since 0.1
 */
public enum RoleKind implements Labelled {
    /** Chief information security officer, strategic and tactical, owns the policy. */
    CISO("ciso", "CISO", "CISO"),
    /** Information security officer, operational, inside the CISO's frameworks, for one or more domains. */
    ISO("iso", "ISO", "ISO"),
    /** An ISO bound to one organisational unit. */
    DECENTRAL_ISO("diso", "decentrale ISO", "decentral ISO"),
    /** Accountable for the security of their own processes and systems (often the line manager). */
    PROCESS_OWNER("process-owner", "proceseigenaar", "process owner");

    private final String id;
    private final LocalizedText label;

    RoleKind(String id, String nl, String en) {
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
    public static Optional<RoleKind> fromId(String id) {
        return Labelled.fromId(RoleKind.class, id);
    }
}
