package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import nl.competentiekompas.core.CompassException;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code compass} command-line tool.
 *
 * <p>Exit codes: 0 when all went well (and, for {@code check}, no finding is an ERROR), 1 when {@code check}
 * found an ERROR, 2 for bad input or usage, 3 for an unexpected internal failure.
 */
@Command(name = "compass", mixinStandardHelpOptions = true, version = "compass 0.1.0", scope = CommandLine.ScopeType.INHERIT,
        description = "Competentiekompas: the competency compass for information-security leadership.",
        subcommands = {CatalogCommand.class, CheckCommand.class, ProposeCommand.class, AssessCommand.class,
            FitCommand.class, ReportCommand.class, ValidateCommand.class, PersonCommand.class, ExportCommand.class,
            ImportCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all went well; for check: no ERROR finding",
            "1:check found at least one ERROR finding",
            "2:bad input or usage",
            "3:unexpected internal failure (run again with --debug)"})
public final class Compass implements Runnable {

    /** All went well. */
    public static final int OK = 0;
    /** A check found at least one ERROR. */
    public static final int FINDINGS = 1;
    /** Bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** An unexpected internal failure. */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        LoggingDefaults.applyUnlessConfigured();
        System.exit(execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /**
     * The PDF renderer and PDFBox log their own progress and font fallbacks; a command-line tool prints its
     * results and its errors only. Called by the commands that render reports, just before they do: the
     * logging system and the renderer are not worth starting for the other commands.
     */
    static void quietLibraries() {
        QuietLogger.quiet();
    }

    /** Holds the PDFBox logger, created on first use, so that its level is not lost to garbage collection. */
    private static final class QuietLogger {
        private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

        static void quiet() {
            com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
            PDFBOX.setLevel(java.util.logging.Level.SEVERE);
        }
    }

    /**
     * Runs the tool in this JVM, writing to the given streams.
     *
     * @param out where results go
     * @param err where errors go
     * @param args the command line
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        OptionalInt quick = QuickValidate.run(out, err, args);
        int code = quick.isPresent() ? quick.getAsInt() : executeParsed(out, err, args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Runs the tool with the model of every command built from its annotations: the path of every command line
     * but the plain {@code validate} that {@link QuickValidate} takes.
     *
     * @param out where results go
     * @param err where errors go
     * @param args the command line
     * @return the exit code
     */
    static int executeParsed(PrintWriter out, PrintWriter err, String... args) {
        Compass root = new Compass();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CompassException ? BAD_INPUT : INTERNAL);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("compass: " + e.getMessage());
            err.println("Try 'compass --help' for more information.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, root.debug, err));
        return cli.execute(args);
    }

    /**
     * Reports a command's failure on standard error.
     *
     * @param e what the command threw
     * @param debug whether {@code --debug} was given: then the stack trace is printed too
     * @param err where errors go
     * @return the exit code
     */
    static int failed(Exception e, boolean debug, PrintWriter err) {
        if (debug) {
            e.printStackTrace(err);
        }
        if (e instanceof CompassImportException importProblems) {
            List<Problem> problems = importProblems.problems();
            err.println("compass: " + problems.get(0).describe(Language.EN)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems; "
                            + "'compass validate' lists them all)" : ""));
            return BAD_INPUT;
        }
        if (e instanceof CompassException) {
            err.println("compass: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof java.io.UncheckedIOException io) {
            err.println("compass: cannot read or write " + io.getCause().getMessage());
            return BAD_INPUT;
        }
        err.println("compass: internal error: " + e.getClass().getSimpleName()
                + (debug ? "" : " (run again with --debug for details)"));
        return INTERNAL;
    }
}
