package nl.competentiekompas.io.internal.check;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import nl.competentiekompas.core.catalog.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link OneOf}.
 */
public final class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Labelled[] values = new Labelled[0];

    /** Creates the validator; Hibernate Validator calls this. */
    public OneOfValidator() {
    }

    @Override
    public void initialize(OneOf annotation) {
        values = (Labelled[]) annotation.value().getEnumConstants();
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || find(values, value.strip()).isPresent();
    }

    /**
     * Finds an enum value by id or by its Dutch or English label, ignoring case.
     *
     * @param <E> the enum
     * @param values its values
     * @param cell the stripped cell
     * @return the value, or empty
     */
    public static <E extends Labelled> Optional<E> find(E[] values, String cell) {
        for (E e : values) {
            if (e.id().equalsIgnoreCase(cell) || e.label().in(nl.competentiekompas.core.catalog.Language.NL)
                    .equalsIgnoreCase(cell) || e.label().in(nl.competentiekompas.core.catalog.Language.EN)
                    .equalsIgnoreCase(cell)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
