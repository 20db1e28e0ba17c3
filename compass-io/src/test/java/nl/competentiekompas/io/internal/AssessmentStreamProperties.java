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
    /** The same on one line, where places inside an element are told by column alone. */
    static final byte[] COMPACT = StrictJson.mapper().writeValueAsBytes(StrictJson.mapper().readTree(SEED));

    /** Enough assessments to fill several of the streaming parser's read buffers. */
    static final byte[] LONG = AssessmentStreamTests.document(AssessmentStreamTests.assessments(
            12 * (3 * StrictJson.STREAMING_READ_BUFFER / SEED.length + 1)));

    @Property(tries = 150)
    void mutantsOfADocumentLongerThanTheReadBufferEndAsOnTheTreePath(@ForAll long seed) {
        // a mutation falls anywhere, so also where the parser's buffer ends in the middle of a name or value
        Random random = new Random(seed);
        assertThat(LONG.length).isGreaterThan(2 * StrictJson.STREAMING_READ_BUFFER);
        for (int i = 0; i < 4; i++) {
            byte[] mutant = Mutations.mutate(LONG, random, RobustnessProperties.MARKER_BYTES);

            AssessmentStreamTests.readAlike(mutant);
        }
    }

    @Property(tries = 300)
    void mutantsEndAsOnTheTreePath(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 10; i++) {
            byte[] mutant = Mutations.mutate(i % 2 == 0 ? SEED : COMPACT, random, RobustnessProperties.MARKER_BYTES);

            AssessmentStreamTests.readAlike(mutant);
        }
    }

    @Property(tries = 200)
    void readsEndingAnywhereEndAsOnTheTreePath(@ForAll long seed) {
        // the bytes path refills its buffer inside names, values, escapes and characters of several bytes
        Random random = new Random(seed);
        byte[] seedDocument = random.nextBoolean() ? SEED : COMPACT;
        byte[] document = random.nextInt(3) == 0 ? seedDocument
                : Mutations.mutate(seedDocument, random, RobustnessProperties.MARKER_BYTES);

        assertThat(AssessmentStreamTests.readInPieces(document, random.nextLong()))
                .isEqualTo(AssessmentStreamTests.read(document, AssessmentDocument.Path.TREES));
    }
}
