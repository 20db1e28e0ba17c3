package nl.competentiekompas.core.crosswalk;

import java.util.Optional;
import nl.competentiekompas.core.catalog.Labelled;
import nl.competentiekompas.core.catalog.LocalizedText;

/**
 * What kind of item of an external framework a link points at.
 *
 * @since 0.1
 */
public enum ExternalKind implements Labelled {
    /** A role profile, such as an ECSF profile. */
    PROFILE("profile", "profiel", "profile"),
    /** A work role, such as a NICE work role. */
    WORK_ROLE("work-role", "werkrol", "work role"),
    /** A competence, such as an e-CF competence used by the ECSF. */
    COMPETENCE("competence", "competentie", "competence"),
    /** A task statement. */
    TASK("task", "taak", "task"),
    /** A knowledge statement. */
    KNOWLEDGE("knowledge", "kennis", "knowledge"),
    /** A skill statement. */
    SKILL("skill", "vaardigheid", "skill");

    private final String id;
    private final LocalizedText label;

    ExternalKind(String id, String nl, String en) {
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
    public static Optional<ExternalKind> fromId(String id) {
        return Labelled.fromId(ExternalKind.class, id);
    }
}
