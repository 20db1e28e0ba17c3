package nl.competentiekompas.io.internal.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The item of a candidates row must fit its kind: a known kind (or none, for a candidate without items), an id
 * as code, an issue date for a certification and an expiry date only there, years only for experience. Each
 * problem is reported at its own cell with its own code.
 */
@Documented
@Constraint(validatedBy = CandidateItemValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CandidateItem {

    /**
     * Unused: each cell reports its own code.
     *
     * @return the template
     */
    String message() default "candidate-item";

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
