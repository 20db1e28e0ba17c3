package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.CompassJson;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.Problem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random and mutated inputs raise nothing but {@link CompassImportException}, every problem is located inside
 * the input, and a marker planted in the input never reaches a message. Each try checks a batch of mutants
 * from one seed, so the suite covers 100,000 inputs per run (1,000 tries of 100 mutants) cheaply.
 * The split (65,000 CSV, 35,000 JSON) follows their cost; a third of the JSON mutants come from a subject-access
 * export with organisation parts, the rest from a catalog.
 */
class RobustnessProperties {

    static final int BATCH = 100;
    static final String MARKER = "Zq7MARKERxK";
    static final byte[] MARKER_BYTES = Mutations.bytesOf(MARKER);

    static final List<byte[]> CSV_SEEDS = csvSeeds();
    static final nl.competentiekompas.core.catalog.Catalog CATALOG = nl.competentiekompas.io.SamplesAccess.catalog();
    static final byte[] JSON_SEED = Mutations.bytesOf(CompassJson.toJson(
            nl.competentiekompas.io.SamplesAccess.small()));
    static final nl.competentiekompas.core.catalog.Catalog BUILT_IN =
            nl.competentiekompas.core.catalog.Catalogs.builtIn();
    static final byte[] SUBJECT_ACCESS_SEED = subjectAccessSeed();

    private static byte[] subjectAccessSeed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompassJson.writeSubjectAccess(nl.competentiekompas.io.SamplesAccess.subjectAccess(), out);
        return out.toByteArray();
    }

    private static List<byte[]> csvSeeds() {
        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        for (var pair : List.of(List.of(CsvFormat.excelNl(), excel), List.of(CsvFormat.international(), plain))) {
            try (CsvWriting w = CsvWriting.start((ByteArrayOutputStream) pair.get(1), (CsvFormat) pair.get(0),
                    CsvReadingTests.LAYOUT)) {
                w.record("p-1", "2026-01-31", "=SUM(A1)");
                w.record("p-2", "31-01-2026", "twee\r\nregels; \"quotes\", é €");
                w.record("p-3", "", "");
            }
        }
        return List.of(excel.toByteArray(), plain.toByteArray());
    }

    static final byte[] ASSESSMENT_SEED = (
            "persoon;profiel;beoordelaar;perspectief;datum;competentie;score;reflectie;actie\r\n"
            + "p-1;profile-0;p-1;zelf;2026-03-01;risk-management;3;\"Ik wil; meer\r\n\"\"sturen\"\"\";'=actie\r\n"
            + "p-1;profile-0;p-1;zelf;2026-03-01;advisory-skills;;;\r\n"
            + "p-2;profile-1;p-1;collega;01-03-2026;risk-management;2;é €;\r\n")
            .getBytes(StandardCharsets.UTF_8);

    @Property(tries = 650)
    void csvMutantsFailOnlyWithLocatedProblems(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < BATCH; i++) {
            boolean assessments = random.nextInt(5) == 0;
            byte[] valid = assessments ? ASSESSMENT_SEED : CSV_SEEDS.get(random.nextInt(CSV_SEEDS.size()));
            byte[] input = Mutations.mutate(valid, random, MARKER_BYTES);
            try {
                if (assessments) {
                    // the real file type: exercises the catalog checks and the validator's descriptions
                    try (var s = nl.competentiekompas.io.CompassCsv.readAssessments(
                            new java.io.ByteArrayInputStream(input), "fuzz.csv", CATALOG)) {
                        s.forEach(a -> { });
                    }
                } else {
                    CsvReadingTests.read(input);
                }
            } catch (CompassImportException e) {
                check(e, input);
            }
        }
    }

    @Property(tries = 350)
    void jsonMutantsFailOnlyWithLocatedProblems(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < BATCH; i++) {
            boolean access = random.nextInt(3) == 0;
            byte[] input = Mutations.mutate(access ? SUBJECT_ACCESS_SEED : JSON_SEED, random, MARKER_BYTES);
            try {
                if (access) {
                    // organisation parts included: the shapes shared with the organisation and allocation documents
                    CompassJson.readSubjectAccess(new ByteArrayInputStream(input), "fuzz.json", BUILT_IN);
                } else {
                    CompassJson.readCatalog(new ByteArrayInputStream(input), "fuzz.json");
                }
            } catch (CompassImportException e) {
                check(e, input);
            }
        }
    }

    private static void check(CompassImportException e, byte[] input) {
        // plain checks rather than AssertJ: this runs for tens of thousands of problems
        long lines = 2;
        for (byte b : input) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        if (e.problems().isEmpty() || e.problems().size() > CompassImportException.MAX_PROBLEMS
                || e.getCause() != null) {
            throw new AssertionError("bad exception shape: " + e.getMessage());
        }
        for (Problem p : e.problems()) {
            Location at = p.location();
            long line = at instanceof Location.CsvCell cell ? cell.line()
                    : at instanceof Location.TextPosition text ? text.line() : 1;
            if (line > lines || (at instanceof Location.TextPosition text && text.column() > input.length + 1L)) {
                throw new AssertionError("location outside the input: " + p);
            }
            for (Language language : Language.values()) {
                String text = p.describe(language);
                if (text.contains(MARKER) || text.contains(LATIN1_MARKER)) {
                    throw new AssertionError("marker leaked: " + text);
                }
            }
        }
        if (e.getMessage().contains(MARKER)) {
            throw new AssertionError("marker leaked into the summary");
        }
    }

    static final String LATIN1_MARKER = new String(MARKER_BYTES, StandardCharsets.ISO_8859_1);

    @Property(tries = 20)
    void markerCheckWorks(@ForAll long seed) {
        // the planted marker reaches the reader intact in some mutants: otherwise the check above proves nothing
        Random random = new Random(seed);
        int found = 0;
        for (int i = 0; i < BATCH; i++) {
            byte[] mutant = Mutations.mutate(i % 2 == 0 ? JSON_SEED : SUBJECT_ACCESS_SEED, random, MARKER_BYTES);
            found += new String(mutant, StandardCharsets.ISO_8859_1).contains(LATIN1_MARKER) ? 1 : 0;
        }
        assertThat(found).isPositive();
    }
}
