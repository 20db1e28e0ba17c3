package nl.competentiekompas.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The tool's configuration of {@code java.util.logging}, named as {@code java.util.logging.config.class} by
 * {@link Compass#main} when the user has configured none. The libraries log through it: Hibernate Validator
 * announces its version at INFO the first time a row fails, which a command-line tool must not print among its
 * results and errors. Warnings and errors still come through. The logging system reads this class only when
 * something first logs, so a run that logs nothing never starts it.
 *
 * @since 0.1
 */
public final class LoggingDefaults {

    private static final String CONFIG = """
            handlers = java.util.logging.ConsoleHandler
            .level = INFO
            org.hibernate.validator.level = WARNING
            org.jboss.logging.level = WARNING
            """;

    /**
     * Applies the configuration; the logging system calls this.
     *
     * @throws IOException if the configuration cannot be read (it is in memory: it can)
     */
    public LoggingDefaults() throws IOException {
        LogManager.getLogManager().readConfiguration(
                new ByteArrayInputStream(CONFIG.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Names this class as the logging configuration unless the user named a configuration of their own. */
    static void applyUnlessConfigured() {
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", LoggingDefaults.class.getName());
        }
    }
}
