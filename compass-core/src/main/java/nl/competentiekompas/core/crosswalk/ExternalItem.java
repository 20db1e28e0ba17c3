package nl.competentiekompas.core.crosswalk;

import java.util.Objects;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.internal.Checks;

/**
 * An item of an external framework, cited by code and title only: no external text is copied.
 *
 * <p>The title is the item's short name as the framework publishes it (usually English only). Two items are
 * the same item when framework and code agree. Immutable and thread-safe.
 *
 * @param framework the framework's id; not null, lower-kebab
 * @param kind the kind of item; not null
 * @param code the framework's code, such as {@code OG-WRL-007} or {@code E.8}; not null, not blank, at most 64
 *     characters, no white space
 * @param title the item's title; not null
 * @since 0.1
 */
public record ExternalItem(String framework, ExternalKind kind, String code, LocalizedText title) {

    /** The longest code accepted. */
    public static final int MAX_CODE = 64;

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the framework id is not lower-kebab or the code is blank, too long or
     *     holds white space or control characters
     */
    public ExternalItem {
        Checks.kebabId(framework, "ExternalItem", "framework");
        Objects.requireNonNull(kind, "ExternalItem.kind");
        Objects.requireNonNull(code, "ExternalItem.code");
        if (code.isEmpty() || code.length() > MAX_CODE
                || code.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidValueException("ExternalItem", "code",
                    "must be 1 to " + MAX_CODE + " characters without white space");
        }
        Objects.requireNonNull(title, "ExternalItem.title");
    }
}
