package nl.competentiekompas.io.internal.check;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import java.util.OptionalInt;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.io.internal.CsvCells;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link InCatalog} against the catalog passed as constraint-validator payload. Cells that are not
 * even well-formed are left to their own constraints.
 */
public final class InCatalogValidator implements ConstraintValidator<InCatalog, CatalogReferences> {

    /** Creates the validator; Hibernate Validator calls this. */
    public InCatalogValidator() {
    }

    @Override
    public boolean isValid(@Nullable CatalogReferences row, ConstraintValidatorContext context) {
        if (row == null) {
            return true;
        }
        Catalog catalog = context.unwrap(HibernateConstraintValidatorContext.class)
                .getConstraintValidatorPayload(Catalog.class);
        if (catalog == null || !CellKind.KEBAB_ID.accepts(row.profile()) || row.profile().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Optional<RoleProfile> profile = catalog.profile(RoleId.of(row.profile()));
        if (profile.isEmpty()) {
            violation(context, "ref-unknown-profile", "profile");
            return false;
        }
        boolean valid = true;
        if (!row.competency().isEmpty() && CellKind.KEBAB_ID.accepts(row.competency())
                && profile.get().target(CompetencyId.of(row.competency())).isEmpty()) {
            violation(context, "ref-unknown-competency", "competency");
            valid = false;
        }
        OptionalInt score = CsvCells.parseInt(row.score());
        if (score.isPresent() && !profile.get().scale().contains(score.getAsInt())) {
            violation(context, "score-scale", "score");
            valid = false;
        }
        return valid;
    }

    private static void violation(ConstraintValidatorContext context, String code, String property) {
        context.buildConstraintViolationWithTemplate(code).addPropertyNode(property).addConstraintViolation();
    }
}
