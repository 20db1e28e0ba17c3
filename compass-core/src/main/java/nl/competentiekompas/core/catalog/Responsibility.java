package nl.competentiekompas.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.competentiekompas.core.internal.Checks;

/**
 * A task and responsibility of a role profile, such as "develops and implements the security policy".
 *
 * <p>Besides its text, a responsibility has a task domain, a level, a {@link Topic} (to match counterparts
 * across profiles), the scope it applies to, a default effort and the norms it names. The sources give no
 * levels, topics, scopes or efforts: the bundled catalog's are editorial and say so in their sources.
 * Immutable and thread-safe.
 *
 * @param id the id, unique in the catalog; not null
 * @param domain the task domain; not null
 * @param level the level; not null
 * @param topic the topic; not null
 * @param scope where the responsibility applies: organisation, unit or process; not null
 * @param defaultEffort the effort it takes when an assignment gives none; not null
 * @param text the task in our own words; not null
 * @param norms the norms the task names, in the enum's order; not null
 * @param sources where the task comes from, at least one; not null
 * @since 0.1
 */
public record Responsibility(ResponsibilityId id, TaskDomain domain, Level level, Topic topic, ScopeKind scope,
        Fte defaultEffort, LocalizedText text, Set<Norm> norms, List<SourceRef> sources) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if there is no source
     */
    public Responsibility {
        Objects.requireNonNull(id, "Responsibility.id");
        Objects.requireNonNull(domain, "Responsibility.domain");
        Objects.requireNonNull(level, "Responsibility.level");
        Objects.requireNonNull(topic, "Responsibility.topic");
        Objects.requireNonNull(scope, "Responsibility.scope");
        Objects.requireNonNull(defaultEffort, "Responsibility.defaultEffort");
        Objects.requireNonNull(text, "Responsibility.text");
        norms = Checks.enumSet(norms, Norm.class, "Responsibility", "norms");
        sources = Checks.nonEmptyList(sources, "Responsibility", "sources");
    }
}
