package nl.competentiekompas.core.allocation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.internal.Checks;

/**
 * What a rule found: its id, severity, the ids it is about, a Dutch and English message naming those ids,
 * the sources the rule cites and, when a body accepted the risk, that acceptance.
 *
 * <p>Findings order by severity (errors first), rule id, subjects and message, so an evaluation lists them
 * the same way whatever the order of its input. Messages name ids and roles only, never a person's name.
 * Immutable and thread-safe.
 *
 * @param ruleId the rule's id; not null, lower-kebab
 * @param severity the severity; not null
 * @param subjects the ids the finding is about, at least one, none blank; not null
 * @param message what is wrong, in Dutch and English; not null
 * @param sources the sources the rule cites, at least one; not null
 * @param acceptance the risk acceptance that holds for it, if any; not null
 * @since 0.1
 */
public record Finding(String ruleId, Severity severity, List<String> subjects, LocalizedText message,
        List<SourceRef> sources, Optional<RiskAcceptance> acceptance) implements Comparable<Finding> {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the rule id is not lower-kebab, there is no
     *     subject or source, a subject is blank, or the acceptance is for another finding
     */
    public Finding {
        Checks.kebabId(ruleId, "Finding");
        Objects.requireNonNull(severity, "Finding.severity");
        subjects = Checks.nonEmptyList(subjects, "Finding", "subjects");
        subjects.forEach(s -> Checks.nonBlank(s, "Finding", "subjects"));
        Objects.requireNonNull(message, "Finding.message");
        sources = Checks.nonEmptyList(sources, "Finding", "sources");
        Objects.requireNonNull(acceptance, "Finding.acceptance");
        if (acceptance.isPresent() && (!acceptance.get().ruleId().equals(ruleId)
                || !acceptance.get().subject().equals(String.join(" ", subjects)))) {
            throw new InvalidValueException("Finding", "acceptance",
                    "must be for rule '" + ruleId + "' and this finding's subject");
        }
    }

    /**
     * A finding that nobody accepted.
     *
     * @param ruleId the rule id; not null
     * @param severity the severity; not null
     * @param subjects the ids it is about; not null
     * @param message the message; not null
     * @param sources the sources; not null
     * @return the finding; never null
     */
    public static Finding of(String ruleId, Severity severity, List<String> subjects, LocalizedText message,
            List<SourceRef> sources) {
        return new Finding(ruleId, severity, subjects, message, sources, Optional.empty());
    }

    /**
     * The subject as one string: the subject ids joined by single spaces. A {@link RiskAcceptance} names it.
     *
     * @return the subject; never null
     */
    public String subject() {
        return String.join(" ", subjects);
    }

    /**
     * Whether a risk acceptance holds for this finding.
     *
     * @return true when accepted
     */
    public boolean accepted() {
        return acceptance.isPresent();
    }

    /**
     * A copy marked as accepted.
     *
     * @param value the acceptance; not null
     * @return the finding; never null
     */
    public Finding withAcceptance(RiskAcceptance value) {
        return new Finding(ruleId, severity, subjects, message, sources, Optional.of(value));
    }

    /**
     * A copy with another severity.
     *
     * @param value the severity; not null
     * @return the finding; never null
     */
    public Finding withSeverity(Severity value) {
        return new Finding(ruleId, value, subjects, message, sources, acceptance);
    }

    @Override
    public int compareTo(Finding other) {
        // written out: an evaluation of a million assignments sorts thousands of findings, and joining the subjects
        // for each comparison made two strings per comparison
        int c = severity.compareTo(other.severity);
        if (c == 0 && ruleId != other.ruleId) {
            c = ruleId.compareTo(other.ruleId);
        }
        if (c == 0) {
            c = compareJoined(subjects, other.subjects);
        }
        if (c == 0) {
            c = message.in(Language.EN).compareTo(other.message.in(Language.EN));
        }
        return c != 0 ? c : Boolean.compare(accepted(), other.accepted());
    }

    /**
     * Compares two lists of strings as {@code String.join(" ", a).compareTo(String.join(" ", b))} does, by sign,
     * without joining them. Elements are compared whole, as strings are; only where one element is a prefix of the
     * other does what follows it decide, and then the joined forms are compared character by character.
     */
    static int compareJoined(List<String> a, List<String> b) {
        int sizeA = a.size();
        int sizeB = b.size();
        for (int i = 0; i < sizeA && i < sizeB; i++) {
            String x = a.get(i);
            String y = b.get(i);
            int c = x == y ? 0 : x.compareTo(y);
            if (c == 0) {
                continue;
            }
            // compareTo gives the difference of the first characters that differ, or else of the lengths: when it
            // could be the latter, one element may be a prefix of the other
            if (c != x.length() - y.length() || !(c < 0 ? y.startsWith(x) : x.startsWith(y))) {
                return c;
            }
            return compareJoinedByCharacter(a, b);
        }
        // all elements both have are equal: when both have one at least, the joined form with more elements is the
        // longer, with the other as its prefix; an empty list joins as an empty element does
        return sizeA > 0 && sizeB > 0 ? Integer.compare(sizeA, sizeB) : compareJoinedByCharacter(a, b);
    }

    /** {@link #compareJoined} read character by character: the character after an element is a space or the end. */
    private static int compareJoinedByCharacter(List<String> a, List<String> b) {
        int ai = 0;
        int ap = 0;
        int bi = 0;
        int bp = 0;
        while (true) {
            int ca = charAt(a, ai, ap);
            int cb = charAt(b, bi, bp);
            if (ca != cb) {
                // -1 ends a list: the shorter string comes first
                return ca < cb ? -1 : 1;
            }
            if (ca < 0) {
                return 0;
            }
            if (ap < a.get(ai).length()) {
                ap++;
            } else {
                ai++;
                ap = 0;
            }
            if (bp < b.get(bi).length()) {
                bp++;
            } else {
                bi++;
                bp = 0;
            }
        }
    }

    /** The character at a position of a list joined by spaces (an element, and its separator after it), or -1. */
    private static int charAt(List<String> list, int index, int position) {
        if (index >= list.size()) {
            return -1;
        }
        String element = list.get(index);
        if (position < element.length()) {
            return element.charAt(position);
        }
        return index + 1 < list.size() ? ' ' : -1;
    }
}
