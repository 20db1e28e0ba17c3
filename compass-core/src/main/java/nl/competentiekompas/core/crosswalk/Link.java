package nl.competentiekompas.core.crosswalk;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.internal.Checks;

/**
 * One typed link from an item of ours to an item of an external framework, with who made it.
 *
 * <p>The level, when present, is the proficiency level the external framework asks for, on its own scale
 * (for the e-CF, 1 to 5): the ECSF CISO profile asks for e-CF competence E.8 at level 4. The sources say who
 * made the link: {@link SourceRef.Kind#EDITORIAL} for links we made, a source reference where the external
 * framework itself makes it. Immutable and thread-safe.
 *
 * @param ours our item; not null
 * @param theirs the external item; not null
 * @param relation how ours relates to theirs; not null
 * @param level the external proficiency level, from 1 to 9, when the framework gives one; not null
 * @param sources who made the link, at least one; not null
 * @since 0.1
 */
public record Link(ItemRef ours, ExternalItem theirs, Relation relation, OptionalInt level, List<SourceRef> sources) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the level is out of range or there is no source
     */
    public Link {
        Objects.requireNonNull(ours, "Link.ours");
        Objects.requireNonNull(theirs, "Link.theirs");
        Objects.requireNonNull(relation, "Link.relation");
        Objects.requireNonNull(level, "Link.level");
        if (level.isPresent() && (level.getAsInt() < 1 || level.getAsInt() > 9)) {
            throw new InvalidValueException("Link", "level", "must be between 1 and 9, got " + level.getAsInt());
        }
        sources = Checks.nonEmptyList(sources, "Link", "sources");
    }
}
