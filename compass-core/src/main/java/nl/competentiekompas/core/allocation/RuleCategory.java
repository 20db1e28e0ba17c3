package nl.competentiekompas.core.allocation;

/**
 * Whether a rule is about the organisation's structure or about the assignments.
 *
 * @since 0.1
 */
public enum RuleCategory {
    /** About who is appointed where; no allocation can fix it. */
    STRUCTURAL,
    /** About the assignments of an allocation. */
    ALLOCATION
}
