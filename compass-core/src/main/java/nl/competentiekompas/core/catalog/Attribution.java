package nl.competentiekompas.core.catalog;

import java.util.Objects;

/**
 * The credit a source document asks for, shown wherever the catalog drawn from it is shown.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document credited; not null
 * @param text the credit line in Dutch and English; not null
 * @since 0.1
 */
public record Attribution(SourceDocument document, LocalizedText text) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Attribution {
        Objects.requireNonNull(document, "Attribution.document");
        Objects.requireNonNull(text, "Attribution.text");
    }
}
