package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.competentiekompas.core.catalog.Language;

/**
 * {@code compass validate <file>…} without picocli. Picocli builds the model of every command from its
 * annotations by reflection, and even a model built in code loads some 150 of its classes: either costs a fresh
 * JVM more than validating a large file.
 *
 * <p>This path takes only a plain command line, one that means the same to picocli with the tool's model: after
 * {@code validate}, files that start with neither {@code -} nor {@code @} (picocli reads {@code @file} as a file
 * of arguments), {@code -q} or {@code --quiet}, {@code --debug}, and {@code --lang} with {@code nl} or {@code en}
 * (as {@link LanguageOption} reads them), each option at most once. Anything else (help, version, a mistake in
 * the command line, picocli's own settings as system properties) is left to {@link Compass#executeParsed}, so
 * that what is printed and the exit code are the same either way.
 */
final class QuickValidate {

    /** The command this path runs. */
    static final String COMMAND = "validate";
    /** The options without a parameter it takes, as {@link ProgressOption} and {@link Compass} declare them. */
    static final List<String> FLAGS = List.of("-q", "--quiet", "--debug");
    /** The option with a parameter it takes, as {@link LanguageOption} declares it. */
    static final String LANG = "--lang";

    private QuickValidate() {
    }

    /** A plain command line, read. */
    private record Plain(List<Path> files, Language language, boolean quiet, boolean debug) {
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
        Optional<Plain> read = read(args);
        if (read.isEmpty()) {
            return OptionalInt.empty();
        }
        Plain plain = read.get();
        ValidateCommand command = new ValidateCommand();
        command.lang = new LanguageOption();
        command.lang.language = plain.language();
        command.progress = new ProgressOption();
        command.progress.quiet = plain.quiet();
        command.files = plain.files();
        try {
            return OptionalInt.of(command.validate(out, err));
        } catch (Exception e) {
            return OptionalInt.of(Compass.failed(e, plain.debug(), err));
        }
    }

    /** The command line read, or empty when it is not a plain {@code validate}. */
    private static Optional<Plain> read(String... args) {
        if (args.length < 2 || !args[0].equals(COMMAND) || picocliIsConfigured()) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        Language language = null;
        boolean quiet = false;
        boolean debug = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-q") || arg.equals("--quiet")) {
                if (quiet) {
                    return Optional.empty();
                }
                quiet = true;
            } else if (arg.equals("--debug")) {
                if (debug) {
                    return Optional.empty();
                }
                debug = true;
            } else if (arg.equals(LANG) || arg.startsWith(LANG + "=")) {
                String tag = arg.length() > LANG.length() ? arg.substring(LANG.length() + 1)
                        : i + 1 < args.length ? args[++i] : "";
                Optional<Language> found = plainWord(tag) ? Language.fromTag(tag) : Optional.empty();
                if (language != null || found.isEmpty()) {
                    return Optional.empty();
                }
                language = found.get();
            } else if (plainWord(arg)) {
                try {
                    files.add(Path.of(arg));
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        return files.isEmpty() ? Optional.empty()
                : Optional.of(new Plain(files, language == null ? Language.EN : language, quiet, debug));
    }

    /** Whether picocli reads an argument as itself: not empty, not option-like, not an argument file. */
    private static boolean plainWord(String arg) {
        return !arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
    }

    /** Picocli reads settings from system properties ({@code picocli.trace}, {@code picocli.trimQuotes}, ...). */
    private static boolean picocliIsConfigured() {
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }
}
