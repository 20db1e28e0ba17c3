package nl.competentiekompas.core.assessment;

/**
 * How a {@link GapAnalysis} decides a person's assessed level for a competency.
 *
 * @since 0.1
 */
public enum GapPolicy {
    /** The others' median; the self score when no one else scored (the default). */
    OTHERS_MEDIAN_ELSE_SELF,
    /** The others' median only; a competency only the person scored counts as not assessed. */
    OTHERS_MEDIAN,
    /** The self score only, as in a pure self-reflection. */
    SELF
}
