package nl.competentiekompas.io.internal.check;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import nl.competentiekompas.core.catalog.Labelled;

/**
 * The cell must be empty or the id (or the Dutch or English label) of a value of one of our enums.
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface OneOf {

    /**
     * The enum.
     *
     * @return the enum class, implementing {@link Labelled}
     */
    Class<? extends Enum<?>> value();

    /**
     * The problem code.
     *
     * @return {@code csv-enum}
     */
    String message() default "csv-enum";

    /**
     * Groups.
     *
     * @return none
     */
    Class<?>[] groups() default {};

    /**
     * Payload.
     *
     * @return none
     */
    Class<? extends Payload>[] payload() default {};
}
