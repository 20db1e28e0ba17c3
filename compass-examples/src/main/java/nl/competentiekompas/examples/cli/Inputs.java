package nl.competentiekompas.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.competentiekompas.core.CompassException;

/** Reading the files the commands are given: what kind a file is, and opening it with a clear error. */
final class Inputs {

    private Inputs() {
    }

    /** Thrown for a file that cannot be read at all; the message names the file only. */
    static final class UnreadableFileException extends CompassException {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String message) {
            super(message);
        }
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * The {@code format} a JSON document declares, found without parsing it (the strict reader parses it).
     *
     * @param file the file
     * @return the format, such as {@code competentiekompas/organisation}, or empty when none is declared
     */
    static String declaredFormat(Path file) {
        Matcher m = DeclaredFormat.PATTERN.matcher(new String(head(file), StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : "";
    }

    /** The pattern in a holder, compiled when a JSON file is met rather than on every start. */
    private static final class DeclaredFormat {
        static final Pattern PATTERN = Pattern.compile("\"format\"\\s*:\\s*\"(competentiekompas/[a-z-]+)\"");
    }

    /**
     * The header line of a CSV file, lower-cased, for telling the file kinds apart.
     *
     * @param file the file
     * @return the header
     */
    static String csvHeader(Path file) {
        String text = new String(head(file), StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    /** The first 4 KiB of a file, enough to tell its kind. */
    private static byte[] head(Path file) {
        try (InputStream in = open(file)) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw unreadable(file);
        }
    }

    // A FileInputStream rather than Files.newInputStream: the latter loads some thirty classes of file
    // channels that are not in the JDK's class-data archive, on every start of the tool.
    static InputStream open(Path file) {
        try {
            return new java.io.FileInputStream(file.toFile());
        } catch (java.io.FileNotFoundException e) {
            throw Files.notExists(file) ? new UnreadableFileException(file + ": no such file") : unreadable(file);
        }
    }

    /**
     * Reads a file with a reader of compass-io, naming the file as the source of every problem.
     *
     * @param <T> what is read
     * @param file the file
     * @param reader the reader: input stream and source name to a value
     * @return the value
     */
    static <T> T read(Path file, BiFunction<InputStream, String, T> reader) {
        try (InputStream in = open(file)) {
            return reader.apply(in, file.toString());
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file);
        }
    }

    static <T> List<T> readList(Path file, BiFunction<InputStream, String, java.util.stream.Stream<T>> reader) {
        return read(file, (in, source) -> {
            try (java.util.stream.Stream<T> stream = reader.apply(in, source)) {
                return stream.toList();
            }
        });
    }

    private static UnreadableFileException unreadable(Path file) {
        return new UnreadableFileException(file + ": cannot be read");
    }

    /**
     * Makes the folder an output file goes into, so {@code -o out/report.html} works on a fresh checkout.
     *
     * @param file the output file
     * @return the file
     */
    static Path outputFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UnreadableFileException(parent + ": cannot create the folder");
            }
        }
        return file;
    }
}
