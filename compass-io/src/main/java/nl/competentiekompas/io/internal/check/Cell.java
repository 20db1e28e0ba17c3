package nl.competentiekompas.io.internal.check;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The cell must be empty or of a {@link CellKind}. The message is the kind's problem code, never text with
 * the value in it.
 */
@Documented
@Constraint(validatedBy = CellValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Cell {

    /**
     * The kind.
     *
     * @return the kind
     */
    CellKind value();

    /**
     * Unused: the problem code comes from the kind.
     *
     * @return the template
     */
    String message() default "cell";

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
