package nl.competentiekompas.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's two quick-start commands true: the test command is the one {@code .ci/run} executes;
 * the main job is the command {@link DemoTests} runs.
 */
class ReadmeTests {

    private static final Path ROOT = Path.of(System.getProperty("compass.root", "..")).toAbsolutePath().normalize();

    static List<String> quickStartCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String quickStart = readme.substring(readme.indexOf("## Quick start"), readme.indexOf("## Modules"));
        List<String> commands = new ArrayList<>();
        String[] blocks = quickStart.split("```");
        for (int i = 1; i < blocks.length; i += 2) {
            String block = blocks[i];
            commands.add(block.substring(block.indexOf('\n') + 1).strip());
        }
        return commands;
    }

    @Test
    void theReadmeShowsExactlyTwoCommands() throws IOException {
        assertThat(quickStartCommands()).hasSize(2);
    }

    @Test
    void ciRunsTheTestCommandOfTheReadme() throws IOException {
        String testCommand = quickStartCommands().get(0);
        List<String> ciLines = Files.readAllLines(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> l.startsWith("mvn")).toList();
        assertThat(ciLines).containsExactly(testCommand);
    }
}
