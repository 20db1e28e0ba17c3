package nl.competentiekompas.core.organisation;

import java.util.Objects;
import nl.competentiekompas.core.InvalidValueException;

/**
 * The pseudonymous identifier of a person, such as {@code p-0042}.
 *
 * <p>The core never holds a person's name: only this id. Reports show it unless the caller supplies a
 * display-name resolver. One to 64 characters: letters, digits, {@code .}, {@code _} and {@code -}, starting
 * with a letter or digit. Immutable and thread-safe.
 *
 * @param value the identifier; not null
 * @since 0.1
 */
public record PersonId(String value) implements Comparable<PersonId> {

    /**
     * Checks the identifier.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws InvalidValueException if it is empty, longer than 64 characters or holds other characters
     */
    public PersonId {
        Objects.requireNonNull(value, "PersonId.value");
        if (!isValid(value)) {
            throw new InvalidValueException("PersonId", "value",
                    "must be 1 to 64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /**
     * Returns the id for a string.
     *
     * @param value the identifier; not null
     * @return the id; never null
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /**
     * Whether a string is a valid person id.
     *
     * @param value the candidate; not null
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String value) {
        int n = value.length();
        if (n == 0 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    // Written out rather than generated: ids are compared on every row of an import and every assignment of an
    // evaluation, and the identity check and plain string comparison measure faster than the generated form.
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PersonId other && value.equals(other.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(PersonId other) {
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
