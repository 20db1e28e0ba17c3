package nl.competentiekompas.core.allocation;

import java.time.LocalDate;
import java.util.Objects;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * A governing body's decision to accept the risk of one finding until a date.
 *
 * <p>An accepted finding stays in the evaluation, marked accepted, until the acceptance expires; from the day
 * after {@code expires} it counts again and the expired acceptance is itself reported. The reason is kept for
 * the record but never copied into findings. Immutable and thread-safe.
 *
 * @param ruleId the id of the rule whose finding is accepted; not null, lower-kebab
 * @param subject the finding's {@link Finding#subject()}; not null, not blank
 * @param reason why the risk is accepted; not null, not blank
 * @param acceptedBy the body that accepted it; not null
 * @param expires the last day the acceptance holds; not null
 * @since 0.1
 */
public record RiskAcceptance(String ruleId, String subject, String reason, GoverningBody acceptedBy,
        LocalDate expires) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if the rule id is not lower-kebab or the subject
     *     or reason is blank
     */
    public RiskAcceptance {
        Checks.kebabId(ruleId, "RiskAcceptance");
        Checks.nonBlank(subject, "RiskAcceptance", "subject");
        Checks.nonBlank(reason, "RiskAcceptance", "reason");
        Objects.requireNonNull(acceptedBy, "RiskAcceptance.acceptedBy");
        Objects.requireNonNull(expires, "RiskAcceptance.expires");
    }

    /**
     * An acceptance of one finding.
     *
     * @param finding the finding; not null
     * @param reason why; not null, not blank
     * @param acceptedBy the accepting body; not null
     * @param expires the last day it holds; not null
     * @return the acceptance; never null
     */
    public static RiskAcceptance of(Finding finding, String reason, GoverningBody acceptedBy, LocalDate expires) {
        return new RiskAcceptance(finding.ruleId(), finding.subject(), reason, acceptedBy, expires);
    }

    /**
     * Whether this acceptance is about a finding.
     *
     * @param finding the finding; not null
     * @return true when rule and subject match
     */
    public boolean matches(Finding finding) {
        return ruleId.equals(finding.ruleId()) && subject.equals(finding.subject());
    }

    /**
     * Whether this acceptance names a person, for GDPR (AVG) access and erasure: the person's id is one of the
     * space-separated ids of the subject, or stands in the reason with no letter or digit directly before or
     * after it. The test errs towards finding the person (an id that is also part of a longer id joined by
     * {@code -}, {@code .} or {@code _} counts); names written out in the reason cannot be recognised, so a
     * reason should hold none.
     *
     * @param person the person; not null
     * @return true when it names the person
     */
    public boolean mentions(PersonId person) {
        String id = Objects.requireNonNull(person, "person").value();
        for (String part : subject.split(" ", -1)) {
            if (part.equals(id)) {
                return true;
            }
        }
        for (int at = reason.indexOf(id); at >= 0; at = reason.indexOf(id, at + 1)) {
            int end = at + id.length();
            if ((at == 0 || !Character.isLetterOrDigit(reason.charAt(at - 1)))
                    && (end == reason.length() || !Character.isLetterOrDigit(reason.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the acceptance has expired on a day.
     *
     * @param asOf the day; not null
     * @return true when {@code asOf} is after {@link #expires()}
     */
    public boolean expiredOn(LocalDate asOf) {
        return asOf.isAfter(expires);
    }

    /**
     * A diagnostic form without the reason.
     *
     * @return for example {@code RiskAcceptance[capacity p-1, board, until 2027-01-01]}
     */
    @Override
    public String toString() {
        return "RiskAcceptance[" + ruleId + " " + subject + ", " + acceptedBy.id() + ", until " + expires + "]";
    }
}
