package nl.competentiekompas.core;

import java.util.Objects;

/**
 * Thrown when a lookup by identifier finds nothing, for example a profile id the catalog does not hold.
 *
 * @since 0.1
 */
public final class UnknownIdException extends CompassException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    /**
     * Creates an exception for an id of a kind that was not found.
     *
     * @param kind what was looked up, such as {@code "profile"}; not null
     * @param id the identifier that was not found; not null
     */
    public UnknownIdException(String kind, String id) {
        super("unknown " + Objects.requireNonNull(kind, "kind") + " id '" + Objects.requireNonNull(id, "id") + "'");
        this.kind = kind;
        this.id = id;
    }

    /**
     * What kind of thing was looked up.
     *
     * @return the kind, such as {@code "profile"}; never null
     */
    public String kind() {
        return kind;
    }

    /**
     * The identifier that was not found.
     *
     * @return the id; never null
     */
    public String id() {
        return id;
    }
}
