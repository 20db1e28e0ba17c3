package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import nl.competentiekompas.core.CompassException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code compass validate}: every problem of every file, with its location. */
@Command(name = "validate", description = {"Check input files and list every problem with its location.",
    "The kind of each file is told from its extension and its declared format (JSON) or header (CSV).",
    "Exit code 0 when every file is valid, 2 when one is not."})
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    LanguageOption lang;

    @Mixin
    ProgressOption progress;

    @Parameters(paramLabel = "<file>", arity = "1..*", description = "The files to check.")
    List<Path> files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return validate(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Checks the files, once the options are set: the command's work, whichever way its command line was parsed.
     *
     * @param out where the results go
     * @param err where the progress bar goes
     * @return the exit code
     */
    int validate(PrintWriter out, PrintWriter err) {
        Catalog catalog = Catalogs.builtIn();
        boolean allValid = true;
        try (ProgressOption.Bar bar = progress.start(err, "validate", files.size())) {
            for (Path file : files) {
                try {
                    InputKind kind = InputKind.of(file);
                    Object value = kind.read(file, catalog);
                    String count = value instanceof Collection<?> c ? " (" + c.size() + ")" : "";
                    out.println(file + ": valid " + kind.label() + count);
                } catch (CompassImportException e) {
                    allValid = false;
                    for (Problem problem : e.problems()) {
                        out.println(problem.describe(lang.language));
                    }
                    if (e.truncated()) {
                        out.println(file + ": stopped after " + CompassImportException.MAX_PROBLEMS + " problems");
                    }
                } catch (CompassException e) {
                    allValid = false;
                    out.println(e.getMessage());
                }
                bar.step();
            }
        }
        out.flush();
        return allValid ? Compass.OK : Compass.BAD_INPUT;
    }
}
