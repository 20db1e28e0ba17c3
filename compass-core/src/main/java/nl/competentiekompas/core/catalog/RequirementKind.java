package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * The kind of a knowledge and experience requirement.
 *
 * @since 0.1
 */
public enum RequirementKind implements Labelled {
    /** A completed education or an equivalent level. */
    EDUCATION("education", "opleiding", "education"),
    /** A professional certification such as CISM or CISSP. */
    CERTIFICATION("certification", "certificering", "certification"),
    /** Knowledge of a norm, law or technical area. */
    KNOWLEDGE("knowledge", "kennis", "knowledge"),
    /** Practical experience, possibly with a number of years. */
    EXPERIENCE("experience", "ervaring", "experience");

    private final String id;
    private final LocalizedText label;

    RequirementKind(String id, String nl, String en) {
        this.id = id;
        this.label = LocalizedText.of(nl, en);
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
     * Finds the constant with a given id.
     *
     * @param id the lower-kebab id; not null
     * @return the constant, or empty when no constant has that id
     */
    public static Optional<RequirementKind> fromId(String id) {
        return Labelled.fromId(RequirementKind.class, id);
    }
}
