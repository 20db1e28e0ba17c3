package nl.competentiekompas.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.Language;

/**
 * Number formatting with explicit locales: the invariant form for SVG coordinates, the reader's form for text.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * A coordinate for SVG: at most two decimals, a point as separator, no exponent, no negative zero.
     *
     * @param value the value
     * @return the text
     */
    public static String svg(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite coordinate: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /**
     * A decimal for people, in the language's form ({@code 0,8} in Dutch, {@code 0.8} in English).
     *
     * @param value the value
     * @param maxDecimals the most decimals to show
     * @param language the language
     * @return the text
     */
    public static String decimal(BigDecimal value, int maxDecimals, Language language) {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(language.locale()));
        format.setMaximumFractionDigits(maxDecimals);
        format.setMinimumFractionDigits(0);
        format.setGroupingUsed(false);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * A decimal for people.
     *
     * @param value the value
     * @param maxDecimals the most decimals to show
     * @param language the language
     * @return the text
     */
    public static String decimal(double value, int maxDecimals, Language language) {
        return decimal(BigDecimal.valueOf(value), maxDecimals, language);
    }

    /**
     * An FTE for people, exactly ({@code 0,125}).
     *
     * @param fte the FTE
     * @param language the language
     * @return the text
     */
    public static String fte(Fte fte, Language language) {
        return decimal(fte.toBigDecimal(), 3, language);
    }
}
