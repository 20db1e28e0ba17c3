package nl.competentiekompas.io.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.Topic;
import nl.competentiekompas.core.crosswalk.Crosswalks;
import nl.competentiekompas.core.crosswalk.ExternalItem;
import nl.competentiekompas.core.crosswalk.ExternalKind;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.Problem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NiceImportTests {

    static final String SMALL = text("nice-small.json");

    static String text(String resource) {
        try (InputStream in = NiceImportTests.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExternalCatalog read(String json) {
        return NiceImport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "nice.json");
    }

    static List<Problem> problems(String json) {
        try {
            read(json);
        } catch (CompassImportException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems");
    }

    static Location pointer(String p) {
        return new Location.JsonPointer(p);
    }

    @Test
    void readsWorkRolesAsProfilesTasksAsResponsibilitiesAndStatementsAsRequirements() {
        ExternalCatalog nice = read(SMALL);
        assertThat(nice.framework()).isEqualTo(Crosswalks.NICE);
        assertThat(nice.documents()).containsExactly(new ExternalCatalog.Document("NICE_TEST",
                "Small NICE-shaped test file", "1.0.0"));
        assertThat(nice.profiles()).extracting(ExternalCatalog.Profile::code).containsExactly("OG-WRL-007",
                "OG-WRL-014");
        ExternalCatalog.Profile leader = nice.profile("OG-WRL-007").orElseThrow();
        assertThat(leader.title()).isEqualTo("Leading security");
        assertThat(leader.responsibilities()).containsExactly("T1001", "T1002");
        assertThat(leader.requirements()).containsExactly("K0001", "S0001");
        assertThat(nice.responsibilitiesOf("OG-WRL-014")).extracting(ExternalCatalog.Responsibility::code)
                .containsExactly("T1002");
        assertThat(nice.requirementsOf("OG-WRL-007")).extracting(ExternalCatalog.Requirement::kind)
                .containsExactly(ExternalKind.KNOWLEDGE, ExternalKind.SKILL);
        assertThat(nice.requirement("NF-COM-001")).isEmpty();
        assertThat(nice.toString()).isEqualTo("ExternalCatalog[nist-nice, 2 profiles, 2 responsibilities, 2 requirements]");
    }

    @Test
    void importedTasksHaveNoLevelOrTopicUntilClassified() {
        ExternalCatalog.Responsibility task = read(SMALL).responsibility("T1001").orElseThrow();
        assertThat(task.level()).isEmpty();
        assertThat(task.topic()).isEmpty();
        assertThat(task.isClassified()).isFalse();
        ExternalCatalog.Responsibility classified = task.classified(Level.STRATEGIC, Topic.POLICY);
        assertThat(classified.isClassified()).isTrue();
        assertThat(classified.level()).contains(Level.STRATEGIC);
        assertThat(classified).isNotEqualTo(task);
    }

    @Test
    void importedItemsAreWellFormedCodesOfTheBundledNiceFramework() {
        ExternalCatalog nice = read(SMALL);
        for (ExternalCatalog.Profile p : nice.profiles()) {
            ExternalItem item = p.item(nice.framework());
            assertThat(Crosswalks.nice().framework().isWellFormed(item.kind(), item.code())).isTrue();
        }
        assertThat(Crosswalks.nice().ourItems(nice.profiles().get(0).code())).isNotEmpty();
    }

    @Test
    void readsNistsWrappedDownloadShapeToTheSameCatalog() {
        String wrapped = "{\"response\": {\"requestType\": 3, \"elements\": " + SMALL + ", \"more\": [1, {}]}}";
        assertThat(read(wrapped)).isEqualTo(read(SMALL)).hasSameHashCodeAs(read(SMALL));
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nice-components.json");
        Files.writeString(file, "{\"documents\":[],\"relationship_types\":[],\"elements\":[],\"relationships\":[]}");
        assertThat(NiceImport.read(file).profiles()).isEmpty();
        Files.writeString(file, "{");
        assertThatThrownBy(() -> NiceImport.read(file)).isInstanceOfSatisfying(CompassImportException.class,
                e -> assertThat(e.problems().get(0).source()).isEqualTo("nice-components.json"));
    }

    @Test
    void malformedJsonIsLocatedByLineAndCharacter() {
        List<Problem> problems = problems("{\n  \"elements\": [\n    {\"element_type\": }\n  ]\n}");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).code()).isEqualTo("json-malformed");
        assertThat(problems.get(0).location()).isInstanceOfSatisfying(Location.TextPosition.class,
                at -> assertThat(at.line()).isEqualTo(3));
        assertThat(problems("[]").get(0)).extracting(Problem::code, Problem::location)
                .containsExactly("json-type", pointer(""));
        assertThat(problems(SMALL + " {}").get(0).code()).isEqualTo("json-malformed");
        assertThat(problems("{\"elements\": [], \"elements\": []}").get(0).code()).isEqualTo("json-duplicate-key");
    }

    @Test
    void missingArraysAndWrongTypesAreAllReportedWithTheirPointers() {
        List<Problem> problems = problems("{\"elements\": [{\"element_type\": 7, \"element_identifier\": \"T 1\","
                + " \"title\": \"\"}, 5], \"relationships\": {}}");
        assertThat(problems).extracting(Problem::code, Problem::location).containsExactly(
                Tuple.tuple("json-type", pointer("/elements/0/element_type")),
                Tuple.tuple("json-missing-property", pointer("/elements/0")),
                Tuple.tuple("value-invalid", pointer("/elements/0/element_identifier")),
                Tuple.tuple("json-type", pointer("/elements/1")),
                Tuple.tuple("json-type", pointer("/relationships")),
                Tuple.tuple("json-missing-property", pointer("")),
                Tuple.tuple("json-missing-property", pointer("")));
        assertThat(problems.get(1).message().in(Language.EN)).contains("'text'");
    }

    @Test
    void aRelationshipToAnUnknownElementIsAProblemNotACrash() {
        String broken = SMALL.replace("\"dest_element_identifier\": \"T1002\", \"relationship_identifier\": \"projection\"}",
                "\"dest_element_identifier\": \"T9999\", \"relationship_identifier\": \"projection\"}");
        List<Problem> problems = problems(broken);
        assertThat(problems).extracting(Problem::code, Problem::location).containsExactly(
                Tuple.tuple("ref-unknown", pointer("/relationships/1/dest_element_identifier")),
                Tuple.tuple("ref-unknown", pointer("/relationships/4/dest_element_identifier")));
        assertThat(problems.get(0).message().in(Language.EN))
                .isEqualTo("refers to an unknown element");
    }

    @Test
    void unknownRelationshipTypesDocumentsAndRepeatedIdentifiersAreProblems() {
        String broken = SMALL.replace("\"relationship_identifier\": \"projection\"}\n  ]",
                        "\"relationship_identifier\": \"sideways\"}\n  ]")
                .replace("\"element_identifier\": \"T1002\", \"title\": \"\", \"text\": \"Report on risks to the board.\","
                        + " \"doc_identifier\": \"NICE_TEST\"", "\"element_identifier\": \"T1001\", \"title\": \"\","
                        + " \"text\": \"x\", \"doc_identifier\": \"NICE_OTHER\"");
        assertThat(problems(broken)).extracting(Problem::code, Problem::location).containsExactly(
                Tuple.tuple("value-invalid", pointer("/elements/3/element_identifier")),
                Tuple.tuple("ref-unknown", pointer("/relationships/1/dest_element_identifier")),
                Tuple.tuple("ref-unknown", pointer("/relationships/4/dest_element_identifier")),
                Tuple.tuple("ref-unknown", pointer("/relationships/5/relationship_identifier")));
    }

    @Test
    void aBlankTitleOrTextIsAProblemAtItsPlace() {
        String broken = SMALL.replace("\"title\": \"Leading security\"", "\"title\": \" \"")
                .replace("\"text\": \"Knowledge of risk methods.\"", "\"text\": \"\"");
        assertThat(problems(broken)).extracting(Problem::code, Problem::location).containsExactly(
                Tuple.tuple("value-invalid", pointer("/elements/0/title")),
                Tuple.tuple("value-invalid", pointer("/elements/4/text")));
    }

    @Test
    void theExternalCatalogChecksItsOwnConsistency() {
        ExternalCatalog.Responsibility task = new ExternalCatalog.Responsibility("T1", "t", Optional.empty(),
                Optional.empty());
        ExternalCatalog.Profile role = new ExternalCatalog.Profile("R1", "r", "", List.of("T2"), List.of());
        assertThatThrownBy(() -> ExternalCatalog.of("x", List.of(), List.of(role), List.of(task), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ExternalCatalog.profiles: profile 'R1' lists task 'T2', which the catalog does not hold");
        assertThatThrownBy(() -> ExternalCatalog.of("x", List.of(), List.of(), List.of(task, task), List.of()))
                .hasMessage("ExternalCatalog.codes: code 'T1' is used twice");
        assertThatThrownBy(() -> new ExternalCatalog.Requirement("K1", ExternalKind.TASK, "k"))
                .hasMessage("Requirement.kind: must be knowledge or skill");
        assertThatThrownBy(() -> new ExternalCatalog.Profile("R1", "r", "", List.of("T1", "T1"), List.of()))
                .hasMessage("Profile.responsibilities: must not repeat a code");
        assertThatThrownBy(() -> new ExternalCatalog.Document("D", " ", ""))
                .hasMessage("Document.name: must not be blank");
        assertThatThrownBy(() -> read(SMALL).responsibilitiesOf("nope")).isInstanceOf(UnknownIdException.class);
        assertThatNullPointerException().isThrownBy(() -> new ExternalCatalog.Responsibility("T", "t", null,
                Optional.empty())).withMessage("Responsibility.level");
        assertThatNullPointerException().isThrownBy(() -> NiceImport.read(null, "x")).withMessage("in");
        ExternalCatalog a = ExternalCatalog.of("x", List.of(), List.of(), List.of(task), List.of());
        assertThat(a).isEqualTo(ExternalCatalog.of("x", List.of(), List.of(), List.of(task), List.of()))
                .isNotEqualTo(ExternalCatalog.of("y", List.of(), List.of(), List.of(task), List.of()));
    }
}
