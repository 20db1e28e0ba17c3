package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.CompassJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid elements of a many-assessments document are mapped straight from the tokens and broken ones as a tree:
 * the outcome (values delivered, problems raised) is the same as reading every element as a tree.
 */
class AssessmentStreamTests {

    static final Catalog CATALOG = Catalogs.builtIn();

    /** Texts with escapes and characters of every UTF-8 length. */
    private static final List<String> TEXTS = List.of(" é \"€\"", " regel 1\nregel 2\r\n\ttab \\ schuin",
            " 😀 𝄞 ∑", " \u0001\u001f\u007f", " / \u2028 \u00a0 ß");

    /**
     * Varied valid assessments: mostly of the built-in healthcare CISO profile, with runs of other profiles and
     * texts with escapes and characters beyond ASCII.
     */
    static List<Assessment> assessments(int count) {
        List<RoleProfile> profiles = CATALOG.profiles().stream()
                .filter(p -> !p.competencyTargets().isEmpty()).toList();
        Perspective[] perspectives = Perspective.values();
        List<Assessment> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RoleProfile profile = i % 5 < 3 ? CATALOG.requireProfile(Catalogs.CISO_HEALTHCARE)
                    : profiles.get(i % profiles.size());
            Perspective perspective = perspectives[i % perspectives.length];
            PersonId subject = PersonId.of("p-" + i % 7);
            Assessment.Builder b = Assessment.builder(profile, subject,
                    perspective == Perspective.SELF ? subject : PersonId.of("r-" + i % 5), perspective,
                    LocalDate.of(2026, 1, 1).plusDays(i * 37L));
            int j = 0;
            for (CompetencyTarget target : profile.competencyTargets()) {
                if ((i + j) % 3 != 0) {
                    b.score(target.competency(), 1 + (i + j) % 4);
                }
                if ((i + j) % 4 == 1) {
                    b.reflection(target.competency(), "Reflectie " + i + TEXTS.get((i + j) % TEXTS.size()))
                            .action(target.competency(), "Actie");
                }
                j++;
            }
            if (i % 4 == 0 && !profile.reflectionQuestions().isEmpty()) {
                b.answer(profile.reflectionQuestions().get(i % profile.reflectionQuestions().size()).id(), "Antwoord");
            }
            for (int g = 0; g < i % 3; g++) {
                b.developmentGoal("Doel " + g);
            }
            all.add(b.build());
        }
        return all;
    }

    static byte[] document(List<Assessment> all) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompassJson.writeAssessments(all, out);
        return out.toByteArray();
    }

    /** What a reader made of a document: the values it delivered and what it raised at the end. */
    record Outcome(List<Assessment> values, Object end) {
    }

    /** What each path makes of a document, the same for all: the bytes, the tokens and the trees. */
    static Outcome readAlike(byte[] document) {
        Outcome trees = read(document, AssessmentDocument.Path.TREES);

        assertThat(read(document, AssessmentDocument.Path.TOKENS)).as("tokens").isEqualTo(trees);
        assertThat(read(document, AssessmentDocument.Path.BYTES)).as("bytes").isEqualTo(trees);
        return trees;
    }

    static Outcome read(byte[] document, AssessmentDocument.Path path) {
        return read(new ByteArrayInputStream(document), path);
    }

    /** What the bytes path makes of a document handed out a few bytes at a time, so that reads end anywhere. */
    static Outcome readInPieces(byte[] document, long seed) {
        return read(Mutations.inPieces(document, seed), AssessmentDocument.Path.BYTES);
    }

    private static Outcome read(InputStream input, AssessmentDocument.Path path) {
        List<Assessment> values = new ArrayList<>();
        try (AssessmentDocument.Stream stream = new AssessmentDocument.Stream(input, "many.json", CATALOG, path)) {
            stream.forEachRemaining(values::add);
            return new Outcome(values, "end");
        } catch (CompassImportException e) {
            return new Outcome(values, e.problems());
        } catch (RuntimeException e) {
            return new Outcome(values, e.getClass().getName());
        }
    }

    /** A document of the given assessments with some elements changed. */
    @SafeVarargs
    private static byte[] changed(List<Assessment> all, Consumer<ArrayNode>... changes) {
        ObjectNode root = (ObjectNode) StrictJson.mapper().readTree(document(all));
        ArrayNode elements = (ArrayNode) root.get("assessments");
        for (Consumer<ArrayNode> change : changes) {
            change.accept(elements);
        }
        return StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static ObjectNode at(ArrayNode elements, int index) {
        return (ObjectNode) elements.get(index);
    }

    private static ObjectNode entry(ArrayNode elements, int index) {
        return (ObjectNode) at(elements, index).get("entries").get(0);
    }

    @Test
    void validElementsGiveTheSameValuesAsTheTreePath() {
        List<Assessment> all = assessments(40);
        byte[] document = document(all);

        Outcome direct = readAlike(document);

        assertThat(direct.values()).isEqualTo(all);
        assertThat(direct.end()).isEqualTo("end");
    }

    @Test
    void propertiesInAnotherOrderAreStillRead() {
        List<Assessment> all = assessments(6);
        byte[] document = changed(all, elements -> {
            for (int i = 0; i < elements.size(); i++) {
                ObjectNode e = at(elements, i);
                JsonNode entries = e.remove("entries");
                JsonNode profile = e.remove("profile");
                e.set("entries", entries);
                e.set("profile", profile);
            }
        });

        Outcome direct = readAlike(document);

        assertThat(direct.values()).isEqualTo(all);
    }

    @Test
    void mixedValidAndBrokenElementsGiveTheSameProblemsAsTheTreePath() {
        List<Assessment> all = assessments(48);
        byte[] document = changed(all,
                e -> at(e, 2).remove("date"),
                e -> at(e, 4).put("extra", 1),
                e -> entry(e, 6).put("score", "3"),
                e -> entry(e, 8).putNull("score"),
                e -> entry(e, 10).put("score", 2.5),
                e -> entry(e, 11).put("score", 1L << 40),
                e -> at(e, 12).put("perspective", "boss"),
                e -> at(e, 14).put("date", "2026-02-30"),
                e -> at(e, 15).put("date", "+2026-1-01"),
                e -> at(e, 16).put("profile", "no-such-profile"),
                e -> entry(e, 18).put("competency", "no-such-competency"),
                e -> at(e, 20).putArray("developmentGoals").add("1").add("2").add("3").add("4").add("5").add("6"),
                e -> at(e, 22).putArray("developmentGoals").add("  "),
                e -> at(e, 24).putArray("answers").addObject().put("question", "no-such-question").put("text", ""),
                e -> at(e, 26).putObject("entries"),
                e -> e.set(28, e.numberNode(42)),
                e -> entry(e, 30).putNull("reflection"),
                e -> entry(e, 32).put("extra", ""),
                e -> at(e, 34).put("subject", ""),
                e -> at(e, 36).putArray("answers").add("text"),
                e -> entry(e, 38).put("score", 99),
                e -> at(e, 40).remove("entries"),
                e -> e.set(42, e.arrayNode()));

        Outcome direct = readAlike(document);

        assertThat(direct.values()).isEqualTo(all.subList(0, 2));
        assertThat(direct.end()).asList().hasSizeGreaterThanOrEqualTo(21);
    }

    @Test
    void aDuplicateKeyOrBrokenJsonAfterAProblemIsLocatedAsBefore() {
        List<Assessment> all = assessments(8);
        String text = new String(changed(all, e -> at(e, 1).put("extra", true)), StandardCharsets.UTF_8);
        int third = text.indexOf("\"rater\"", text.indexOf("\"rater\"", text.indexOf("\"rater\"") + 1) + 1);
        String duplicate = text.substring(0, third) + "\"rater\" : \"p-1\", " + text.substring(third);
        String broken = text.substring(0, third) + "\"rater\" : , " + text.substring(third);
        String brokenAfterUnknown = text.substring(0, third) + "\"x\" : 1, \"rater\" : \"p-1\" : " + text.substring(third);

        for (String document : List.of(duplicate, broken, brokenAfterUnknown)) {
            for (String form : List.of(document, compact(document), "\uFEFF" + compact(document))) {
                byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
                Outcome direct = readAlike(bytes);

                assertThat(direct.end()).asList().hasSize(2);
            }
        }
    }

    @Test
    void aDuplicateKeyInAValidLookingElementIsLocatedAsBefore() {
        List<Assessment> all = assessments(6);
        String text = compact(new String(document(all), StandardCharsets.UTF_8));
        int reflection = text.indexOf("\"reflection\"", text.indexOf("\"p-3\""));
        int entryEnd = text.indexOf('}', reflection);
        int competency = text.indexOf("\"competency\"", text.indexOf("\"p-4\""));
        int answers = text.indexOf("\"answers\"", text.indexOf("\"p-5\""));
        List<String> documents = List.of(
                text.substring(0, entryEnd) + ",\"reflection\":\"\"" + text.substring(entryEnd),
                text.substring(0, competency) + "\"score\":1,\"score\":1," + text.substring(competency),
                text.substring(0, competency) + "\"score\":1,\"score\":,]" + text.substring(competency),
                text.substring(0, answers) + "\"date\":\"2026-01-01\"," + text.substring(answers),
                text.substring(0, answers) + "\"x\":[{\"a\":1,\"b\":[{\"c\":{\"a\":1,\"a\":2}}]}],"
                        + text.substring(answers));

        for (String document : documents) {
            for (String form : List.of(document, pretty(document))) {
                byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
                Outcome direct = readAlike(bytes);

                assertThat(direct.end()).asList().singleElement().extracting("code").isEqualTo("json-duplicate-key");
            }
        }
    }

    /** The same JSON on one line; duplicate keys kept. */
    private static String compact(String json) {
        StringBuilder b = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                b.append(c);
                if (c == '\\') {
                    b.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                b.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The same JSON with a line break after every comma outside strings. */
    private static String pretty(String json) {
        StringBuilder b = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            b.append(c);
            if (inString && c == '\\') {
                b.append(json.charAt(++i));
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == ',') {
                b.append("\n   ");
            }
        }
        return b.toString();
    }

    @Test
    void aDocumentWithAByteOrderMarkIsReadAlike() {
        List<Assessment> all = assessments(5);
        byte[] plain = document(all);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);

        Outcome direct = readAlike(marked);

        assertThat(direct.values()).isEqualTo(all);
        try (AssessmentDocument.Stream stream = new AssessmentDocument.Stream(new ByteArrayInputStream(marked),
                "many.json", CATALOG)) {
            stream.forEachRemaining(a -> { });

            assertThat(stream.handedOver()).isFalse();
        }
    }

    /**
     * The same document in other layouts: on one line, with other line ends, with tabs, with format and version
     * swapped.
     */
    private static List<String> layouts(String document) {
        String compact = compact(document);
        String swapped = compact.replace("{\"format\":\"competentiekompas/assessments\",\"version\":1,",
                "{\"version\":1,\"format\":\"competentiekompas/assessments\",");
        return List.of(document, compact, document.replace("\n", "\r\n"), document.replace("\n", "\r"),
                document.replace("  ", "\t"), pretty(compact), swapped, "\n\n " + pretty(swapped) + "\r\n\t ");
    }

    @Test
    void validDocumentsInAnyLayoutAreReadFromTheBytesAlone() {
        List<Assessment> all = assessments(30);

        for (String layout : layouts(new String(document(all), StandardCharsets.UTF_8))) {
            byte[] bytes = layout.getBytes(StandardCharsets.UTF_8);
            List<Assessment> values = new ArrayList<>();
            try (AssessmentDocument.Stream stream = new AssessmentDocument.Stream(new ByteArrayInputStream(bytes),
                    "many.json", CATALOG)) {
                stream.forEachRemaining(values::add);

                assertThat(stream.handedOver()).as(layout.substring(0, 40)).isFalse();
            }
            assertThat(values).isEqualTo(all);
            assertThat(readAlike(bytes).values()).isEqualTo(all);
            assertThat(readInPieces(bytes, layout.length())).isEqualTo(readAlike(bytes));
        }
    }

    @Test
    void anEmptyArrayIsReadFromTheBytesAlone() {
        byte[] bytes = document(List.of());
        try (AssessmentDocument.Stream stream = new AssessmentDocument.Stream(new ByteArrayInputStream(bytes),
                "many.json", CATALOG)) {
            assertThat(stream.hasNext()).isFalse();
            assertThat(stream.handedOver()).isFalse();
        }
        assertThat(readAlike(bytes)).isEqualTo(new Outcome(List.of(), "end"));
    }

    @Test
    void problemsAfterSomeElementsAreLocatedAlikeInAnyLayout() {
        List<Assessment> all = assessments(12);
        String compact = compact(new String(changed(all, e -> at(e, 7).put("date", "2026-13-01")),
                StandardCharsets.UTF_8));
        int sixth = nth(compact, "},{\"profile\"", 6);
        int ninth = nth(compact, "},{\"profile\"", 9);
        int end = compact.lastIndexOf(']');
        List<String> broken = List.of(
                compact,
                compact.substring(0, sixth + 1) + compact.substring(sixth + 2),
                compact.substring(0, sixth + 1) + ",," + compact.substring(sixth + 2),
                compact.substring(0, ninth + 1) + ",42" + compact.substring(ninth + 1),
                compact.substring(0, ninth + 1) + ",[]" + compact.substring(ninth + 1),
                compact.substring(0, ninth + 30),
                compact.substring(0, end),
                compact.substring(0, end + 1),
                compact.substring(0, end) + "],\"extra\":1}",
                compact.substring(0, end) + ",]}",
                compact + " x",
                compact + "{}");

        for (String document : broken) {
            for (String layout : layouts(document)) {
                byte[] bytes = layout.getBytes(StandardCharsets.UTF_8);

                Outcome outcome = readAlike(bytes);

                assertThat(outcome.values()).hasSizeLessThanOrEqualTo(7);
                assertThat(outcome.end()).isNotEqualTo("end");
                assertThat(readInPieces(bytes, layout.length())).isEqualTo(outcome);
            }
        }
    }

    @Test
    void numbersOutsideWholeIntsAreReadAlike() {
        List<Assessment> all = assessments(6);
        String compact = compact(new String(document(all), StandardCharsets.UTF_8));
        int score = compact.indexOf("\"score\":", nth(compact, "},{\"profile\"", 3)) + "\"score\":".length();

        for (String number : List.of("-0", "0", "-1", "1.0", "1e0", "1E+0", "01", "-01", "2147483647", "2147483648",
                "-2147483649", "99999999999999999999", "-", "1x", "3 ", " 3", "null", "true", "\"3\"")) {
            byte[] bytes = (compact.substring(0, score) + number + compact.substring(score + 1))
                    .getBytes(StandardCharsets.UTF_8);

            Outcome outcome = readAlike(bytes);

            assertThat(outcome.values()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void otherEncodingsAreReadAlike() {
        List<Assessment> all = assessments(5);
        String text = new String(document(all), StandardCharsets.UTF_8);

        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16, java.nio.charset.Charset.forName("UTF-32BE"))) {
            byte[] bytes = text.getBytes(charset);

            assertThat(readAlike(bytes).values()).as(charset.name()).isEqualTo(all);
        }
    }

    @Test
    void bytesThatAreNotUtf8OrAreFormedAmissAreReadAlike() {
        List<Assessment> all = assessments(6);
        byte[] bytes = compact(new String(document(all), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\"Reflectie 4") + 1;
        int[][] sequences = {{0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF}, {0xED, 0xA0, 0x80},
            {0xED, 0xBF, 0xBF}, {0xF0, 0x80, 0x80, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80},
            {0xFF}, {0x80}, {0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xC3, 0x28}, {0xEF, 0xBF, 0xBF},
            {0xF4, 0x8F, 0xBF, 0xBF}, {0x7F}, {0x1F}, {0x00}};

        for (int[] sequence : sequences) {
            byte[] changed = new byte[bytes.length + sequence.length];
            System.arraycopy(bytes, 0, changed, 0, at);
            for (int k = 0; k < sequence.length; k++) {
                changed[at + k] = (byte) sequence[k];
            }
            System.arraycopy(bytes, at, changed, at + sequence.length, bytes.length - at);

            Outcome outcome = readAlike(changed);

            assertThat(outcome.values()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(readInPieces(changed, sequence.length)).isEqualTo(outcome);
        }
    }

    @Test
    void elementsLargerThanTheReadSizeAreReadFromTheBytesAlone() {
        List<Assessment> all = new ArrayList<>(assessments(6));
        String longText = "é€😀 ".repeat(AssessmentScanner.READ / 8);
        for (int index : new int[] {0, 3}) {
            Assessment a = all.get(index);
            Assessment.Builder b = Assessment.builder(CATALOG.requireProfile(a.profile()), a.subject(), a.rater(),
                    a.perspective(), a.date());
            a.entries().forEach(e -> {
                e.score().ifPresent(score -> b.score(e.competency(), score));
                b.reflection(e.competency(), longText);
            });
            all.set(index, b.build());
        }
        byte[] bytes = document(all);
        assertThat(bytes.length).isGreaterThan(4 * AssessmentScanner.READ);

        try (AssessmentDocument.Stream stream = new AssessmentDocument.Stream(new ByteArrayInputStream(bytes),
                "many.json", CATALOG)) {
            List<Assessment> values = new ArrayList<>();
            stream.forEachRemaining(values::add);

            assertThat(values).isEqualTo(all);
            assertThat(stream.handedOver()).isFalse();
        }
        assertThat(readInPieces(bytes, 7)).isEqualTo(readAlike(bytes));
    }

    private static int nth(String text, String part, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(part, at + 1);
        }
        return at;
    }
}
