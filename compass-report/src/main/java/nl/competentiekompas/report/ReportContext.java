package nl.competentiekompas.report;

import java.time.LocalDate;
import java.util.Objects;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * Everything a report takes besides its subject: the language, the document date and id, and how to show
 * people.
 *
 * <p>Nothing is read from the clock, the default locale or the default time zone: the same context and subject
 * give the same bytes. The document id names the document (it becomes the PDF's file identifier); the date is
 * printed on the report and becomes the PDF's creation date. Immutable and thread-safe when the resolver is.
 *
 * @param language the language of the report; not null
 * @param documentDate the date printed on the report; not null
 * @param documentId 1 to 64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit;
 *     not null
 * @param displayNames how to show people; {@link DisplayNameResolver#pseudonymous()} shows ids; not null
 * @since 0.1
 */
public record ReportContext(Language language, LocalDate documentDate, String documentId,
        DisplayNameResolver displayNames) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the document id is malformed
     */
    public ReportContext {
        Objects.requireNonNull(language, "ReportContext.language");
        Objects.requireNonNull(documentDate, "ReportContext.documentDate");
        Objects.requireNonNull(documentId, "ReportContext.documentId");
        if (!PersonId.isValid(documentId)) {
            throw new InvalidValueException("ReportContext", "documentId",
                    "must be 1 to 64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Objects.requireNonNull(displayNames, "ReportContext.displayNames");
    }

    /**
     * A context that shows people by their pseudonymous ids.
     *
     * @param language the language; not null
     * @param documentDate the document date; not null
     * @param documentId the document id; not null
     * @return the context; never null
     * @throws InvalidValueException if the document id is malformed
     */
    public static ReportContext of(Language language, LocalDate documentDate, String documentId) {
        return new ReportContext(language, documentDate, documentId, DisplayNameResolver.pseudonymous());
    }

    /**
     * This context in another language.
     *
     * @param value the language; not null
     * @return the new context; never null
     */
    public ReportContext withLanguage(Language value) {
        return new ReportContext(value, documentDate, documentId, displayNames);
    }

    /**
     * This context with a resolver for people's names.
     *
     * @param value the resolver; not null
     * @return the new context; never null
     */
    public ReportContext withDisplayNames(DisplayNameResolver value) {
        return new ReportContext(language, documentDate, documentId, value);
    }

    /**
     * How to show a person: the resolved name, or else the pseudonymous id.
     *
     * @param person the person; not null
     * @return the text to show; never null
     */
    public String show(PersonId person) {
        Objects.requireNonNull(person, "person");
        return displayNames.displayName(person).filter(name -> !name.isBlank()).orElse(person.value());
    }
}
