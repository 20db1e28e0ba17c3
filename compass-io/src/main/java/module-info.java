/**
 * JSON and CSV in and out for the Competentiekompas model, with strict validation and located errors.
 *
 * @since 0.1
 */
module nl.competentiekompas.io {
    requires transitive nl.competentiekompas.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires de.siegmar.fastcsv;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires static org.jspecify;

    exports nl.competentiekompas.io;
    exports nl.competentiekompas.io.interop;

    // Hibernate Validator instantiates our constraint validators and reads the row records reflectively.
    opens nl.competentiekompas.io.internal.check to org.hibernate.validator;
}
