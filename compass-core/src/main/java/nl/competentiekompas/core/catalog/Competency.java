package nl.competentiekompas.core.catalog;

import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.internal.Checks;

/**
 * A competency with a short behavioural description, such as risk management.
 *
 * <p>Targets per profile are held by {@link CompetencyTarget}. Immutable and thread-safe.
 *
 * @param id the id; not null
 * @param name the name; not null
 * @param description what a person strong in it does; not null
 * @param sources where it comes from, at least one; not null
 * @since 0.1
 */
public record Competency(CompetencyId id, LocalizedText name, LocalizedText description, List<SourceRef> sources) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if there is no source
     */
    public Competency {
        Objects.requireNonNull(id, "Competency.id");
        Objects.requireNonNull(name, "Competency.name");
        Objects.requireNonNull(description, "Competency.description");
        sources = Checks.nonEmptyList(sources, "Competency", "sources");
    }
}
