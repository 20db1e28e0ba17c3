package nl.competentiekompas.io.internal.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The row's references resolve in the catalog given as the validator's payload: the profile exists, the
 * competency is one the profile targets, and the score is a level of the profile's scale.
 */
@Documented
@Constraint(validatedBy = InCatalogValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface InCatalog {

    /**
     * Unused: each reference reports its own code.
     *
     * @return the template
     */
    String message() default "ref-unknown";

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
