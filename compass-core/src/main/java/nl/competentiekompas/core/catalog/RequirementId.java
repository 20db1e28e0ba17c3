package nl.competentiekompas.core.catalog;

import nl.competentiekompas.core.internal.Checks;

/**
 * The identifier of a knowledge, education, certification or experience requirement of a profile.
 *
 * <p>A lower-kebab string, stable across versions and languages; display text is never used as a key.
 * Immutable and thread-safe.
 *
 * @param value the identifier, lower-kebab ({@code a-z}, {@code 0-9}, words joined by single hyphens), at
 *     most 128 characters; not null
 * @since 0.1
 */
public record RequirementId(String value) implements Comparable<RequirementId> {

    /**
     * Checks the identifier.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.competentiekompas.core.InvalidValueException if it is not a lower-kebab id
     */
    public RequirementId {
        Checks.kebabId(value, "RequirementId");
    }

    /**
     * Returns the identifier for a string.
     *
     * @param value the identifier; not null
     * @return the id; never null
     */
    public static RequirementId of(String value) {
        return new RequirementId(value);
    }

    // Written out rather than generated, as in RoleId: the generated form is bootstrapped on first use, which
    // every start that builds the catalog (unique checks of its profiles) would pay for.
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof RequirementId other && value.equals(other.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(RequirementId other) {
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
