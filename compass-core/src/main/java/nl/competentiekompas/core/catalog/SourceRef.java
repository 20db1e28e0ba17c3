package nl.competentiekompas.core.catalog;

import java.util.Objects;
import nl.competentiekompas.core.internal.Checks;

/**
 * Where a catalog item or a rule comes from: a section of a source document, a clause of a norm, or an
 * editorial choice of ours where the sources are silent.
 *
 * <p>Every catalog item and every rule carries at least one. Implementations are records, immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public sealed interface SourceRef permits SourceRef.Source, SourceRef.NormClause, SourceRef.Editorial {

    /** The three kinds of source reference. */
    enum Kind {
        /** A section of one of the source documents. */
        SOURCE,
        /** A named norm with its version. */
        NORM,
        /** Our own choice, where the sources are silent, said openly. */
        EDITORIAL
    }

    /**
     * The kind of this reference.
     *
     * @return the kind; never null
     */
    Kind kind();

    /**
     * A short citation for people, such as {@code BIO (2019) 6.1.1} or
     * {@code competentiekompas-ciso-zorg, "Coördineren"}.
     *
     * @param language the language for editorial notes; not null
     * @return the citation; never null
     */
    String citation(Language language);

    /**
     * A reference to a section of a source document.
     *
     * @param document the document; not null
     * @param section the section heading as the document has it, such as {@code "Coördineren"}; not null, not blank
     * @return the reference; never null
     */
    static SourceRef source(SourceDocument document, String section) {
        return new Source(document, section);
    }

    /**
     * A reference to a norm.
     *
     * @param norm the norm; not null
     * @param version its version or year; not null, not blank
     * @param clause the clause, article or control; empty for the whole norm; not null
     * @return the reference; never null
     */
    static SourceRef norm(Norm norm, String version, String clause) {
        return new NormClause(norm, version, clause);
    }

    /**
     * An editorial choice of ours, with the reason.
     *
     * @param rationale why we chose this, in Dutch and English; not null
     * @return the reference; never null
     */
    static SourceRef editorial(LocalizedText rationale) {
        return new Editorial(rationale);
    }

    /**
     * A section of a source document.
     *
     * @param document the document; not null
     * @param section the section heading as the document has it; not null, not blank
     */
    record Source(SourceDocument document, String section) implements SourceRef {

        /** Checks the parts. */
        public Source {
            Objects.requireNonNull(document, "Source.document");
            Checks.nonBlank(section, "Source", "section");
        }

        @Override
        public Kind kind() {
            return Kind.SOURCE;
        }

        @Override
        public String citation(Language language) {
            Objects.requireNonNull(language, "language");
            return document.title().in(language) + " (" + document.year() + "), \u201c" + section + "\u201d";
        }
    }

    /**
     * A clause of a norm.
     *
     * @param norm the norm; not null
     * @param version its version or year; not null, not blank
     * @param clause the clause; empty for the whole norm; not null
     */
    record NormClause(Norm norm, String version, String clause) implements SourceRef {

        /** Checks the parts. */
        public NormClause {
            Objects.requireNonNull(norm, "NormClause.norm");
            Checks.nonBlank(version, "NormClause", "version");
            Objects.requireNonNull(clause, "NormClause.clause");
            if (!clause.isEmpty() && clause.isBlank()) {
                throw new nl.competentiekompas.core.InvalidValueException("NormClause", "clause",
                        "must be empty or not blank");
            }
        }

        @Override
        public Kind kind() {
            return Kind.NORM;
        }

        @Override
        public String citation(Language language) {
            Objects.requireNonNull(language, "language");
            return norm.cite(version, clause);
        }
    }

    /**
     * An editorial choice of ours.
     *
     * @param rationale the reason, in Dutch and English; not null
     */
    record Editorial(LocalizedText rationale) implements SourceRef {

        /** Checks the parts. */
        public Editorial {
            Objects.requireNonNull(rationale, "Editorial.rationale");
        }

        @Override
        public Kind kind() {
            return Kind.EDITORIAL;
        }

        @Override
        public String citation(Language language) {
            Objects.requireNonNull(language, "language");
            return (language == Language.NL ? "Redactioneel: " : "Editorial: ") + rationale.in(language);
        }
    }
}
