package nl.competentiekompas.core.catalog;

import java.util.Objects;

/**
 * One level of a {@link ProficiencyScale}: its number, its label and whether it counts as proficient.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the number of the level, such as 3; at least 0
 * @param label the label, such as "bekwaam" / "proficient"; not null
 * @param proficient whether a person at this level is proficient in the competency
 * @since 0.1
 */
public record ScaleLevel(int value, LocalizedText label, boolean proficient) {

    /**
     * Checks the parts.
     *
     * @throws nl.competentiekompas.core.InvalidValueException if the value is negative
     */
    public ScaleLevel {
        if (value < 0) {
            throw new nl.competentiekompas.core.InvalidValueException("ScaleLevel", "value",
                    "must be 0 or more, got " + value);
        }
        Objects.requireNonNull(label, "ScaleLevel.label");
    }
}
