package nl.competentiekompas.core.crosswalk;

import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.catalog.Labelled;
import nl.competentiekompas.core.catalog.LocalizedText;

/**
 * How our item relates to an external item, typed after the associations of 1EdTech CASE 1.1.
 *
 * <p>CASE has no broader or narrower association; both are written as {@code isPartOf}, with origin and
 * destination chosen so that the narrower item is always the origin: see {@link #caseType()} and
 * {@link #oursIsCaseOrigin()}.
 *
 * @since 0.1
 */
public enum Relation implements Labelled {
    /** The two items mean the same. CASE {@code exactMatchOf}. */
    EXACT_MATCH("exact-match", "gelijk aan", "exact match", "exactMatchOf", true),
    /** The items are close or related, without one containing the other. CASE {@code isRelatedTo}. */
    RELATED("related", "verwant aan", "related to", "isRelatedTo", true),
    /** Our item is broader: the external item is part of it. CASE {@code isPartOf}, external item as origin. */
    BROADER("broader", "breder dan", "broader than", "isPartOf", false),
    /** Our item is narrower: it is part of the external item. CASE {@code isPartOf}, our item as origin. */
    NARROWER("narrower", "smaller dan", "narrower than", "isPartOf", true);

    private final String id;
    private final LocalizedText label;
    private final String caseType;
    private final boolean oursIsOrigin;

    Relation(String id, String nl, String en, String caseType, boolean oursIsOrigin) {
        this.id = id;
        this.label = LocalizedText.of(nl, en);
        this.caseType = caseType;
        this.oursIsOrigin = oursIsOrigin;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /**
     * The CASE 1.1 association type that expresses this relation.
     *
     * @return such as {@code exactMatchOf}; never null
     */
    public String caseType() {
        return caseType;
    }

    /**
     * Whether our item is the origin of the CASE association (otherwise the external item is).
     *
     * @return true when our item is the origin
     */
    public boolean oursIsCaseOrigin() {
        return oursIsOrigin;
    }

    /**
     * The relation a CASE association expresses, given which end is ours.
     *
     * @param caseType the association type, such as {@code isPartOf}; not null
     * @param oursIsOrigin whether our item is the origin
     * @return the relation, or empty when the type is none of ours
     */
    public static Optional<Relation> fromCase(String caseType, boolean oursIsOrigin) {
        Objects.requireNonNull(caseType, "caseType");
        for (Relation value : values()) {
            if (value.caseType.equals(caseType) && (value.oursIsOrigin == oursIsOrigin || !"isPartOf".equals(caseType))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the constant with a given id.
     *
     * @param id the lower-kebab id; not null
     * @return the constant, or empty when no constant has that id
     */
    public static Optional<Relation> fromId(String id) {
        return Labelled.fromId(Relation.class, id);
    }
}
