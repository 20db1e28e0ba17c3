package nl.competentiekompas.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.examples.demo.SampleData;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CompassJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand in-process, on the sample data and on broken input, with its exit code. */
class CommandsTests {

    @TempDir
    Path folder;

    SampleFiles files;

    @BeforeEach
    void writeSamples() {
        files = SampleFiles.writeTo(folder);
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Nested
    class Check {
        @Test
        void anAllocationWithTwoAccountablesFailsWithExitCodeOne() {
            CliRun run = CliRun.of("check", files.municipality().toString(), "--allocation",
                    files.municipalAllocation().toString(), "--as-of", "2026-11-22");

            assertThat(run.exitCode()).isEqualTo(Compass.FINDINGS);
            assertThat(run.out()).contains("ERROR raci-one-accountable", "WARNING ciso-doing-iso-work",
                    "WARNING iso-line-to-ciso", "Sources: NIST CSF 2.0 GV.RR-02");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void withoutAnAllocationTheProposalIsCheckedAndOnlyStructureRemains() {
            CliRun run = CliRun.of("check", files.municipality().toString(), "--as-of", "2026-11-22", "--lang", "nl");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("gemeente-zeestad: 1 bevindingen", "iso-line-to-ciso")
                    .doesNotContain("ERROR ");
        }

        @Test
        void theHospitalCisoUnderItIsAnError() {
            CliRun run = CliRun.of("check", files.hospital().toString(), "--as-of", "2026-11-22");

            assertThat(run.exitCode()).isEqualTo(Compass.FINDINGS);
            assertThat(run.out()).contains("ERROR ciso-independent");
        }

        @Test
        void jsonOutputIsAnEvaluationDocumentThatReadsBack() {
            CliRun run = CliRun.of("check", files.hospital().toString(), "--as-of", "2026-11-22", "--format", "json");

            assertThat(run.out()).contains("\"format\": \"competentiekompas/evaluation\"");
            assertThat(CompassJson.readEvaluation(new java.io.ByteArrayInputStream(
                    run.out().getBytes(StandardCharsets.UTF_8)), "stdout", Catalogs.builtIn()).hasErrors()).isTrue();
        }

        @Test
        void brokenJsonIsBadInputWithOneLocatedLineAndNoPersonalData() throws IOException {
            Path broken = write("broken.json", "{\"format\": \"competentiekompas/organisation\", \"version\": 1, "
                    + "\"id\": \"x\", \"sector\": \"municipality\", \"secret-marker-4711\": 1}");

            CliRun run = CliRun.of("check", broken.toString());

            assertThat(run.exitCode()).isEqualTo(Compass.BAD_INPUT);
            assertThat(run.err()).startsWith("compass: " + broken).contains("/").doesNotContain("\tat ");
            assertThat(run.err().lines().count()).isEqualTo(1);
        }

        @Test
        void aMissingFileIsBadInput() {
            CliRun run = CliRun.of("check", folder.resolve("nope.json").toString());

            assertThat(run.exitCode()).isEqualTo(Compass.BAD_INPUT);
            assertThat(run.err()).contains("no such file");
        }
    }

    @Nested
    class Propose {
        @Test
        void writesTheAllocatorsProposalAsJsonAndAsARaciMatrix() {
            Path json = folder.resolve("out").resolve("allocation.json");
            Path csv = folder.resolve("allocation.csv");
            SampleData data = new SampleData();
            Allocation expected = Allocator.propose(data.municipality(), data.catalog());

            CliRun toJson = CliRun.of("propose", files.municipality().toString(), "-o", json.toString());
            CliRun toCsv = CliRun.of("propose", files.municipality().toString(), "-o", csv.toString());

            assertThat(toJson.exitCode()).isZero();
            assertThat(toCsv.exitCode()).isZero();
            Allocation fromJson = Inputs.read(json, (in, s) -> CompassJson.readAllocation(in, s, data.catalog()));
            Allocation fromCsv = Inputs.read(csv, (in, s) -> CompassCsv.readAllocation(in, s, data.catalog()));
            assertThat(fromJson).isEqualTo(expected);
            assertThat(fromCsv.keys()).isEqualTo(expected.keys());
        }
    }

    @Nested
    class Assess {
        @Test
        void showsSelfNextToOthersGapsAndAPlanWithStartHereFirstInASideJob() {
            CliRun run = CliRun.of("assess", files.assessmentsCsv().toString(), "--profile", "ciso-healthcare",
                    "--side-job");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("rl-0201", "blind spot", "(start here)", "Proposed development plan");
            String gaps = run.out().substring(run.out().indexOf("Gaps against"));
            assertThat(gaps.indexOf("Motivating")).isLessThan(gaps.indexOf("Strategic insight"));
        }

        @Test
        void tooFewPeersAreNeverShown() {
            CliRun run = CliRun.of("assess", files.assessmentsJson().toString(), "--profile", "ciso-municipality");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("zs-0101", "<3: too few peer ratings to show");
        }
    }

    @Nested
    class Fit {
        @Test
        void ranksCismAboveCisspAboveExpired() {
            CliRun run = CliRun.of("fit", files.candidates().toString(), "--profile", "ciso-healthcare", "--as-of",
                    "2026-11-22");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).containsSubsequence("1. kandidaat-01", "2. kandidaat-02", "3. kandidaat-03",
                    "expired: cism");
        }
    }

    @Nested
    class Validate {
        @Test
        void validFilesAreNamedWithTheirKind() {
            CliRun run = CliRun.of("validate", "--quiet", files.municipality().toString(),
                    files.assessmentsCsv().toString(), files.candidates().toString());

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("valid organisation", "valid assessments (13)", "valid candidates (3)");
        }

        @Test
        void everyProblemIsListedWithItsLocationAndNoValue() throws IOException {
            Path bad = write("bad.csv", "persoon;profiel;beoordelaar;perspectief;datum;competentie;score\n"
                    + "p-1;ciso-healthcare;p-1;zelf;2026-13-01;risk-management;9\n"
                    + "geheim-4711 x;ciso-healthcare;p-1;zelf;2026-01-01;risk-management;3\n");

            CliRun run = CliRun.of("validate", bad.toString());

            assertThat(run.exitCode()).isEqualTo(Compass.BAD_INPUT);
            assertThat(run.out().lines().filter(l -> l.startsWith(bad.toString())).count()).isGreaterThanOrEqualTo(3);
            assertThat(run.out()).contains("line 2", "line 3").doesNotContain("geheim-4711");
        }

        @Test
        void aMissingFileAndAFolderAreNamedAsSuch() throws IOException {
            Path folderNamedCsv = Files.createDirectory(folder.resolve("folder.csv"));
            Path missing = folder.resolve("missing.csv");

            CliRun run = CliRun.of("validate", folderNamedCsv.toString(), missing.toString());

            assertThat(run.exitCode()).isEqualTo(Compass.BAD_INPUT);
            assertThat(run.out().lines()).containsExactly(folderNamedCsv + ": cannot be read",
                    missing + ": no such file");
        }

        @Test
        void aFileOfNoKnownKindIsNamed() throws IOException {
            Path text = write("notes.txt", "hello");

            CliRun run = CliRun.of("validate", text.toString());

            assertThat(run.exitCode()).isEqualTo(Compass.BAD_INPUT);
            assertThat(run.out()).contains("expected a .json or .csv file");
        }
    }

    @Nested
    class Person {
        @Test
        void exportListsWhatIsHeldAboutThePerson() {
            CliRun run = CliRun.of("person", "export", SampleData.HOSPITAL_CISO.value(), files.hospital().toString(),
                    files.assessmentsCsv().toString());

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("\"competentiekompas/subject-access\"", "rl-0201");
        }

        @Test
        void eraseWritesCopiesThatNoLongerMentionThePerson() throws IOException {
            Path out = folder.resolve("erased");

            CliRun run = CliRun.of("person", "erase", SampleData.HOSPITAL_CISO.value(), files.hospital().toString(),
                    files.assessmentsCsv().toString(), "-o", out.toString());

            assertThat(run.exitCode()).isZero();
            assertThat(Files.readString(out.resolve("rivierland.json"))).doesNotContain("rl-0201");
            assertThat(Files.readString(out.resolve("beoordelingen.csv"))).doesNotContain("rl-0201")
                    .contains("zs-0101");
            assertThat(Files.readString(files.hospital())).contains("rl-0201");
        }

        @Test
        void eraseRefusesToWriteOverTheInputs() {
            CliRun run = CliRun.of("person", "erase", "rl-0201", files.hospital().toString(), "-o", folder.toString());

            assertThat(run.exitCode()).isEqualTo(Compass.BAD_INPUT);
            assertThat(run.err()).contains("must not be the folder of the inputs");
        }
    }

    @Nested
    class Interop {
        @Test
        void exportsACasePackageThatIsTheSameBytesForTheSameDate() throws IOException {
            Path first = folder.resolve("case-1.json");
            Path second = folder.resolve("case-2.json");

            CliRun run = CliRun.of("export", "--format", "case", "catalog", "-o", first.toString(), "--date", "2026-11-01");
            CliRun again = CliRun.of("export", "--format", "case", "catalog", "-o", second.toString(), "--date",
                    "2026-11-01");

            assertThat(run.exitCode()).isZero();
            assertThat(again.exitCode()).isZero();
            assertThat(Files.readString(first)).contains("\"CFDocument\"", "\"CFAssociations\"", "isRelatedTo", "isPartOf");
            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        }

        @Test
        void exportsAProfileAsAMoodleFrameworkButNotTheWholeCatalog() throws IOException {
            Path moodle = folder.resolve("moodle.csv");

            CliRun run = CliRun.of("export", "--format", "moodle", "iso", "-o", moodle.toString(), "--lang", "nl");
            CliRun whole = CliRun.of("export", "--format", "moodle", "catalog", "-o", moodle.toString());

            assertThat(run.exitCode()).isZero();
            assertThat(Files.readAllLines(moodle).get(0)).startsWith("Parent ID number,ID number,Short name");
            assertThat(whole.exitCode()).isEqualTo(Compass.BAD_INPUT);
            assertThat(whole.err()).contains("one profile");
        }

        @Test
        void importsANiceFileAndSummarisesIt() throws IOException {
            Path nice = write("nice.json", """
                    {"documents": [{"doc_identifier": "NICE", "name": "NICE Framework", "version": "1.0.0"}],
                     "elements": [
                       {"element_type": "work_role", "element_identifier": "OG-WRL-007", "title": "Leading", "text": "Leads."},
                       {"element_type": "task", "element_identifier": "T0001", "title": "", "text": "Acquire resources."}],
                     "relationship_types": [{"relationship_identifier": "contains", "description": "contains"}],
                     "relationships": [{"source_element_identifier": "OG-WRL-007", "dest_element_identifier": "T0001",
                                        "relationship_identifier": "contains"}]}
                    """);

            CliRun run = CliRun.of("import", "nice", nice.toString());
            CliRun broken = CliRun.of("import", "nice", write("broken.json", "{\"documents\": [").toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("1 work roles", "OG-WRL-007");
            assertThat(broken.exitCode()).isEqualTo(Compass.BAD_INPUT);
            assertThat(broken.err()).contains("broken.json", "line 1");
        }

        @Test
        void showsTheCrosswalkOfAProfile() {
            CliRun run = CliRun.of("catalog", "show", "ciso-healthcare", "--crosswalk");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Counterparts in European Cybersecurity Skills Framework", "E.3",
                    "OG-WRL-007", "no counterpart");
        }
    }
}
