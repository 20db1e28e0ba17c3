package nl.competentiekompas.core;

import java.util.Objects;

/**
 * Thrown when a value object is built from values that break one of its invariants.
 *
 * <p>The exception names the type and the property that was wrong. The message says what was expected
 * and quotes at most an identifier, never free text.
 *
 * @since 0.1
 */
public final class InvalidValueException extends CompassException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String property;

    /**
     * Creates an exception for one property of one type.
     *
     * @param type the simple name of the type being built, such as {@code "Responsibility"}; not null
     * @param property the property that is wrong, such as {@code "id"}; not null
     * @param expectation what was expected, such as {@code "must not be blank"}; not null
     */
    public InvalidValueException(String type, String property, String expectation) {
        super(Objects.requireNonNull(type, "type") + "." + Objects.requireNonNull(property, "property") + ": "
                + Objects.requireNonNull(expectation, "expectation"));
        this.type = type;
        this.property = property;
    }

    /**
     * The simple name of the type that could not be built.
     *
     * @return the type name; never null
     */
    public String type() {
        return type;
    }

    /**
     * The property that broke an invariant.
     *
     * @return the property name; never null
     */
    public String property() {
        return property;
    }
}
