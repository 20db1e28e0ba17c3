package nl.competentiekompas.core.allocation;

/**
 * How serious a finding is. Constants are ordered from most to least serious.
 *
 * @since 0.1
 */
public enum Severity {
    /** A rule is broken; the organisation or allocation must change. */
    ERROR,
    /** A recommendation is not followed; worth a conversation. */
    WARNING,
    /** For information. */
    INFO
}
