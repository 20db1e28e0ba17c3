package nl.competentiekompas.io.internal.check;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link Cell}; reports the kind's problem code as the message template.
 */
public final class CellValidator implements ConstraintValidator<Cell, String> {

    private CellKind kind = CellKind.KEBAB_ID;

    /** Creates the validator; Hibernate Validator calls this. */
    public CellValidator() {
    }

    @Override
    public void initialize(Cell annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null || kind.accepts(value.strip())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(kind.code()).addConstraintViolation();
        return false;
    }
}
