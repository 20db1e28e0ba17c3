package nl.competentiekompas.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.internal.IntList;

/**
 * The findings of evaluating an organisation and its allocation against a set of rules.
 *
 * <p>Findings are in their natural order (errors first, then by rule and subject), independent of the order
 * of the organisation's parts and of the assignments. Accepted findings stay in the list, marked accepted;
 * {@link #hasErrors()} and {@link #errors()} count only the unaccepted ones. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Evaluation {

    private final List<Finding> findings;

    private Evaluation(List<Finding> findings) {
        this.findings = findings;
    }

    /**
     * An evaluation holding these findings, sorted.
     *
     * @param findings the findings; not null, no null elements
     * @return the evaluation; never null
     */
    public static Evaluation of(Collection<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.forEach(f -> Objects.requireNonNull(f, "finding"));
        Collections.sort(sorted);
        return new Evaluation(Collections.unmodifiableList(sorted));
    }

    /**
     * Findings gathered rule by rule. Each rule's findings are checked as they come, or, for the built-in rules, as
     * they were made ({@link RuleFindings}), while they are still in the cache: when every rule's share one
     * severity and rule id, the evaluation puts whole rules in order, and sorts only the findings of a rule that
     * came out of order, where sorting all findings compares subjects that, at a million assignments, are by then
     * read from far away in memory. Otherwise all findings are sorted. Either way the evaluation is the one
     * {@link #of} makes. Not thread-safe.
     */
    static final class Gathered {
        /** The findings of each rule that found anything, in the order the rules came. */
        private final List<List<Finding>> rules = new ArrayList<>();
        /** For each of {@link #rules}: 1 when its findings came in their natural order, else 0. */
        private final IntList ordered = new IntList();
        /** Whether each rule's findings share one severity and rule id. */
        private boolean uniform = true;
        private int size;

        /** Adds the findings of one rule. */
        void add(List<Finding> found) {
            RuleFindings made;
            if (found instanceof RuleFindings own) {
                // checked as they were made, and made for this evaluation only
                made = own;
            } else {
                // a copy, checked as it is made: a rule may change or reuse the list it returned
                made = new RuleFindings();
                made.addAll(found);
            }
            if (!made.isEmpty()) {
                rules.add(made);
                ordered.add(made.inOrder() ? 1 : 0);
                uniform &= made.uniform();
                size += made.size();
            }
        }

        /** Whether two findings share a severity and rule id. */
        static boolean sameRule(Finding a, Finding b) {
            return a.severity() == b.severity() && a.ruleId().equals(b.ruleId());
        }

        /** The findings so far, in the order they came. */
        List<Finding> findings() {
            List<Finding> all = new ArrayList<>(size);
            rules.forEach(all::addAll);
            return all;
        }

        /** The evaluation of the findings so far. */
        Evaluation evaluation() {
            Integer[] order = new Integer[rules.size()];
            for (int r = 0; r < order.length; r++) {
                order[r] = r;
            }
            Comparator<Integer> bySeverityAndRule = Comparator
                    .comparing((Integer r) -> rules.get(r).get(0).severity())
                    .thenComparing(r -> rules.get(r).get(0).ruleId());
            Arrays.sort(order, bySeverityAndRule);
            boolean inRuns = uniform;
            for (int r = 1; r < order.length && inRuns; r++) {
                // two rules of one severity and id would interleave
                inRuns = bySeverityAndRule.compare(order[r - 1], order[r]) < 0;
            }
            if (!inRuns) {
                return of(findings());
            }
            Finding[] sorted = new Finding[size];
            int at = 0;
            for (int r : order) {
                Object[] run = rules.get(r).toArray();
                System.arraycopy(run, 0, sorted, at, run.length);
                if (ordered.get(r) == 0) {
                    Arrays.sort(sorted, at, at + run.length);
                }
                at += run.length;
            }
            return new Evaluation(Collections.unmodifiableList(Arrays.asList(sorted)));
        }
    }

    /**
     * All findings, accepted or not, in their natural order.
     *
     * @return the findings; never null
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings of one rule, in their natural order.
     *
     * @param ruleId the rule id; not null
     * @return the findings; never null, possibly empty
     */
    public List<Finding> findings(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * The unaccepted findings of one severity, in their natural order.
     *
     * @param severity the severity; not null
     * @return the findings; never null, possibly empty
     */
    public List<Finding> open(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity && !f.accepted()).toList();
    }

    /**
     * The unaccepted errors.
     *
     * @return the errors; never null, possibly empty
     */
    public List<Finding> errors() {
        return open(Severity.ERROR);
    }

    /**
     * Whether any unaccepted error remains.
     *
     * @return true when there is one
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && !f.accepted());
    }

    /**
     * Whether a rule found anything, accepted or not.
     *
     * @param ruleId the rule id; not null
     * @return true when it did
     */
    public boolean has(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation other && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    /**
     * A compact diagnostic form: counts per severity.
     *
     * @return for example {@code Evaluation[1 error, 2 warnings, 0 info]}
     */
    @Override
    public String toString() {
        long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long w = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long i = findings.size() - e - w;
        return "Evaluation[" + e + " error" + (e == 1 ? "" : "s") + ", " + w + " warning" + (w == 1 ? "" : "s")
                + ", " + i + " info]";
    }
}
