package nl.competentiekompas.report;

import java.util.Optional;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * Turns a pseudonymous person id into a name to show in a report.
 *
 * <p>Reports show pseudonymous ids unless the caller passes a resolver; the default,
 * {@link #pseudonymous()}, resolves nothing. A resolver that returns empty for a person leaves that person's id
 * in place. Implementations must be deterministic for the report to be.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DisplayNameResolver {

    /**
     * The name to show for a person.
     *
     * @param person the person; not null
     * @return the name, or empty to show the id; never null
     */
    Optional<String> displayName(PersonId person);

    /**
     * The resolver that shows every person by id.
     *
     * @return the resolver; never null
     */
    static DisplayNameResolver pseudonymous() {
        return person -> Optional.empty();
    }
}
