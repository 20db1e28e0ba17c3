package nl.competentiekompas.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The plain {@code validate} taken without the whole tool's model behaves as the whole tool does. */
class QuickValidateTests {

    @TempDir
    Path folder;

    String csv;
    String json;
    String bad;
    String text;

    @BeforeEach
    void writeFiles() throws IOException {
        SampleFiles files = SampleFiles.writeTo(folder);
        csv = files.assessmentsCsv().toString();
        json = files.municipality().toString();
        Path broken = folder.resolve("broken.csv");
        Files.writeString(broken, "persoon;profiel;beoordelaar;perspectief;datum;competentie;score\n"
                + "p-1;ciso-healthcare;p-1;self;2026-13-01;risk-management;9\n", StandardCharsets.UTF_8);
        bad = broken.toString();
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "hello", StandardCharsets.UTF_8);
        text = notes.toString();
    }

    private static CliRun quick(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt code = QuickValidate.run(new PrintWriter(out), new PrintWriter(err), args);
        return code.isPresent() ? new CliRun(code.getAsInt(), out.toString(), err.toString()) : null;
    }

    private static CliRun parsed(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Compass.executeParsed(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void plainCommandLinesTakeTheQuickPathAndPrintWhatTheWholeToolPrints() {
        List<String[]> lines = List.of(
                new String[] {"validate", csv},
                new String[] {"validate", "--quiet", csv, json},
                new String[] {"validate", "-q", "--lang", "nl", bad},
                new String[] {"validate", "--lang=en", bad, csv},
                new String[] {"validate", "--debug", text},
                new String[] {"validate", folder.resolve("missing.csv").toString()},
                new String[] {"validate", csv, "--lang", "NL", bad, "--quiet"});
        for (String[] args : lines) {
            CliRun quick = quick(args);
            assertThat(quick).as(String.join(" ", args)).isNotNull();
            assertThat(quick).as(String.join(" ", args)).isEqualTo(parsed(args));
        }
    }

    @Test
    void everythingElseIsLeftToTheWholeTool() {
        List<String[]> lines = List.of(
                new String[] {"validate"},
                new String[] {"validate", "--help"},
                new String[] {"validate", "-h", csv},
                new String[] {"validate", "-qh", csv},
                new String[] {"validate", "-V"},
                new String[] {"validate", "--version", csv},
                new String[] {"validate", "--lang", "fr", csv},
                new String[] {"validate", "--lang", "nl", "--lang", "en", csv},
                new String[] {"validate", "--lang"},
                new String[] {"validate", "--format", "json", csv},
                new String[] {"validate", "-x", csv},
                new String[] {"validate", "--", csv},
                new String[] {"validate", "-q", "--quiet", csv},
                new String[] {"validate", "--debug", csv, "--debug"},
                new String[] {"validate", "--lang=", csv},
                new String[] {"validate", "--lang", "@nl", csv},
                new String[] {"validate", "@" + csv},
                new String[] {"validate", "-", csv},
                new String[] {"validate", "", csv},
                new String[] {"--debug", "validate", csv},
                new String[] {"check", csv},
                new String[] {});
        for (String[] args : lines) {
            assertThat(quick(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void theToolGivesTheSameResultWhicheverPathItTakes() {
        List<String[]> lines = List.of(
                new String[] {"validate", csv},
                new String[] {"validate", "--lang", "nl", bad},
                new String[] {"validate", "-h", csv},
                new String[] {"validate", "--lang", "fr", csv},
                new String[] {"validate", "-x", csv},
                new String[] {"validate", "-q", "-q", csv},
                new String[] {"validate", "--", csv});
        for (String[] args : lines) {
            assertThat(CliRun.of(args)).as(String.join(" ", args)).isEqualTo(parsed(args));
        }
    }

    @Test
    void theQuickOptionsAreOptionsOfTheValidateCommand() {
        CommandSpec whole = new CommandLine(new Compass()).getSubcommands().get(QuickValidate.COMMAND)
                .getCommandSpec();

        for (String flag : QuickValidate.FLAGS) {
            OptionSpec option = whole.findOption(flag);
            assertThat(option).as(flag).isNotNull();
            assertThat(option.type()).as(flag).isEqualTo(boolean.class);
            assertThat(option.arity().max()).as(flag).isZero();
            assertThat(option.usageHelp() || option.versionHelp()).as(flag).isFalse();
        }
        assertThat(whole.findOption("-q").names()).containsExactlyInAnyOrder("-q", "--quiet");
        OptionSpec lang = whole.findOption(QuickValidate.LANG);
        assertThat(lang.names()).containsExactly(QuickValidate.LANG);
        assertThat(lang.type()).isEqualTo(nl.competentiekompas.core.catalog.Language.class);
        assertThat(lang.arity().min()).isEqualTo(1);
        assertThat(lang.arity().max()).isEqualTo(1);
        assertThat(whole.subcommands()).isEmpty();
        assertThat(whole.positionalParameters()).singleElement().satisfies(files -> {
            assertThat(files.arity().min()).isEqualTo(1);
            assertThat(files.auxiliaryTypes()).containsExactly(Path.class);
        });
    }
}
