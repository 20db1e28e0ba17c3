package nl.competentiekompas.report.internal;

import java.util.List;
import java.util.Objects;

/**
 * A heatmap of scores: one row per person, one column per competency, a cell shaded by its level on a
 * sequential blue ramp and labelled with the number, so colour is never the only carrier.
 *
 * <p>Cell {@code (r, c)} has its top-left corner at {@code (LEFT + c·CELL, top() + r·CELL)}; column labels stand
 * above, turned 40 degrees. A missing score (NaN) is a white cell with a dash. The ramp has one shade per
 * scale level from {@code min} to {@code max}; each label takes near-black or white, whichever contrasts more.
 *
 * @param title the title
 * @param description the text alternative
 * @param rows the row labels
 * @param columns the column labels
 * @param values the values, one row of {@code columns.size()} per row label, NaN where missing
 * @param min the bottom of the scale
 * @param max the top of the scale
 * @param valueTexts the cell labels, in the same shape as the values
 * @param scaleName the legend's label for the shades
 */
public record Heatmap(String title, String description, List<String> rows, List<String> columns,
        List<List<Double>> values, int min, int max, List<List<String>> valueTexts, String scaleName)
        implements Chart {

    /** The side of a cell. */
    public static final double CELL = 44;
    /** The left edge of the first column; row labels sit to its left. */
    public static final double LEFT = 130;

    private static final String[] RAMP = {"#EFF3FF", "#C6DBEF", "#9ECAE1", "#6BAED6", "#2171B5", "#08519C",
        "#08306B"};

    /** Checks the shape. */
    public Heatmap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scaleName, "scaleName");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        values = values.stream().map(List::copyOf).toList();
        valueTexts = valueTexts.stream().map(List::copyOf).toList();
        if (values.size() != rows.size() || valueTexts.size() != rows.size()) {
            throw new IllegalArgumentException("need one row of values per row label");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (values.get(r).size() != columns.size() || valueTexts.get(r).size() != columns.size()) {
                throw new IllegalArgumentException("row " + r + " does not have " + columns.size() + " cells");
            }
        }
        if (max <= min || max - min >= RAMP.length) {
            throw new IllegalArgumentException("scale " + min + " to " + max);
        }
    }

    /**
     * The top of the first row, below the turned column labels.
     *
     * @return the y
     */
    public double top() {
        int longest = columns.stream().mapToInt(String::length).max().orElse(0);
        return 16 + Math.min(longest, 28) * 6.2 * Math.sin(Math.toRadians(40));
    }

    /**
     * The fill of a value: the ramp's shade for its level (rounded half up), white when missing.
     *
     * @param value the value
     * @return the colour
     */
    public String fill(double value) {
        if (Double.isNaN(value)) {
            return "#FFFFFF";
        }
        int level = (int) Math.floor(Math.max(min, Math.min(max, value)) + 0.5);
        int shades = max - min + 1;
        int index = (int) Math.round((level - min) * (RAMP.length - 1) / (double) (shades - 1));
        return RAMP[index];
    }

    /**
     * The colour of the label on a fill: near-black or white, whichever contrasts more.
     *
     * @param fill the fill
     * @return the text colour
     */
    public static String ink(String fill) {
        return Palette.contrast(Palette.INK, fill) >= Palette.contrast("#FFFFFF", fill) ? Palette.INK : "#FFFFFF";
    }

    /**
     * The width of the drawing.
     *
     * @return the width
     */
    public double width() {
        return Math.max(LEFT + columns.size() * CELL + 60, 420);
    }

    /**
     * The height of the drawing, with the legend.
     *
     * @return the height
     */
    public double height() {
        return top() + rows.size() * CELL + 50;
    }

    @Override
    public void write(Xml xml, String id) {
        Svg.open(xml, id, width(), height(), title, description);
        double top = top();
        xml.open("g").attr("font-size", "11").attr("fill", Palette.INK);
        for (int c = 0; c < columns.size(); c++) {
            double x = LEFT + c * CELL + CELL / 2;
            double y = top - 6;
            xml.open("text").attr("x", x).attr("y", y).attr("transform",
                    "rotate(-40 " + Numbers.svg(x) + " " + Numbers.svg(y) + ")").text(columns.get(c)).end();
        }
        for (int r = 0; r < rows.size(); r++) {
            xml.open("text").attr("x", LEFT - 8).attr("y", top + r * CELL + CELL / 2 + 4)
                    .attr("text-anchor", "end").text(rows.get(r)).end();
        }
        xml.close();
        xml.open("g").attr("font-size", "13").attr("text-anchor", "middle");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                double v = values.get(r).get(c);
                String fill = fill(v);
                double x = LEFT + c * CELL;
                double y = top + r * CELL;
                xml.open("rect").attr("x", x).attr("y", y).attr("width", CELL).attr("height", CELL)
                        .attr("fill", fill).attr("stroke", Palette.GRID).attr("stroke-width", "0.75").close();
                xml.open("text").attr("x", x + CELL / 2).attr("y", y + CELL / 2 + 5).attr("fill", ink(fill))
                        .text(Double.isNaN(v) ? "\u2013" : valueTexts.get(r).get(c)).end();
            }
        }
        xml.close();
        double legend = top + rows.size() * CELL + 24;
        xml.open("text").attr("x", LEFT - 8).attr("y", legend + 1).attr("font-size", "11")
                .attr("text-anchor", "end").attr("fill", Palette.INK).text(scaleName).end();
        xml.open("g").attr("font-size", "11").attr("text-anchor", "middle");
        for (int level = min; level <= max; level++) {
            double x = LEFT + (level - min) * 30;
            String fill = fill(level);
            xml.open("rect").attr("x", x).attr("y", legend - 12).attr("width", 30).attr("height", 18)
                    .attr("fill", fill).attr("stroke", Palette.GRID).attr("stroke-width", "0.75").close();
            xml.open("text").attr("x", x + 15).attr("y", legend + 1).attr("fill", ink(fill))
                    .text(Integer.toString(level)).end();
        }
        xml.close();
        xml.close();
    }
}
