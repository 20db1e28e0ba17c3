package nl.competentiekompas.core.allocation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * One person's part in one responsibility in one scope: RACI letters and, optionally, an effort.
 *
 * <p>Without an explicit effort, a Responsible assignment takes the responsibility's default effort from the
 * catalog and any other assignment takes none (see {@link #effortFor(Responsibility)}). Assignments order by
 * responsibility, scope and person. Immutable and thread-safe.
 *
 * @param responsibility the responsibility; not null
 * @param scope where it applies; not null
 * @param person who; not null
 * @param raci the letters, at least one, in the enum's order; not null
 * @param effort the effort as an FTE fraction, or empty for the catalog's default; not null
 * @since 0.1
 */
public record Assignment(ResponsibilityId responsibility, Scope scope, PersonId person, Set<Raci> raci,
        Optional<Fte> effort) implements Comparable<Assignment> {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if there is no RACI letter
     */
    public Assignment {
        Objects.requireNonNull(responsibility, "Assignment.responsibility");
        Objects.requireNonNull(scope, "Assignment.scope");
        Objects.requireNonNull(person, "Assignment.person");
        Objects.requireNonNull(raci, "Assignment.raci");
        raci = Raci.setOf(raci);
        if (raci.isEmpty()) {
            throw new InvalidValueException("Assignment", "raci", "must hold at least one letter");
        }
        Objects.requireNonNull(effort, "Assignment.effort");
    }

    /**
     * An assignment with the catalog's default effort.
     *
     * @param responsibility the responsibility; not null
     * @param scope the scope; not null
     * @param person the person; not null
     * @param letters at least one letter
     * @return the assignment; never null
     */
    public static Assignment of(ResponsibilityId responsibility, Scope scope, PersonId person, Raci... letters) {
        return new Assignment(responsibility, scope, person, Set.copyOf(List.of(letters)), Optional.empty());
    }

    /**
     * The (responsibility, scope) pair the RACI laws hold for.
     *
     * @return the key; never null
     */
    public Key key() {
        return new Key(responsibility, scope);
    }

    /**
     * Whether the assignment holds a letter.
     *
     * @param letter the letter; not null
     * @return true when it does
     */
    public boolean has(Raci letter) {
        return raci.contains(Objects.requireNonNull(letter, "letter"));
    }

    /**
     * The effort this assignment takes: the explicit effort, else the responsibility's default effort when
     * the assignment is Responsible, else zero.
     *
     * @param resolved the responsibility this assignment is for, from the catalog; not null
     * @return the effort; never null
     * @throws InvalidValueException if {@code resolved} is another responsibility
     */
    public Fte effortFor(Responsibility resolved) {
        if (!resolved.id().equals(responsibility)) {
            throw new InvalidValueException("Assignment", "responsibility",
                    "is '" + responsibility + "', not '" + resolved.id() + "'");
        }
        return effort.orElse(has(Raci.R) ? resolved.defaultEffort() : Fte.ZERO);
    }

    /**
     * A copy with other letters.
     *
     * @param letters the letters, at least one; not null
     * @return the assignment; never null
     */
    public Assignment withRaci(Set<Raci> letters) {
        return new Assignment(responsibility, scope, person, letters, effort);
    }

    /**
     * A copy with an explicit effort.
     *
     * @param value the effort; not null
     * @return the assignment; never null
     */
    public Assignment withEffort(Fte value) {
        return new Assignment(responsibility, scope, person, raci, Optional.of(Objects.requireNonNull(value, "effort")));
    }

    /**
     * A copy for another person.
     *
     * @param value the person; not null
     * @return the assignment; never null
     */
    public Assignment withPerson(PersonId value) {
        return new Assignment(responsibility, scope, value, raci, effort);
    }

    @Override
    public int compareTo(Assignment other) {
        // parts are often the very same objects (one id per responsibility, one scope per process): not read then
        int c = responsibility == other.responsibility ? 0
                : responsibility.value().compareTo(other.responsibility.value());
        if (c == 0 && scope != other.scope) {
            c = scope.compareTo(other.scope);
        }
        return c != 0 || person == other.person ? c : person.value().compareTo(other.person.value());
    }

    /**
     * A responsibility in a scope: what the RACI laws count letters for. Immutable and thread-safe.
     *
     * @param responsibility the responsibility; not null
     * @param scope the scope; not null
     * @since 0.1
     */
    public record Key(ResponsibilityId responsibility, Scope scope) implements Comparable<Key> {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Key {
            Objects.requireNonNull(responsibility, "Key.responsibility");
            Objects.requireNonNull(scope, "Key.scope");
        }

        @Override
        public int compareTo(Key other) {
            int c = responsibility.value().compareTo(other.responsibility.value());
            return c != 0 ? c : scope.compareTo(other.scope);
        }

        /**
         * The key as findings name it.
         *
         * @return for example {@code iso-risk-analysis@unit:u-finance}
         */
        @Override
        public String toString() {
            return name(responsibility, scope.kind(), scope.ref());
        }

        /** A key's name from its parts: one string made at its length, where writing the scope first made two. */
        static String name(ResponsibilityId responsibility, ScopeKind kind, String ref) {
            return kind == ScopeKind.ORGANISATION ? responsibility.value() + "@" + kind.id()
                    : responsibility.value() + "@" + kind.id() + ":" + ref;
        }
    }
}
