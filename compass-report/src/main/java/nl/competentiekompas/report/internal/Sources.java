package nl.competentiekompas.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.SourceRef;

/**
 * The sources a report cites, numbered in order of first citation, so that each row can say "1, 3" and the
 * report can end with the list.
 */
public final class Sources {

    private final Map<SourceRef, Integer> numbers = new LinkedHashMap<>();

    /**
     * Numbers the sources of one item, adding new ones.
     *
     * @param refs the item's sources
     * @return the numbers, such as {@code 1, 3}
     */
    public String cite(List<SourceRef> refs) {
        StringBuilder out = new StringBuilder();
        for (SourceRef ref : refs) {
            Integer number = numbers.computeIfAbsent(ref, r -> numbers.size() + 1);
            out.append(out.length() == 0 ? "" : ", ").append(number);
        }
        return out.toString();
    }

    /**
     * The citations in number order.
     *
     * @param language the language
     * @return one line per source, such as {@code [1] BIO (2019) 6.1.1}
     */
    public List<String> list(Language language) {
        List<String> out = new ArrayList<>(numbers.size());
        numbers.forEach((ref, number) -> out.add("[" + number + "] " + ref.citation(language)));
        return out;
    }

    /**
     * Whether nothing was cited.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return numbers.isEmpty();
    }
}
