package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Whatever the bytes, reading a many-assessments document with the cheap path for valid elements ends as reading
 * every element as a tree does: the same values, then the same problems at the same places.
 */
class AssessmentStreamProperties {

    static final byte[] SEED = AssessmentStreamTests.document(AssessmentStreamTests.assessments(12));

    @Property(tries = 150)
    void mutantsEndAsOnTheTreePath(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 10; i++) {
            byte[] mutant = Mutations.mutate(SEED, random, RobustnessProperties.MARKER_BYTES);

            AssessmentStreamTests.Outcome direct = AssessmentStreamTests.read(mutant, true);

            assertThat(direct).isEqualTo(AssessmentStreamTests.read(mutant, false));
        }
    }
}
