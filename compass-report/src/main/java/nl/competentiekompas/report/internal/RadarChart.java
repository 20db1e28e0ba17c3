package nl.competentiekompas.report.internal;

import java.util.List;
import java.util.Objects;

/**
 * A radar chart: one axis per competency, rings at each scale level, one polygon per series.
 *
 * <p>Axis {@code i} of {@code n} points at {@code -90° + i·360°/n} (the first straight up, then clockwise); a
 * value {@code v} lies at {@code radius · v / max} from the centre. A series with a missing value (NaN) is
 * drawn as markers only, since a polygon through a missing point would show a number nobody gave.
 *
 * @param title the title
 * @param description the text alternative
 * @param axes the axis labels, at least three
 * @param max the top of the scale
 * @param series the series
 */
public record RadarChart(String title, String description, List<String> axes, int max, List<Series> series)
        implements Chart {

    /** Width of the drawing. */
    public static final double WIDTH = 720;
    /** The centre's x. */
    public static final double CX = 360;
    /** The centre's y. */
    public static final double CY = 185;
    /** The radius of the outer ring. */
    public static final double RADIUS = 140;

    /** The gap between the outer ring and the axis labels. */
    public static final double LABEL_GAP = 10;

    private static final double LEGEND_ROW = 22;

    /**
     * One series.
     *
     * @param name the legend text
     * @param values one value per axis, NaN where missing
     * @param style how it is drawn
     */
    public record Series(String name, List<Double> values, Palette.Style style) {
        /** Copies the values. */
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
            Objects.requireNonNull(style, "style");
        }
    }

    /** Checks the shape. */
    public RadarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        axes = List.copyOf(axes);
        series = List.copyOf(series);
        if (axes.size() < 3) {
            throw new IllegalArgumentException("a radar needs at least three axes, got " + axes.size());
        }
        if (max < 1) {
            throw new IllegalArgumentException("max " + max);
        }
        for (Series s : series) {
            if (s.values().size() != axes.size()) {
                throw new IllegalArgumentException("series of " + s.values().size() + " values on " + axes.size()
                        + " axes");
            }
        }
    }

    /**
     * The angle of an axis, in radians.
     *
     * @param axis the axis index
     * @return the angle
     */
    public double angle(int axis) {
        return -Math.PI / 2 + 2 * Math.PI * axis / axes.size();
    }

    /**
     * Where a value lies on an axis.
     *
     * @param axis the axis index
     * @param value the value, 0 to max
     * @return the point as {x, y}
     */
    public double[] point(int axis, double value) {
        double r = RADIUS * Math.max(0, Math.min(value, max)) / max;
        return new double[] {CX + r * Math.cos(angle(axis)), CY + r * Math.sin(angle(axis))};
    }

    /**
     * Where an axis label is anchored: on the axis, {@value #LABEL_GAP} beyond the outer ring.
     *
     * @param axis the axis index
     * @return the point as {x, y}
     */
    public double[] labelPoint(int axis) {
        double r = RADIUS + LABEL_GAP;
        return new double[] {CX + r * Math.cos(angle(axis)), CY + r * Math.sin(angle(axis))};
    }

    /**
     * The height of the drawing, which grows with the legend.
     *
     * @return the height
     */
    public double height() {
        return CY + RADIUS + 50 + LEGEND_ROW * series.size();
    }

    @Override
    public void write(Xml xml, String id) {
        Svg.open(xml, id, WIDTH, height(), title, description);
        xml.open("g").attr("fill", "none").attr("stroke", Palette.GRID).attr("stroke-width", "1");
        for (int level = 1; level <= max; level++) {
            xml.open("polygon").attr("points", ring(level)).close();
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, max);
            Svg.line(xml, CX, CY, end[0], end[1]);
        }
        xml.close();
        xml.open("g").attr("font-size", "11").attr("fill", Palette.MUTED);
        for (int level = 1; level <= max; level++) {
            double[] p = point(0, level);
            xml.open("text").attr("x", p[0] + 5).attr("y", p[1] + 12).text(Integer.toString(level)).end();
        }
        xml.close();
        xml.open("g").attr("font-size", "12").attr("fill", Palette.INK);
        for (int i = 0; i < axes.size(); i++) {
            double[] p = labelPoint(i);
            double cos = Math.cos(angle(i));
            String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
            double dy = Math.sin(angle(i)) > 0.3 ? 12 : Math.sin(angle(i)) < -0.3 ? -2 : 4;
            xml.open("text").attr("x", p[0]).attr("y", p[1] + dy).attr("text-anchor", anchor).text(axes.get(i))
                    .end();
        }
        xml.close();
        for (Series s : series) {
            writeSeries(xml, s);
        }
        double y = CY + RADIUS + 44;
        for (Series s : series) {
            Svg.legendLine(xml, 40, y, s.style(), s.name());
            y += LEGEND_ROW;
        }
        xml.close();
    }

    private void writeSeries(Xml xml, Series s) {
        Palette.Style style = s.style();
        boolean complete = s.values().stream().noneMatch(v -> v.isNaN());
        if (complete) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < axes.size(); i++) {
                double[] p = point(i, s.values().get(i));
                points.append(i == 0 ? "" : " ").append(Numbers.svg(p[0])).append(',').append(Numbers.svg(p[1]));
            }
            xml.open("polygon").attr("points", points.toString()).attr("stroke", style.colour())
                    .attr("stroke-width", "2").attr("fill", style.fillOpacity() > 0 ? style.colour() : "none");
            if (style.fillOpacity() > 0) {
                xml.attr("fill-opacity", style.fillOpacity());
            }
            if (!style.dash().isEmpty()) {
                xml.attr("stroke-dasharray", style.dash());
            }
            xml.close();
        }
        xml.open("g").attr("fill", style.colour());
        for (int i = 0; i < axes.size(); i++) {
            double v = s.values().get(i);
            if (!Double.isNaN(v)) {
                double[] p = point(i, v);
                xml.open("circle").attr("cx", p[0]).attr("cy", p[1]).attr("r", "3.5").close();
            }
        }
        xml.close();
    }

    private String ring(int level) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < axes.size(); i++) {
            double[] p = point(i, level);
            points.append(i == 0 ? "" : " ").append(Numbers.svg(p[0])).append(',').append(Numbers.svg(p[1]));
        }
        return points.toString();
    }
}
