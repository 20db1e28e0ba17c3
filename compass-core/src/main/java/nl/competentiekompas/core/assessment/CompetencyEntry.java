package nl.competentiekompas.core.assessment;

import java.util.Objects;
import java.util.OptionalInt;
import nl.competentiekompas.core.catalog.CompetencyId;

/**
 * One line of a reflection form: a competency, its score or "not assessed", a reflection and a goal or
 * action.
 *
 * <p>The score is checked against the profile's scale by {@link Assessment.Builder}; free texts may be
 * empty (a blank line on the form). Immutable and thread-safe.
 *
 * @param competency the competency; not null
 * @param score the score on the profile's scale, or empty when not assessed; not null
 * @param reflection the reflection, possibly empty; not null
 * @param action the goal or action, possibly empty; not null
 * @since 0.1
 */
public record CompetencyEntry(CompetencyId competency, OptionalInt score, String reflection, String action) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CompetencyEntry {
        Objects.requireNonNull(competency, "CompetencyEntry.competency");
        Objects.requireNonNull(score, "CompetencyEntry.score");
        Objects.requireNonNull(reflection, "CompetencyEntry.reflection");
        Objects.requireNonNull(action, "CompetencyEntry.action");
    }

    /**
     * Whether the competency was scored.
     *
     * @return true when there is a score
     */
    public boolean assessed() {
        return score.isPresent();
    }

    /**
     * A text-free description naming the competency and whether it was scored.
     *
     * @return the description; never null
     */
    @Override
    public String toString() {
        return "CompetencyEntry[" + competency + (score.isPresent() ? ", scored" : ", not assessed") + "]";
    }
}
