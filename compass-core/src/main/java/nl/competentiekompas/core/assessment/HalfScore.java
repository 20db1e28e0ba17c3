package nl.competentiekompas.core.assessment;

import java.util.Arrays;
import java.util.Objects;
import nl.competentiekompas.core.InvalidValueException;

/**
 * An exact score or score difference in half steps, such as 3.5 for the median of 3 and 4.
 *
 * <p>Kept as a whole number of halves so that medians and gaps never carry floating-point noise: the same
 * scores always give the same value and the same text. May be negative (a difference). Immutable and
 * thread-safe.
 *
 * @param halves the value in halves: 7 is 3.5, -2 is -1
 * @since 0.1
 */
public record HalfScore(int halves) implements Comparable<HalfScore> {

    /** Zero. */
    public static final HalfScore ZERO = new HalfScore(0);

    /**
     * A whole score.
     *
     * @param value the score
     * @return the score in halves; never null
     */
    public static HalfScore of(int value) {
        return new HalfScore(Math.multiplyExact(value, 2));
    }

    /**
     * A score given in halves.
     *
     * @param halves the value in halves
     * @return the score; never null
     */
    public static HalfScore ofHalves(int halves) {
        return new HalfScore(halves);
    }

    /**
     * The median of whole scores: the middle one, or halfway between the two middle ones.
     *
     * @param scores the scores, at least one; not null
     * @return the median; never null
     * @throws InvalidValueException if there is no score
     */
    public static HalfScore median(int... scores) {
        Objects.requireNonNull(scores, "scores");
        if (scores.length == 0) {
            throw new InvalidValueException("HalfScore", "median", "needs at least one score");
        }
        int[] sorted = scores.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? of(sorted[mid]) : new HalfScore(sorted[mid - 1] + sorted[mid]);
    }

    /**
     * This value minus another.
     *
     * @param other the value to subtract; not null
     * @return the difference; never null
     */
    public HalfScore minus(HalfScore other) {
        return new HalfScore(Math.subtractExact(halves, Objects.requireNonNull(other, "other").halves));
    }

    /**
     * Whether this is a whole number.
     *
     * @return true when the value has no half
     */
    public boolean isWhole() {
        return halves % 2 == 0;
    }

    /**
     * Whether this value is at least another.
     *
     * @param other the other value; not null
     * @return true when {@code this >= other}
     */
    public boolean isAtLeast(HalfScore other) {
        return compareTo(other) >= 0;
    }

    /**
     * Whether this is less than zero.
     *
     * @return true when negative
     */
    public boolean isNegative() {
        return halves < 0;
    }

    /**
     * Whether this is more than zero.
     *
     * @return true when positive
     */
    public boolean isPositive() {
        return halves > 0;
    }

    @Override
    public int compareTo(HalfScore other) {
        return Integer.compare(halves, other.halves);
    }

    /**
     * The value as a plain decimal with a point, independent of the locale: {@code 3}, {@code 3.5},
     * {@code -0.5}.
     *
     * @return the text; never null
     */
    @Override
    public String toString() {
        int whole = halves / 2;
        if (halves % 2 == 0) {
            return Integer.toString(whole);
        }
        return (halves < 0 && whole == 0 ? "-" : "") + whole + ".5";
    }
}
