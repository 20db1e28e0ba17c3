package nl.competentiekompas.core.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import nl.competentiekompas.core.InvalidValueException;

/**
 * An amount of working time as a fraction of a full-time equivalent (FTE), exact to a thousandth.
 *
 * <p>Kept as a whole number of thousandths so that sums do not depend on the order of their terms, which a
 * {@code double} cannot promise. An appointment's FTE and an assignment's effort are both of this type.
 * Immutable and thread-safe.
 *
 * @param thousandths the amount in thousandths of an FTE, from 0 to 100,000 (100 FTE)
 * @since 0.1
 */
public record Fte(int thousandths) implements Comparable<Fte> {

    /** No time at all. */
    public static final Fte ZERO = new Fte(0);

    /** One full-time equivalent. */
    public static final Fte ONE = new Fte(1000);

    /** The largest amount this type holds: 100 FTE. */
    public static final int MAX_THOUSANDTHS = 100_000;

    /**
     * Checks the range.
     *
     * @throws InvalidValueException if the amount is negative or above 100 FTE
     */
    public Fte {
        if (thousandths < 0 || thousandths > MAX_THOUSANDTHS) {
            throw new InvalidValueException("Fte", "thousandths", "must be between 0 and " + MAX_THOUSANDTHS
                    + " (0 to 100 FTE), got " + thousandths);
        }
    }

    /**
     * An amount in thousandths of an FTE.
     *
     * @param thousandths from 0 to 100,000
     * @return the amount; never null
     */
    public static Fte ofThousandths(int thousandths) {
        return new Fte(thousandths);
    }

    /**
     * An amount from a decimal fraction such as {@code 0.05}; at most three decimals.
     *
     * @param fraction the fraction of an FTE; not null
     * @return the amount; never null
     * @throws InvalidValueException if it has more than three decimals or lies outside 0 to 100
     */
    public static Fte of(BigDecimal fraction) {
        Objects.requireNonNull(fraction, "fraction");
        // The range goes first: moving the point of a huge exponent such as 1E+2147483647 would overflow.
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.valueOf(MAX_THOUSANDTHS / 1000)) > 0) {
            throw new InvalidValueException("Fte", "fraction", "must be between 0 and 100");
        }
        if (fraction.signum() == 0) {
            return ZERO;
        }
        BigDecimal scaled = fraction.movePointRight(3);
        if (scaled.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("Fte", "fraction", "must have at most three decimals");
        }
        return new Fte(scaled.intValueExact());
    }

    /**
     * Parses a decimal fraction written with a point, such as {@code "0.8"}.
     *
     * @param text the fraction; not null
     * @return the amount; never null
     * @throws InvalidValueException if the text is not such a number
     */
    public static Fte parse(String text) {
        Objects.requireNonNull(text, "text");
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Fte", "fraction", "must be a decimal number such as 0.8");
        }
        return of(value);
    }

    /**
     * The amount as a decimal fraction, without trailing zeros ({@code 0.05}, {@code 1}).
     *
     * @return the fraction; never null
     */
    public BigDecimal toBigDecimal() {
        BigDecimal value = BigDecimal.valueOf(thousandths, 3).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    /**
     * The sum of two amounts, capped at 100 FTE.
     *
     * @param other the other amount; not null
     * @return the sum; never null
     */
    public Fte plus(Fte other) {
        return new Fte(Math.min(MAX_THOUSANDTHS, thousandths + other.thousandths));
    }

    /**
     * The difference, never below zero.
     *
     * @param other the amount to subtract; not null
     * @return the difference, or {@link #ZERO}; never null
     */
    public Fte minusOrZero(Fte other) {
        return new Fte(Math.max(0, thousandths - other.thousandths));
    }

    /**
     * Whether this amount is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return thousandths == 0;
    }

    @Override
    public int compareTo(Fte other) {
        return Integer.compare(thousandths, other.thousandths);
    }

    /**
     * The amount as a plain decimal, such as {@code 0.05}.
     *
     * @return the decimal text
     */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
