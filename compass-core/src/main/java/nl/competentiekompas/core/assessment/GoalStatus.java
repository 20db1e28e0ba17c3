package nl.competentiekompas.core.assessment;

/**
 * The status of a development goal.
 *
 * @since 0.1
 */
public enum GoalStatus {
    /** Proposed or being written, not yet agreed. */
    DRAFT,
    /** Agreed and being worked on. */
    ACTIVE,
    /** Reached. */
    DONE
}
