package nl.competentiekompas.core.catalog;

import java.util.Optional;

/**
 * What a responsibility is about, from a small fixed list, so that profiles from different sources can be compared: an ISO task and a CISO task on the same topic are counterparts.
 *
 * @since 0.1
 */
public enum Topic implements Labelled {
    /** Security policy and frameworks. */
    POLICY("policy", "beleid", "policy"),
    /** Annual, multi-year and operational plans. */
    PLANNING("planning", "planning", "planning"),
    /** The information security management system and the security organisation. */
    ISMS("isms", "ISMS", "ISMS"),
    /** Risk analyses, data classification, DPIA and BIA. */
    RISK_ANALYSIS("risk-analysis", "risicoanalyse", "risk analysis"),
    /** Incident handling and reporting. */
    INCIDENT("incident", "incidenten", "incidents"),
    /** Supervising compliance, audits, assessments and tests. */
    COMPLIANCE_AUDIT("compliance-audit", "naleving en audit", "compliance and audit"),
    /** Awareness and secure behaviour. */
    AWARENESS("awareness", "bewustwording", "awareness"),
    /** Advising the board, management and process owners. */
    ADVICE("advice", "advies", "advice"),
    /** Reporting on the state of security. */
    REPORTING("reporting", "rapportage", "reporting"),
    /** Aligning with departments and other security domains. */
    COORDINATION("coordination", "afstemming", "coordination"),
    /** Contact with CERTs, supervisors, auditors, suppliers and networks. */
    EXTERNAL_LIAISON("external-liaison", "externe contacten", "external liaison"),
    /** Budgets and resources for security. */
    BUDGET("budget", "budget", "budget"),
    /** Leading and coordinating security projects and programmes. */
    PROJECTS("projects", "projecten", "projects"),
    /** Keeping up with developments and sharing knowledge. */
    KNOWLEDGE("knowledge", "kennis", "knowledge");

    private final String id;
    private final LocalizedText label;

    Topic(String id, String nl, String en) {
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
    public static Optional<Topic> fromId(String id) {
        return Labelled.fromId(Topic.class, id);
    }
}
