package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * The six task domains of the healthcare CISO compass (source A); also the themes of its reflection questions.
 *
 * @since 0.1
 */
public enum TaskDomain implements Labelled {
    /** Policy, frameworks, annual and multi-year plans, the ISMS. */
    POLICY_AND_PLANNING("policy-and-planning", "planvorming en beleid", "policy and planning"),
    /** Coordinating projects, compliance, departments, incidents and audits. */
    COORDINATING("coordinating", "coördineren", "coordinating"),
    /** Supervision, standards, budgets, behaviour and external contacts. */
    EXECUTING("executing", "uitvoeren", "executing"),
    /** Being the point of contact and supporting managers and teams. */
    SUPPORTING("supporting", "ondersteunen", "supporting"),
    /** Advising the board, management and the crisis team. */
    ADVISING("advising", "adviseren", "advising"),
    /** Reporting on the state of information security. */
    REPORTING("reporting", "rapporteren", "reporting");

    private final String id;
    private final LocalizedText label;

    TaskDomain(String id, String nl, String en) {
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
    public static Optional<TaskDomain> fromId(String id) {
        return Labelled.fromId(TaskDomain.class, id);
    }
}
