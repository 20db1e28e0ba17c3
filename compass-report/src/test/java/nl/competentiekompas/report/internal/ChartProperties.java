package nl.competentiekompas.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.competentiekompas.core.catalog.Language;

/**
 * Laws of the chart geometry: radar points lie on their axis at the scaled distance, bars start at the plot's
 * left edge and end inside it, and the bar scale covers every value and limit by less than one step.
 */
class ChartProperties {

    @Property
    void radarPointsLieOnTheirAxisAtTheScaledDistance(@ForAll @IntRange(min = 3, max = 12) int axes,
            @ForAll @IntRange(min = 1, max = 10) int max, @ForAll @DoubleRange(min = 0, max = 1) double fraction,
            @ForAll @IntRange(min = 0, max = 11) int axisSeed) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < axes; i++) {
            labels.add("a" + i);
        }
        RadarChart chart = new RadarChart("T", "D", labels, max, List.of());
        int axis = axisSeed % axes;
        double value = fraction * max;
        double[] p = chart.point(axis, value);
        double dx = p[0] - RadarChart.CX;
        double dy = p[1] - RadarChart.CY;
        assertThat(Math.hypot(dx, dy)).isCloseTo(RadarChart.RADIUS * value / max, within(1e-9));
        if (value > 0) {
            assertThat(Math.atan2(dy, dx)).isCloseTo(Math.atan2(Math.sin(chart.angle(axis)),
                    Math.cos(chart.angle(axis))), within(1e-9));
        }
    }

    @Property
    void barScaleCoversEveryValueAndLimitByLessThanAStep(
            @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 60) Double> values,
            @ForAll @DoubleRange(min = 0, max = 60) double limit) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (double v : values) {
            bars.add(new BarChart.Bar("b", v, v / 2, limit, "v"));
        }
        BarChart chart = new BarChart("T", "D", bars, "w", "o", "h", "l", Language.EN);
        double top = Math.max(limit, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        assertThat(chart.scaleMax()).isGreaterThanOrEqualTo(top - 1e-9);
        assertThat(chart.scaleMax()).isLessThan(Math.max(top, chart.step()) + chart.step() + 1e-9);
        assertThat(chart.scaleMax() / chart.step()).isLessThanOrEqualTo(8 + 1e-9);
        for (BarChart.Bar bar : bars) {
            assertThat(chart.x(bar.value())).isBetween(BarChart.LEFT, BarChart.LEFT + BarChart.PLOT_WIDTH + 1e-9);
            assertThat(chart.x(bar.highlight())).isLessThanOrEqualTo(chart.x(bar.value()));
        }
        assertThat(chart.x(0)).isEqualTo(BarChart.LEFT);
    }

    @Property
    void heatmapShadesNeverFallBelowAaContrast(@ForAll @IntRange(min = 0, max = 3) int min,
            @ForAll @IntRange(min = 1, max = 6) int span, @ForAll @DoubleRange(min = 0, max = 10) double value) {
        Heatmap map = new Heatmap("T", "D", List.of(), List.of(), List.of(), min, min + span, List.of(), "l");
        String fill = map.fill(value);
        assertThat(Palette.contrast(Heatmap.ink(fill), fill)).isGreaterThanOrEqualTo(4.5);
    }
}
