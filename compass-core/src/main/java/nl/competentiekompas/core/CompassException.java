package nl.competentiekompas.core;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>All exceptions are unchecked. Each subclass carries its context (the place, the rule, the id) as
 * fields, so callers can react without parsing messages. Messages name ids and places, never personal
 * data such as names or free-text reflections.
 *
 * @since 0.1
 */
public class CompassException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming ids and places only; not null
     */
    public CompassException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming ids and places only; not null
     * @param cause the underlying failure; may be null
     */
    public CompassException(String message, Throwable cause) {
        super(message, cause);
    }
}
