package nl.competentiekompas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.ReflectionQuestion;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;

class AssessmentJsonProperties {

    static final Catalog CATALOG = Samples.catalog();
    static final Schema ONE = schema(CompassJson.ASSESSMENT);
    static final Schema MANY = schema(CompassJson.ASSESSMENTS);

    static Schema schema(String format) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(CompassJson.schema(format).orElseThrow(), InputFormat.JSON);
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<String> text = CompassCsvProperties.hostileText();
        return Combinators.combine(Arbitraries.of(CATALOG.profiles()), Arbitraries.integers().between(0, 9),
                Arbitraries.of(Perspective.class), Arbitraries.integers().between(0, 999), Arbitraries.longs(),
                text.list().ofSize(6), text.filter(t -> !t.isBlank()).list().ofMaxSize(5))
                .as((RoleProfile p, Integer s, Perspective persp, Integer day, Long seed, List<String> texts,
                        List<String> goals) -> {
                    PersonId subject = PersonId.of("p-" + s);
                    Assessment.Builder b = Assessment.builder(p, subject,
                            persp == Perspective.SELF ? subject : PersonId.of("r-" + s), persp,
                            LocalDate.of(2025, 1, 1).plusDays(day));
                    java.util.Random random = new java.util.Random(seed);
                    int t = 0;
                    for (CompetencyTarget target : p.competencyTargets()) {
                        if (random.nextBoolean()) {
                            b.score(target.competency(), p.scale().max());
                        }
                        b.reflection(target.competency(), texts.get(t++ % 6)).action(target.competency(),
                                texts.get(t++ % 6));
                    }
                    for (ReflectionQuestion q : p.reflectionQuestions()) {
                        b.answer(q.id(), texts.get(t++ % 6));
                    }
                    goals.forEach(b::developmentGoal);
                    return b.build();
                });
    }

    @Provide
    Arbitrary<List<Assessment>> lists() {
        return assessments().list().ofMaxSize(5);
    }

    static String one(Assessment a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompassJson.writeAssessment(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String many(List<Assessment> all) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompassJson.writeAssessments(all, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Assessment readOne(String json) {
        return CompassJson.readAssessment(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.json",
                CATALOG);
    }

    static List<Assessment> readMany(String json) {
        try (Stream<Assessment> s = CompassJson.readAssessments(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "many.json", CATALOG)) {
            return s.toList();
        }
    }

    @Property(tries = 200)
    void oneAssessmentRoundTripsCanonicallyAndMatchesItsSchema(@ForAll("assessments") Assessment a) {
        String json = one(a);
        assertThat(readOne(json)).isEqualTo(a);
        assertThat(one(readOne(json))).isEqualTo(json);
        assertThat(ONE.validate(json, InputFormat.JSON)).isEmpty();
    }

    @Property(tries = 100)
    void manyAssessmentsStreamBackAndMatchTheirSchema(@ForAll("lists") List<Assessment> all) {
        String json = many(all);
        assertThat(readMany(json)).isEqualTo(all);
        assertThat(many(readMany(json))).isEqualTo(json);
        assertThat(MANY.validate(json, InputFormat.JSON)).isEmpty();
    }

    static Assessment sample() {
        RoleProfile p = CATALOG.profiles().get(0);
        return Assessment.builder(p, PersonId.of("p-1"), PersonId.of("p-1"), Perspective.SELF,
                LocalDate.of(2026, 3, 1)).score(p.competencyTargets().get(0).competency(), 3)
                .developmentGoal("MARKER-GOAL").build();
    }

    @Example
    void aSixthGoalAndBadReferencesAreLocated() {
        String json = one(sample()).replace("\"MARKER-GOAL\"", "\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"")
                .replace("\"score\": 3", "\"score\": 3.5");
        CompassImportException e = catchThrowableOfType(CompassImportException.class, () -> readOne(json));
        assertThat(e.problems()).extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("json-type /entries/0/score", "json-too-many-goals /developmentGoals/5");
        String unknown = one(sample()).replace("\"competency\": \"risk-management\"", "\"competency\": \"motivating\"");
        assertThat(catchThrowableOfType(CompassImportException.class, () -> readOne(unknown)).problems())
                .extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("value-invalid /entries/0");
    }

    @Example
    void streamingNeedsTheEnvelopeFirstAndReportsLaterProblemsWithTheirIndex() {
        String json = many(List.of(sample(), sample()));
        String late = json.replace("  \"format\": \"competentiekompas/assessments\",\n  \"version\": 1,\n", "")
                .replace("\n}\n", ",\n  \"format\": \"competentiekompas/assessments\", \"version\": 1\n}\n");
        assertThat(catchThrowableOfType(CompassImportException.class, () -> readMany(late)).problems())
                .extracting(Problem::code).containsExactly("json-format");
        int second = json.lastIndexOf("\"date\": \"2026-03-01\"");
        String bad = json.substring(0, second) + "\"date\": \"2026-02-30\"" + json.substring(second + 20);
        CompassImportException e = catchThrowableOfType(CompassImportException.class, () -> readMany(bad));
        assertThat(e.problems()).extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("json-type /assessments/1/date");
        assertThat(e.describe(Language.EN) + e.describe(Language.NL)).doesNotContain("MARKER");
        assertThat(catchThrowableOfType(CompassImportException.class, () -> readMany(json + "[]")).problems())
                .extracting(Problem::code).containsExactly("json-malformed");
    }
}
