package nl.competentiekompas.io.internal.check;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.RoleId;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link KnownRole}: the catalog comes as constraint validator payload; without one every id passes.
 */
public final class KnownRoleValidator implements ConstraintValidator<KnownRole, String> {

    /** Creates the validator; Hibernate Validator calls this. */
    public KnownRoleValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        Catalog catalog = context.unwrap(HibernateConstraintValidatorContext.class)
                .getConstraintValidatorPayload(Catalog.class);
        if (catalog == null || value == null || value.isBlank() || !CellKind.KEBAB_ID.accepts(value.strip())) {
            return true;
        }
        return isKnown(catalog, value.strip());
    }

    /**
     * Whether a well-formed role id names a role of the catalog.
     *
     * @param catalog the catalog
     * @param id the stripped id, lower kebab case
     * @return true when known
     */
    public static boolean isKnown(Catalog catalog, String id) {
        return catalog.isKnownRole(RoleId.of(id));
    }
}
