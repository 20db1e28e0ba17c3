package nl.competentiekompas.io.interop;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.competentiekompas.core.catalog.Language;

/**
 * Choices for a CASE export: the language of the statements and the change time every CASE object must carry.
 *
 * <p>The change time is given, never read from a clock, so that the same catalog with the same options exports
 * to the same bytes. It is written in UTC to the second. Immutable and thread-safe.
 *
 * @param language the language of titles and statements; not null
 * @param lastChange the {@code lastChangeDateTime} of every object, such as the catalog's release date; not
 *     null; truncated to seconds
 * @since 0.1
 */
public record CaseOptions(Language language, Instant lastChange) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CaseOptions {
        Objects.requireNonNull(language, "CaseOptions.language");
        lastChange = Objects.requireNonNull(lastChange, "CaseOptions.lastChange").truncatedTo(ChronoUnit.SECONDS);
    }
}
