package nl.competentiekompas.core.organisation;

import nl.competentiekompas.core.internal.Checks;

/**
 * The identifier of an appointment within its organisation, such as {@code a-ciso}.
 *
 * <p>A lower-kebab string, stable across versions and languages; display text is never used as a key.
 * Immutable and thread-safe.
 *
 * @param value the identifier, lower-kebab ({@code a-z}, {@code 0-9}, words joined by single hyphens), at
 *     most 128 characters; not null
 * @since 0.1
 */
public record AppointmentId(String value) implements Comparable<AppointmentId> {

    /**
     * Checks the identifier.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.competentiekompas.core.InvalidValueException if it is not a lower-kebab id
     */
    public AppointmentId {
        Checks.kebabId(value, "AppointmentId");
    }

    /**
     * Returns the identifier for a string.
     *
     * @param value the identifier; not null
     * @return the id; never null
     */
    public static AppointmentId of(String value) {
        return new AppointmentId(value);
    }

    @Override
    public int compareTo(AppointmentId other) {
        return value.compareTo(other.value);
    }

    /**
     * The identifier itself.
     *
     * @return {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }
}
