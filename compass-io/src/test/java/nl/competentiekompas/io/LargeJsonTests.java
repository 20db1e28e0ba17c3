package nl.competentiekompas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.io.internal.StrictJson;
import org.junit.jupiter.api.Test;

/** A document of many assessments is read element by element, so it may be larger than a whole-read document. */
class LargeJsonTests {

    @Test
    void manyAssessmentsStreamPastTheWholeDocumentLimit() {
        Catalog catalog = Catalogs.builtIn();
        nl.competentiekompas.core.catalog.RoleProfile profile = catalog.requireProfile(Catalogs.CISO_HEALTHCARE);
        Assessment.Builder builder = Assessment.builder(profile, nl.competentiekompas.core.organisation.PersonId.of("p-1"),
                nl.competentiekompas.core.organisation.PersonId.of("p-2"), nl.competentiekompas.core.catalog.Perspective.PEER,
                java.time.LocalDate.of(2026, 11, 16));
        profile.competencyTargets().forEach(t -> builder.score(t.competency(), 3));
        Assessment one = builder.build();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        CompassJson.writeAssessments(List.of(one, one), written);
        String text = written.toString(StandardCharsets.UTF_8);
        int first = text.indexOf("\n    {") + 1;
        int second = text.indexOf("\n    {", first) + 1;
        byte[] head = text.substring(0, first).getBytes(StandardCharsets.UTF_8);
        byte[] element = (text.substring(first, second)).getBytes(StandardCharsets.UTF_8);
        byte[] last = text.substring(second).getBytes(StandardCharsets.UTF_8);
        long copies = StrictJson.MAX_DOCUMENT / element.length + 1_000;

        java.util.Enumeration<InputStream> parts = new java.util.Enumeration<>() {
            long made;

            @Override
            public boolean hasMoreElements() {
                return made <= copies + 1;
            }

            @Override
            public InputStream nextElement() {
                made++;
                byte[] part = made == 1 ? head : made <= copies + 1 ? element : last;
                return new java.io.ByteArrayInputStream(part);
            }
        };
        long count;
        try (Stream<Assessment> stream = CompassJson.readAssessments(
                new SequenceInputStream(parts), "large.json", catalog)) {
            count = stream.filter(one::equals).count();
        }

        assertThat(copies * element.length).isGreaterThan(StrictJson.MAX_DOCUMENT);
        assertThat(count).isEqualTo(copies + 1);
    }
}
