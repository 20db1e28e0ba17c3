package nl.competentiekompas.core.catalog;

import java.util.Objects;
import nl.competentiekompas.core.internal.Checks;

/**
 * One way to meet a requirement, such as the CISM certification; a requirement with several options is met
 * by any one of them.
 *
 * <p>The code is what candidate records hold (for example {@code cism}, {@code nen-7510}, {@code hbo}).
 * Immutable and thread-safe.
 *
 * @param code a lower-kebab code; not null
 * @param label the name, such as "Certified Information Security Manager (CISM)"; not null
 * @param preferred whether this option is the preferred one among the alternatives
 * @since 0.1
 */
public record RequirementOption(String code, LocalizedText label, boolean preferred) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if the code is not lower-kebab
     */
    public RequirementOption {
        Checks.kebabId(code, "RequirementOption", "code");
        Objects.requireNonNull(label, "RequirementOption.label");
    }
}
