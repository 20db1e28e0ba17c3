package nl.competentiekompas.core.catalog;

import java.util.List;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;

/**
 * The layout of a profile's reflection form: per competency a reflection and a goal or action, followed by
 * slots for the development goals of the coming period (at most five, as source A has).
 *
 * <p>Immutable and thread-safe.
 *
 * @param competencies the competencies on the form, in order, no duplicates (may be empty); not null
 * @param developmentGoalSlots the number of development-goal slots, 1 to {@value #MAX_DEVELOPMENT_GOALS}
 * @since 0.1
 */
public record ReflectionForm(List<CompetencyId> competencies, int developmentGoalSlots) {

    /** The most development goals a form, an assessment or a plan holds. */
    public static final int MAX_DEVELOPMENT_GOALS = 5;

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if a competency is listed twice or the slots are not 1 to 5
     */
    public ReflectionForm {
        competencies = Checks.list(competencies, "ReflectionForm", "competencies");
        Checks.unique(competencies, c -> c, "ReflectionForm", "competencies");
        if (developmentGoalSlots < 1 || developmentGoalSlots > MAX_DEVELOPMENT_GOALS) {
            throw new InvalidValueException("ReflectionForm", "developmentGoalSlots",
                    "must be between 1 and " + MAX_DEVELOPMENT_GOALS + ", got " + developmentGoalSlots);
        }
    }
}
