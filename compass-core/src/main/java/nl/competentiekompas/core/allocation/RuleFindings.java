package nl.competentiekompas.core.allocation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The findings of one rule as it makes them, noting with each finding added whether they still share one severity
 * and rule id, and come in their natural order. Each finding is compared with the one made just before it, both
 * still in the cache, where comparing them afterwards, at a million assignments, reads them back from far away
 * (see {@link Evaluation.Gathered}). Adds only; not thread-safe.
 */
final class RuleFindings extends AbstractList<Finding> implements RandomAccess {
    private final List<Finding> findings = new ArrayList<>();
    private boolean uniform = true;
    private boolean inOrder = true;

    @Override
    public boolean add(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        if (!findings.isEmpty()) {
            Finding previous = findings.get(findings.size() - 1);
            uniform &= Evaluation.Gathered.sameRule(previous, finding);
            if (inOrder) {
                inOrder = previous.compareTo(finding) <= 0;
            }
        }
        findings.add(finding);
        modCount++;
        return true;
    }

    @Override
    public Finding get(int index) {
        return findings.get(index);
    }

    @Override
    public int size() {
        return findings.size();
    }

    @Override
    public Object[] toArray() {
        return findings.toArray();
    }

    /** Whether the findings share one severity and rule id. */
    boolean uniform() {
        return uniform;
    }

    /** Whether the findings come in their natural order. */
    boolean inOrder() {
        return inOrder;
    }
}
