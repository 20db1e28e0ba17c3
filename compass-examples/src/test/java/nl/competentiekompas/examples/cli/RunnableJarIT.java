package nl.competentiekompas.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar in a fresh JVM, as the launcher script starts it: everything the tool needs is inside, and it
 * prints results only.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("compass.jar", "target/compass.jar"));

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path folder, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarRunsTheDemoAndPrintsOnlyTheSummary(@TempDir Path folder) throws Exception {
        Result result = run(folder, "demo");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("files written to compass-demo", "findings in all");
        assertThat(folder.resolve("compass-demo/reports/nl/board-ziekenhuis-rivierland.pdf")).isRegularFile();
        assertThat(folder.resolve("compass-demo/reports/en/development-rl-0201.html")).isRegularFile();
    }

    @Test
    void badInputEndsWithExitCodeTwoAndOneLine(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("org.json"), "{\"format\": \"competentiekompas/organisation\"");

        Result result = run(folder, "check", "org.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString().startsWith("compass: org.json");
    }

    @Test
    void aFailingRowIsReportedWithoutTheValidatorsLogLines(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("scores.csv"), "persoon;profiel;beoordelaar;perspectief;datum;competentie;"
                + "score;reflectie;actie\np-1;ciso-healthcare;p-1;zelf;2026-01-01;risk-management;9;;\n");

        Result result = run(folder, "validate", "scores.csv");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out() + result.err()).doesNotContain("HV000001", "INFO");
        assertThat(result.out()).contains("scores.csv, line 2, column 7 [score-scale]");
    }
}
