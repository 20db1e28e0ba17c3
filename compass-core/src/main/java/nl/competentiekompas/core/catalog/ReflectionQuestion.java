package nl.competentiekompas.core.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;

/**
 * A reflection question of a profile, in the wording of every {@link Perspective}.
 *
 * <p>The first-person wording ({@link Perspective#SELF}) follows the source; the board, manager, HR and peer
 * variants ("Does our CISO's reporting help the board ...?") are reworded by us and editorial. Every
 * perspective has a wording. Immutable and thread-safe.
 *
 * @param id the id, unique within the catalog; not null
 * @param theme the theme (a task domain); not null
 * @param wordings the wording per perspective, one for each; not null
 * @param sources where the question comes from, at least one; not null
 * @since 0.1
 */
public record ReflectionQuestion(QuestionId id, TaskDomain theme, Map<Perspective, LocalizedText> wordings,
        List<SourceRef> sources) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if a perspective has no wording or there is no source
     */
    public ReflectionQuestion {
        Objects.requireNonNull(id, "ReflectionQuestion.id");
        Objects.requireNonNull(theme, "ReflectionQuestion.theme");
        wordings = Checks.enumMap(wordings, Perspective.class, "ReflectionQuestion", "wordings");
        Set<Perspective> missing = EnumSet.allOf(Perspective.class);
        missing.removeAll(wordings.keySet());
        if (!missing.isEmpty()) {
            throw new InvalidValueException("ReflectionQuestion", "wordings",
                    "must hold a wording for every perspective, missing " + missing.iterator().next().id());
        }
        sources = Checks.nonEmptyList(sources, "ReflectionQuestion", "sources");
    }

    /**
     * The question as asked from one perspective.
     *
     * @param perspective the perspective; not null
     * @return the wording; never null
     */
    public LocalizedText wording(Perspective perspective) {
        return Objects.requireNonNull(wordings.get(Objects.requireNonNull(perspective, "perspective")));
    }
}
