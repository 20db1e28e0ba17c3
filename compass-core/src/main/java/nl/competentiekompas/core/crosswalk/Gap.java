package nl.competentiekompas.core.crosswalk;

import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.internal.Checks;

/**
 * A note that an external framework has no counterpart for an item of ours, such as NICE having no
 * organisational-sensitivity competency.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ours our item; not null
 * @param note what is missing and why, in Dutch and English; not null
 * @param sources who made the observation, at least one; not null
 * @since 0.1
 */
public record Gap(ItemRef ours, LocalizedText note, List<SourceRef> sources) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if there is no source
     */
    public Gap {
        Objects.requireNonNull(ours, "Gap.ours");
        Objects.requireNonNull(note, "Gap.note");
        sources = Checks.nonEmptyList(sources, "Gap", "sources");
    }
}
