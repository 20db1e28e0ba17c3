package nl.competentiekompas.core.catalog;

import nl.competentiekompas.core.internal.Checks;

/**
 * The identifier of a competency, such as `risk-management`.
 *
 * <p>A lower-kebab string, stable across versions and languages; display text is never used as a key.
 * Immutable and thread-safe.
 *
 * @param value the identifier, lower-kebab ({@code a-z}, {@code 0-9}, words joined by single hyphens), at
 *     most 128 characters; not null
 * @since 0.1
 */
public record CompetencyId(String value) implements Comparable<CompetencyId> {

    /**
     * Checks the identifier.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.competentiekompas.core.InvalidValueException if it is not a lower-kebab id
     */
    public CompetencyId {
        Checks.kebabId(value, "CompetencyId");
    }

    /**
     * Returns the identifier for a string.
     *
     * @param value the identifier; not null
     * @return the id; never null
     */
    public static CompetencyId of(String value) {
        return new CompetencyId(value);
    }

    // Written out rather than generated: ids are compared on every row of an import and every assignment of an
    // evaluation, and the identity check and plain string comparison measure faster than the generated form.
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof CompetencyId other && value.equals(other.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(CompetencyId other) {
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
