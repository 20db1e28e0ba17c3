package nl.competentiekompas.io.internal.check;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.OptionalInt;
import nl.competentiekompas.io.internal.CsvCells;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link CandidateItem}. The same rules, through {@link #check}, decide the fast path of the candidates
 * reader, so that the two cannot disagree.
 */
public final class CandidateItemValidator implements ConstraintValidator<CandidateItem, CandidateCells> {

    /** The kinds in English, by index: education, certification, knowledge, experience. */
    public static final String[] KINDS = {"education", "certification", "knowledge", "experience"};

    /** The kinds in Dutch, by the same index. */
    public static final String[] KINDS_NL = {"opleiding", "certificering", "kennis", "ervaring"};

    /** The index of the certification kind. */
    public static final int CERTIFICATION = 1;

    /** The index of the experience kind. */
    public static final int EXPERIENCE = 3;

    private static final String KIND_LIST = String.join(", ", KINDS) + ", " + String.join(", ", KINDS_NL)
            + " (or empty)";

    /** Where a problem goes: a property and a code, with the text for the message's second argument. */
    @FunctionalInterface
    public interface Report {
        /**
         * Reports a problem.
         *
         * @param property the cell's property
         * @param code the problem code
         * @param detail the message's second argument, often empty
         */
        void problem(String property, String code, String detail);
    }

    /** Creates the validator; Hibernate Validator calls this. */
    public CandidateItemValidator() {
    }

    /**
     * The kind of a cell.
     *
     * @param cell the stripped cell
     * @return its index in {@link #KINDS}, -1 when empty, -2 when not a kind
     */
    public static int kind(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        for (int i = 0; i < KINDS.length; i++) {
            if (KINDS[i].equals(lower) || KINDS_NL[i].equals(lower)) {
                return i;
            }
        }
        return lower.isEmpty() ? -1 : -2;
    }

    /**
     * Checks the item cells of a row against its kind.
     *
     * @param cells the row
     * @param report where problems go
     * @return true when the item fits its kind
     */
    public static boolean check(CandidateCells cells, Report report) {
        boolean ok = true;
        int kind = kind(cells.kind());
        if (kind == -2) {
            report.problem("kind", "csv-enum", KIND_LIST);
            ok = false;
        }
        if (kind >= 0 && (cells.code().isEmpty() || !CellKind.KEBAB_ID.accepts(cells.code()))) {
            report.problem("code", cells.code().isEmpty() ? "csv-required" : "csv-id", "");
            ok = false;
        }
        boolean certification = kind == CERTIFICATION;
        if (certification ? CsvCells.parseDate(cells.issued()).isEmpty() : !cells.issued().isEmpty()) {
            report.problem("issued", certification ? "csv-date" : "csv-not-applicable", "");
            ok = false;
        }
        if (certification ? !cells.expires().isEmpty() && CsvCells.parseDate(cells.expires()).isEmpty()
                : !cells.expires().isEmpty()) {
            report.problem("expires", certification ? "csv-date" : "csv-not-applicable", "");
            ok = false;
        }
        boolean experience = kind == EXPERIENCE;
        OptionalInt years = CsvCells.parseInt(cells.years());
        if (experience ? years.isEmpty() || years.getAsInt() < 0 : !cells.years().isEmpty()) {
            report.problem("years", experience ? "csv-integer" : "csv-not-applicable", "");
            ok = false;
        }
        return ok;
    }

    @Override
    public boolean isValid(@Nullable CandidateCells cells, ConstraintValidatorContext context) {
        if (cells == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        return check(cells, (property, code, detail) -> hibernate.withDynamicPayload(detail)
                .buildConstraintViolationWithTemplate(code).addPropertyNode(property).addConstraintViolation());
    }
}
