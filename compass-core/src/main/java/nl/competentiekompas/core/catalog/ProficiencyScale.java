package nl.competentiekompas.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;

/**
 * An ordered scale on which competencies are scored and targets are set, such as the default 1 to 5.
 *
 * <p>Levels are strictly ascending. Proficiency is monotone: once a level is proficient, every higher level
 * is too, and at least the top level is. The sources define no scale; {@link #defaultScale()} is our
 * editorial default, and users may supply their own. Immutable and thread-safe.
 *
 * @param id a lower-kebab id, such as {@code default-1-5}; not null
 * @param name the name of the scale; not null
 * @param levels the levels in ascending order, at least two; not null
 * @since 0.1
 */
public record ProficiencyScale(String id, LocalizedText name, List<ScaleLevel> levels) {

    private static final ProficiencyScale DEFAULT = new ProficiencyScale("default-1-5",
            LocalizedText.of("Standaardschaal 1-5", "Default scale 1-5"),
            List.of(new ScaleLevel(1, LocalizedText.of("basis", "foundation"), false),
                    new ScaleLevel(2, LocalizedText.of("in ontwikkeling", "developing"), false),
                    new ScaleLevel(3, LocalizedText.of("bekwaam", "proficient"), true),
                    new ScaleLevel(4, LocalizedText.of("gevorderd", "advanced"), true),
                    new ScaleLevel(5, LocalizedText.of("expert", "expert"), true)));

    /**
     * Checks the order and the proficiency flags.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if there are fewer than two levels, the levels do not ascend strictly,
     *     or the proficient flags are not monotone with at least the top level proficient
     */
    public ProficiencyScale {
        Checks.kebabId(id, "ProficiencyScale", "id");
        Objects.requireNonNull(name, "ProficiencyScale.name");
        levels = Checks.list(levels, "ProficiencyScale", "levels");
        if (levels.size() < 2) {
            throw new InvalidValueException("ProficiencyScale", "levels", "must hold at least two levels");
        }
        for (int i = 1; i < levels.size(); i++) {
            ScaleLevel previous = levels.get(i - 1);
            ScaleLevel current = levels.get(i);
            if (current.value() <= previous.value()) {
                throw new InvalidValueException("ProficiencyScale", "levels",
                        "must ascend strictly, but level " + current.value() + " follows " + previous.value());
            }
            if (previous.proficient() && !current.proficient()) {
                throw new InvalidValueException("ProficiencyScale", "levels",
                        "proficiency must be monotone, but level " + current.value()
                                + " is not proficient while level " + previous.value() + " is");
            }
        }
        if (!levels.get(levels.size() - 1).proficient()) {
            throw new InvalidValueException("ProficiencyScale", "levels", "the top level must be proficient");
        }
    }

    /**
     * The editorial default: 1 foundation, 2 developing, 3 proficient, 4 advanced, 5 expert; 3 and up are
     * proficient.
     *
     * @return the default scale; never null
     */
    public static ProficiencyScale defaultScale() {
        return DEFAULT;
    }

    /**
     * The level with a given value.
     *
     * @param value the value
     * @return the level, or empty when the scale has none with that value
     */
    public Optional<ScaleLevel> level(int value) {
        for (ScaleLevel level : levels) {
            if (level.value() == value) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the scale has a level with this value.
     *
     * @param value the value
     * @return true when it has
     */
    public boolean contains(int value) {
        // Runs for every score an import reads: levels ascend strictly, so a value outside the ends is not on
        // the scale, and on a scale without gaps every value between them is.
        int min = min();
        int max = max();
        if (value < min || value > max) {
            return false;
        }
        if (max - min + 1 == levels.size()) {
            return true;
        }
        for (ScaleLevel level : levels) {
            if (level.value() == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lowest value.
     *
     * @return the value of the first level
     */
    public int min() {
        return levels.get(0).value();
    }

    /**
     * The highest value.
     *
     * @return the value of the last level
     */
    public int max() {
        return levels.get(levels.size() - 1).value();
    }

    /**
     * Whether a value counts as proficient.
     *
     * @param value a value of the scale
     * @return true when that level is proficient
     * @throws InvalidValueException if the scale has no such level
     */
    public boolean isProficient(int value) {
        return requireLevel(value, "ProficiencyScale", "value").proficient();
    }

    /**
     * Returns the level with a value, or throws naming the property that held it.
     *
     * @param value the value
     * @param type the type being built, for the message; not null
     * @param property the property that held the value; not null
     * @return the level; never null
     * @throws InvalidValueException if the scale has no such level
     */
    public ScaleLevel requireLevel(int value, String type, String property) {
        return level(value).orElseThrow(() -> new InvalidValueException(type, property,
                "must be a level of scale '" + id + "' (" + min() + " to " + max() + "), got " + value));
    }
}
