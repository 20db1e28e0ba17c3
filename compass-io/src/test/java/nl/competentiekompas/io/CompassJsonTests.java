package nl.competentiekompas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompassJsonTests {

    static final Schema CATALOG_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CompassJson.schema(CompassJson.CATALOG).orElseThrow(), InputFormat.JSON);

    static Catalog read(String json) {
        return CompassJson.readCatalog(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c.json");
    }

    static CompassImportException failure(String json) {
        return catchThrowableOfType(CompassImportException.class, () -> read(json));
    }

    @Test
    void catalogRoundTripsAndWritesCanonically() {
        Catalog catalog = Samples.catalog();
        String json = CompassJson.toJson(catalog);
        assertThat(read(json)).isEqualTo(catalog);
        assertThat(CompassJson.toJson(read(json))).isEqualTo(json);
        assertThat(CompassJson.toJson(catalog)).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"format\": \"competentiekompas/catalog\",\n  \"version\": 1,\n")
                .endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void theBundledCatalogRoundTripsAndMatchesTheSchema() {
        Catalog builtIn = nl.competentiekompas.core.catalog.Catalogs.builtIn();
        String json = CompassJson.toJson(builtIn);
        assertThat(read(json)).isEqualTo(builtIn);
        assertThat(CompassJson.toJson(read(json))).isEqualTo(json);
        assertThat(CATALOG_SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    }

    @Test
    void writtenCatalogsMatchTheSchema() {
        assertThat(CATALOG_SCHEMA.validate(CompassJson.toJson(Samples.catalog()), InputFormat.JSON)).isEmpty();
        assertThat(CATALOG_SCHEMA.validate(CompassJson.toJson(Samples.catalog(i -> "x" + i, 1, 0)),
                InputFormat.JSON)).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() {
        String json = CompassJson.toJson(Samples.catalog()).replace("\"year\": 2024", "\"year\": 2024.5");
        assertThat(CATALOG_SCHEMA.validate(json, InputFormat.JSON)).isNotEmpty();
        assertThat(failure(json).problems()).extracting(Problem::code, Problem::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("json-type",
                        new Location.JsonPointer("/documents/0/year")));
    }

    @Test
    void unknownFormatOrVersionIsOneClearProblem() {
        String json = CompassJson.toJson(Samples.catalog());
        CompassImportException version = failure(json.replace("\"version\": 1,", "\"version\": 2,"));
        assertThat(version.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("json-version");
            assertThat(p.location()).isEqualTo(new Location.JsonPointer("/version"));
            assertThat(p.message().in(Language.EN)).contains("version 2").contains("version 1");
        });
        assertThat(failure(json.replace("competentiekompas/catalog", "competentiekompas/organisation")).problems())
                .extracting(Problem::code).containsExactly("json-format");
        assertThat(failure("[]").problems()).extracting(Problem::code).containsExactly("json-type");
    }

    @Test
    void strictnessProblemsAreCollectedWithPointers() {
        String json = CompassJson.toJson(Samples.catalog())
                .replace("\"publisher\": \"ECP\",", "\"publisher\": \"ECP\", \"secretPlantedKey\": 1,")
                .replace("\"developmentGoalSlots\": 5", "\"developmentGoalSlots\": 5.0")
                .replace("\"startHere\": true", "\"startHere\": \"yes\"")
                .replace("\"kind\": \"ciso\"", "\"kind\": \"cso\"");
        CompassImportException e = failure(json);
        assertThat(e.problems()).extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("json-unknown-property /documents/0",
                        "json-type /profiles/0/kind",
                        "json-type /profiles/0/competencyTargets/0/startHere",
                        "json-type /profiles/0/reflectionForm/developmentGoalSlots",
                        "json-type /profiles/1/competencyTargets/0/startHere",
                        "json-type /profiles/1/reflectionForm/developmentGoalSlots");
        assertThat(e.describe(Language.NL) + e.describe(Language.EN) + e.getMessage())
                .doesNotContain("secretPlantedKey").doesNotContain("cso");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void syntaxProblemsAreLocatedByLineAndColumn() {
        String json = CompassJson.toJson(Samples.catalog());
        assertThat(failure(json + " {}").problems()).singleElement()
                .extracting(Problem::code).isEqualTo("json-malformed");
        CompassImportException duplicate = failure(json.replace("\"catalogVersion\": \"2026.1\",",
                "\"catalogVersion\": \"2026.1\", \"catalogVersion\": \"MARKER-1\","));
        assertThat(duplicate.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("json-duplicate-key");
            assertThat(p.location()).isInstanceOfSatisfying(Location.TextPosition.class,
                    at -> assertThat(at.line()).isEqualTo(5));
        });
        assertThat(duplicate.getMessage()).doesNotContain("MARKER-1").doesNotContain("catalogVersion");
        assertThat(failure("{\"format\": 'x'}").problems()).extracting(Problem::code).containsExactly("json-malformed");
    }

    @Test
    void limitsStopHostileDocumentsEarly() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(failure(deep).problems()).extracting(Problem::code).containsExactly("json-too-large");
        String huge = "{\"format\": \"" + "x".repeat(StrictJson() + 1) + "\"}";
        assertThat(failure(huge).problems()).extracting(Problem::code).containsExactly("json-too-large");
    }

    private static int StrictJson() {
        return nl.competentiekompas.io.internal.StrictJson.MAX_STRING;
    }

    @Test
    void brokenInvariantsNameTypeAndPropertyOnly() {
        String json = CompassJson.toJson(Samples.catalog()).replace("\"id\": \"advisory-skills\"",
                "\"id\": \"risk-management\"");
        CompassImportException e = failure(json);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("value-invalid");
            assertThat(p.message().in(Language.EN)).contains("Catalog.competencies").doesNotContain("risk-management");
        });
    }

    @Test
    void writingToAFileIsAtomicAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalog.json");
        Catalog catalog = Samples.catalog();
        CompassJson.writeCatalog(catalog, file);
        assertThat(CompassJson.readCatalog(file)).isEqualTo(catalog);
        byte[] before = Files.readAllBytes(file);
        Catalog broken = Samples.catalog();
        assertThatThrownBy(() -> nl.competentiekompas.io.internal.AtomicFiles.write(file, out -> {
            CompassJson.writeCatalog(broken, out);
            throw new UncheckedIOException(new IOException("disk full"));
        })).isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("catalog.json"));
        }
    }

    @Test
    void aWrittenFileGetsTheUsualPermissionsOrKeepsThoseOfTheFileItReplaces(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("catalog.json");

        CompassJson.writeCatalog(Samples.catalog(), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
        java.util.Set<java.nio.file.attribute.PosixFilePermission> readOnlyForOthers =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, readOnlyForOthers);
        CompassJson.writeCatalog(Samples.catalog(), file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(readOnlyForOthers);
    }
}
