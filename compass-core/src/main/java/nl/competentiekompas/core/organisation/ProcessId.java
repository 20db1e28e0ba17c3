package nl.competentiekompas.core.organisation;

import nl.competentiekompas.core.internal.Checks;

/**
 * The identifier of a process within its organisation, such as {@code p-permits}.
 *
 * <p>A lower-kebab string, stable across versions and languages; display text is never used as a key.
 * Immutable and thread-safe.
 *
 * @param value the identifier, lower-kebab ({@code a-z}, {@code 0-9}, words joined by single hyphens), at
 *     most 128 characters; not null
 * @since 0.1
 */
public record ProcessId(String value) implements Comparable<ProcessId> {

    /**
     * Checks the identifier.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.competentiekompas.core.InvalidValueException if it is not a lower-kebab id
     */
    public ProcessId {
        Checks.kebabId(value, "ProcessId");
    }

    /**
     * Returns the identifier for a string.
     *
     * @param value the identifier; not null
     * @return the id; never null
     */
    public static ProcessId of(String value) {
        return new ProcessId(value);
    }

    @Override
    public int compareTo(ProcessId other) {
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
