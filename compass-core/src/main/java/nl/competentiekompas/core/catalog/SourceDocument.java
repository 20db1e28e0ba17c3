package nl.competentiekompas.core.catalog;

import java.util.Objects;
import nl.competentiekompas.core.internal.Checks;

/**
 * A document the catalog is drawn from, such as the healthcare CISO competency compass.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a lower-kebab id, such as {@code competentiekompas-ciso-zorg}; not null
 * @param title the title as published; not null
 * @param publisher who published it; not null, not blank
 * @param year the year of publication, from 1900 to 2999
 * @since 0.1
 */
public record SourceDocument(String id, LocalizedText title, String publisher, int year) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if the id is not lower-kebab, the publisher is
     *     blank or the year is out of range
     */
    public SourceDocument {
        Checks.kebabId(id, "SourceDocument", "id");
        Objects.requireNonNull(title, "SourceDocument.title");
        Checks.nonBlank(publisher, "SourceDocument", "publisher");
        if (year < 1900 || year > 2999) {
            throw new nl.competentiekompas.core.InvalidValueException("SourceDocument", "year",
                    "must be between 1900 and 2999, got " + year);
        }
    }

    // Written out rather than generated: building the catalog checks that every credited document is listed,
    // and the generated form is bootstrapped on first use, which every start of the tool would pay for.
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof SourceDocument other && year == other.year && id.equals(other.id)
                && title.equals(other.title) && publisher.equals(other.publisher));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, publisher, year);
    }
}
