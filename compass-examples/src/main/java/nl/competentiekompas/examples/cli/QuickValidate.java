package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import nl.competentiekompas.core.catalog.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code compass validate <file>…} without the model of the whole tool. Picocli builds the model of every command
 * from its annotations by reflection, which costs a fresh JVM more than validating a large file; this path
 * builds only the options of {@code validate}, in code.
 *
 * <p>It takes a command line only when that parses with the options below, which {@link ValidateCommand} and
 * {@link Compass} declare as well: files, {@code --lang}, {@code -q}/{@code --quiet} and {@code --debug}.
 * Anything else (help, version, a mistake in the command line) is left to {@link Compass#executeParsed}, so that
 * what is printed and the exit code are the same either way.
 */
final class QuickValidate {

    private QuickValidate() {
    }

    /**
     * Runs a plain {@code validate}.
     *
     * @param out where results go
     * @param err where errors and the progress bar go
     * @param args the whole command line
     * @return the exit code, or empty when the command line is not a plain {@code validate}
     */
    static OptionalInt run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length < 2 || !args[0].equals("validate")) {
            return OptionalInt.empty();
        }
        ParseResult parsed;
        try {
            parsed = new CommandLine(spec()).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        } catch (CommandLine.ParameterException e) {
            return OptionalInt.empty();
        }
        ValidateCommand command = new ValidateCommand();
        command.lang = new LanguageOption();
        command.lang.language = parsed.matchedOptionValue("--lang", Language.EN);
        command.progress = new ProgressOption();
        command.progress.quiet = parsed.matchedOptionValue("--quiet", false);
        command.files = parsed.matchedPositionalValue(0, List.<Path>of());
        try {
            return OptionalInt.of(command.validate(out, err));
        } catch (Exception e) {
            return OptionalInt.of(Compass.failed(e, parsed.matchedOptionValue("--debug", false), err));
        }
    }

    /** The options of {@code validate} and the inherited {@code --debug}, with the same names, types and arity. */
    static CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("validate");
        spec.addOption(OptionSpec.builder("--lang").type(Language.class)
                .converters(new LanguageOption.LanguageConverter()).build());
        spec.addOption(OptionSpec.builder("-q", "--quiet").type(boolean.class).build());
        spec.addOption(OptionSpec.builder("--debug").type(boolean.class).build());
        spec.addPositional(PositionalParamSpec.builder().arity("1..*").type(List.class).auxiliaryTypes(Path.class)
                .build());
        return spec;
    }
}
