package nl.competentiekompas.io.internal.check;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A role id cell must name a role of the catalog given as constraint validator payload (problem code
 * {@code ref-unknown-role}). An empty or malformed id is left to the other constraints of the cell.
 */
@Documented
@Constraint(validatedBy = KnownRoleValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface KnownRole {

    /**
     * The problem code.
     *
     * @return the code
     */
    String message() default "ref-unknown-role";

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
