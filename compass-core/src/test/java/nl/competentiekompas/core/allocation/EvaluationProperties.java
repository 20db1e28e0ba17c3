package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.SourceRef;

/**
 * An evaluation gathered rule by rule puts whole rules in order when each rule's findings share a severity and
 * rule id and come in order, and sorts every finding otherwise: either way it is the evaluation of all findings
 * sorted.
 */
class EvaluationProperties {

    private static final List<SourceRef> SOURCES = List.of(SourceRef.editorial(LocalizedText.of("bron", "source")));

    @Property(tries = 1000)
    void anEvaluationGatheredRuleByRuleIsAllItsFindingsSorted(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> ruleIds = List.of("raci-one", "raci", "capacity", "a");
        List<List<Finding>> rules = new ArrayList<>();
        for (int r = random.nextInt(6); r > 0; r--) {
            // mostly one rule id and severity each, sometimes a rule id twice or a rule of mixed severities
            String ruleId = ruleIds.get(random.nextInt(ruleIds.size()));
            Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
            boolean mixed = random.nextInt(10) == 0;
            List<Finding> found = new ArrayList<>();
            for (int f = random.nextInt(8); f > 0; f--) {
                Severity s = mixed ? Severity.values()[random.nextInt(Severity.values().length)] : severity;
                List<String> subjects = new ArrayList<>();
                for (int n = 1 + random.nextInt(2); n > 0; n--) {
                    subjects.add("k" + random.nextInt(4));
                }
                found.add(Finding.of(random.nextInt(10) == 0 ? "other" : ruleId, s, subjects,
                        LocalizedText.of("m" + random.nextInt(3), "m" + random.nextInt(3)), SOURCES));
            }
            if (random.nextInt(3) > 0) {
                Collections.sort(found);
            }
            rules.add(found);
        }
        Evaluation.Gathered gathered = new Evaluation.Gathered();
        List<Finding> all = new ArrayList<>();
        for (List<Finding> found : rules) {
            gathered.add(found);
            all.addAll(found);
        }
        Evaluation evaluation = gathered.evaluation();
        assertThat(evaluation).isEqualTo(Evaluation.of(all));
        assertThat(gathered.findings()).containsExactlyElementsOf(all);
        // equal findings keep the order they came in, as a stable sort keeps them
        List<Finding> sorted = Evaluation.of(all).findings();
        for (int i = 0; i < sorted.size(); i++) {
            assertThat(evaluation.findings().get(i)).isSameAs(sorted.get(i));
        }
    }
}
