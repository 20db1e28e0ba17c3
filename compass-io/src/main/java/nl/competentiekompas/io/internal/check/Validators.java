package nl.competentiekompas.io.internal.check;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.internal.CsvRow;
import nl.competentiekompas.io.internal.Messages;
import nl.competentiekompas.io.internal.ProblemSink;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator, built on first use and only to describe rows that failed the fast checks, so that a run
 * over valid input never pays its start-up.
 *
 * <p>Messages use {@link ParameterMessageInterpolator}, never expression-language interpolation: EL evaluates
 * expressions in message templates, and a template that interpolates the validated value ({@code ${validatedValue}})
 * both runs input-derived text through an expression engine (the cause of past injection vulnerabilities) and puts
 * personal data into messages. We use the templates only as problem codes and write our own nl/en messages, so EL
 * would buy nothing; it is kept off the runtime class path.
 */
public final class Validators {

    private Validators() {
    }

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    }

    /**
     * A validator whose constraint validators see a payload, such as the catalog references are checked against.
     *
     * @param payload the payload
     * @return the validator
     */
    public static Validator with(Object payload) {
        // validators are thread-safe; files against the same catalog share one
        Cached cached = last;
        if (cached == null || cached.payload() != payload) {
            cached = new Cached(payload, Holder.FACTORY.unwrap(HibernateValidatorFactory.class).usingContext()
                    .constraintValidatorPayload(payload).getValidator());
            last = cached;
        }
        return cached.validator();
    }

    private record Cached(Object payload, Validator validator) {
    }

    private static volatile @org.jspecify.annotations.Nullable Cached last;

    /**
     * A validator without payload.
     *
     * @return the validator
     */
    public static Validator plain() {
        return Holder.FACTORY.getValidator();
    }

    /**
     * Validates a row record and reports each violation at the cell of its property, with the message of its
     * code naming the column. Violations are reported in column order; a class-level violation names a property
     * through its property path node. Only called for a row the fast path rejected: when the constraints find
     * nothing wrong with it, the row is still reported ({@code value-invalid} at its first cell), never accepted.
     *
     * @param validator the validator
     * @param rowRecord the record, with one string property per column
     * @param row the CSV row it came from
     * @param columns for each property, the column's index in the layout
     * @param labels for each property, the column's label for messages
     * @param sink where problems go
     */
    public static void describe(Validator validator, Object rowRecord, CsvRow row, Map<String, Integer> columns,
            Map<String, String> labels, ProblemSink sink) {
        Set<ConstraintViolation<Object>> violations = validator.validate(rowRecord);
        List<ConstraintViolation<Object>> ordered = new ArrayList<>(violations);
        ordered.sort(Comparator.comparing((ConstraintViolation<Object> v) -> columns.getOrDefault(property(v), -1))
                .thenComparing(ConstraintViolation::getMessageTemplate));
        int reported = 0;
        for (ConstraintViolation<Object> v : ordered) {
            String property = property(v);
            Integer column = columns.get(property);
            String code = v.getMessageTemplate();
            if (column == null || !Messages.has(code)) {
                continue;
            }
            String label = labels.getOrDefault(property, property);
            Object extra = v.getConstraintDescriptor().getAttributes().get("value");
            Object detail = v.unwrap(HibernateConstraintViolation.class).getDynamicPayload(String.class);
            Object second = extra instanceof Class<?> c && c.isEnum() ? ids(c) : detail != null ? detail : "";
            sink.add(row.at(column), code, label, second);
            reported++;
        }
        if (reported == 0) {
            // the row failed the fast path, yet the constraints find nothing: still never accept it silently
            sink.add(new Location.CsvCell(row.line(), 1), "value-invalid", "row");
        }
    }

    private static String property(ConstraintViolation<?> v) {
        String last = "";
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last;
    }

    private static String ids(Class<?> enumType) {
        StringBuilder b = new StringBuilder();
        for (Object e : enumType.getEnumConstants()) {
            if (e instanceof nl.competentiekompas.core.catalog.Labelled l) {
                b.append(b.length() == 0 ? "" : ", ").append(l.id());
            }
        }
        return b.toString();
    }
}
