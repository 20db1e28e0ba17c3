package nl.competentiekompas.report.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.catalog.Language;

/**
 * Horizontal bars with a limit per bar, such as each person's assigned effort against his or her FTE.
 *
 * <p>Bar {@code i} occupies the band from {@code TOP + i·ROW}; a value {@code v} ends at
 * {@code LEFT + v / scaleMax · PLOT_WIDTH}, where {@code scaleMax} is the largest value or limit rounded up to
 * a whole number of {@link #step()}s. A bar over its limit is drawn in vermillion, else in blue; a highlighted
 * part (such as the share of ISO work) is drawn first, in orange with a hatch-free darker edge; the limit is a
 * black vertical line across the band. The value text at the end of each bar repeats the number.
 *
 * @param title the title
 * @param description the text alternative
 * @param bars the bars
 * @param valueName the legend text for a bar within its limit
 * @param overName the legend text for a bar over its limit
 * @param highlightName the legend text for the highlighted part
 * @param limitName the legend text for the limit line
 * @param language the language of the tick labels
 */
public record BarChart(String title, String description, List<Bar> bars, String valueName, String overName,
        String highlightName, String limitName, Language language) implements Chart {

    /** Width of the drawing. */
    public static final double WIDTH = 640;
    /** Left edge of the plot; the labels sit to its left. */
    public static final double LEFT = 170;
    /** Width of the plot. */
    public static final double PLOT_WIDTH = 380;
    /** Top of the first band. */
    public static final double TOP = 20;
    /** Height of one band. */
    public static final double ROW = 28;
    /** Height of a bar within its band. */
    public static final double BAR = 16;

    /**
     * One bar.
     *
     * @param label the label to its left
     * @param value the value, 0 or more
     * @param highlight the highlighted part of the value, 0 to value
     * @param limit the limit, 0 or more, or NaN for none
     * @param valueText the value as shown at the end of the bar
     */
    public record Bar(String label, double value, double highlight, double limit, String valueText) {
        /** Checks the numbers. */
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(valueText, "valueText");
            if (!(value >= 0) || !(highlight >= 0) || highlight > value || limit < 0) {
                throw new IllegalArgumentException("bar " + value + "/" + highlight + "/" + limit);
            }
        }

        boolean over() {
            return !Double.isNaN(limit) && value > limit;
        }
    }

    /** Copies the bars. */
    public BarChart {
        bars = List.copyOf(bars);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a bar chart needs a bar");
        }
    }

    /**
     * The tick step: 0.25, 0.5, 1, 2 or 5, whichever gives at most eight ticks.
     *
     * @return the step
     */
    public double step() {
        double top = rawMax();
        for (double step : new double[] {0.25, 0.5, 1, 2, 5, 10, 20, 50}) {
            if (top / step <= 8) {
                return step;
            }
        }
        return Math.ceil(top / 8);
    }

    /**
     * The value at the right edge of the plot: the largest value or limit rounded up to a whole step.
     *
     * @return the scale maximum, above 0
     */
    public double scaleMax() {
        double step = step();
        return Math.max(step, Math.ceil(rawMax() / step - 1e-9) * step);
    }

    /**
     * The x of a value.
     *
     * @param value the value
     * @return the x
     */
    public double x(double value) {
        return LEFT + value / scaleMax() * PLOT_WIDTH;
    }

    /**
     * The y of the top of a band.
     *
     * @param index the bar's index
     * @return the y
     */
    public double y(int index) {
        return TOP + index * ROW;
    }

    /**
     * The height of the drawing, which grows with the bars.
     *
     * @return the height
     */
    public double height() {
        return y(bars.size()) + 30 + 22 * 2;
    }

    private double rawMax() {
        double max = 0;
        for (Bar bar : bars) {
            max = Math.max(max, bar.value());
            if (!Double.isNaN(bar.limit())) {
                max = Math.max(max, bar.limit());
            }
        }
        return max;
    }

    @Override
    public void write(Xml xml, String id) {
        Svg.open(xml, id, WIDTH, height(), title, description);
        double bottom = y(bars.size());
        double step = step();
        xml.open("g").attr("stroke", Palette.GRID).attr("stroke-width", "0.75");
        for (double v = 0; v <= scaleMax() + 1e-9; v += step) {
            Svg.line(xml, x(v), TOP - 4, x(v), bottom);
        }
        xml.close();
        xml.open("g").attr("font-size", "11").attr("fill", Palette.MUTED).attr("text-anchor", "middle");
        for (double v = 0; v <= scaleMax() + 1e-9; v += step) {
            xml.open("text").attr("x", x(v)).attr("y", bottom + 14)
                    .text(Numbers.decimal(BigDecimal.valueOf(v), 2, language)).end();
        }
        xml.close();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = y(i) + (ROW - BAR) / 2;
            xml.open("text").attr("x", LEFT - 8).attr("y", top + BAR - 4).attr("font-size", "12")
                    .attr("text-anchor", "end").attr("fill", Palette.INK).text(bar.label()).end();
            xml.open("rect").attr("x", LEFT).attr("y", top).attr("width", x(bar.value()) - LEFT)
                    .attr("height", BAR).attr("fill", bar.over() ? Palette.VERMILLION : Palette.BLUE).close();
            if (bar.highlight() > 0) {
                xml.open("rect").attr("x", LEFT).attr("y", top + 3).attr("width", x(bar.highlight()) - LEFT)
                        .attr("height", BAR - 6).attr("fill", Palette.ORANGE).attr("stroke", Palette.INK)
                        .attr("stroke-width", "0.75").close();
            }
            if (!Double.isNaN(bar.limit())) {
                xml.open("line").attr("x1", x(bar.limit())).attr("y1", y(i) + 2).attr("x2", x(bar.limit()))
                        .attr("y2", y(i) + ROW - 2).attr("stroke", Palette.INK).attr("stroke-width", "2.5").close();
            }
            xml.open("text").attr("x", Math.max(x(bar.value()), Double.isNaN(bar.limit()) ? 0 : x(bar.limit())) + 6)
                    .attr("y", top + BAR - 4).attr("font-size", "11").attr("fill", Palette.INK)
                    .text(bar.valueText()).end();
        }
        double legend = bottom + 40;
        legendBox(xml, 20, legend, Palette.BLUE, valueName);
        legendBox(xml, 220, legend, Palette.VERMILLION, overName);
        legendBox(xml, 20, legend + 22, Palette.ORANGE, highlightName);
        xml.open("line").attr("x1", 227).attr("y1", legend + 22 - 14).attr("x2", 227).attr("y2", legend + 22 + 2)
                .attr("stroke", Palette.INK).attr("stroke-width", "2.5").close();
        xml.open("text").attr("x", 240).attr("y", legend + 22).attr("font-size", "12").attr("fill", Palette.INK)
                .text(limitName).end();
        xml.close();
    }

    private static void legendBox(Xml xml, double x, double y, String colour, String label) {
        xml.open("rect").attr("x", x).attr("y", y - 11).attr("width", 14).attr("height", 12).attr("fill", colour)
                .close();
        xml.open("text").attr("x", x + 20).attr("y", y).attr("font-size", "12").attr("fill", Palette.INK)
                .text(label).end();
    }
}
