/**
 * JSON and CSV in and out for the Competentiekompas model, with strict validation and located errors.
 *
 * @since 0.1
 */
module nl.competentiekompas.io {
    requires transitive nl.competentiekompas.core;
    requires static org.jspecify;

    exports nl.competentiekompas.io;
}
