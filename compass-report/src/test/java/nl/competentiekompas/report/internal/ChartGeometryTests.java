package nl.competentiekompas.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.competentiekompas.core.catalog.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ChartGeometryTests {

    private static BarChart bars(BarChart.Bar... bars) {
        return new BarChart("T", "D", List.of(bars), "within", "over", "ISO work", "FTE", Language.NL);
    }

    private static Document svg(Chart chart) {
        Xml xml = new Xml();
        chart.write(xml, "c");
        return Jsoup.parse(xml.finish(), "", Parser.xmlParser());
    }

    @Test
    void barScaleRoundsUpToAWholeStep() {
        BarChart chart = bars(new BarChart.Bar("a", 0.9, 0.3, 1.0, "0,9"), new BarChart.Bar("b", 1.2, 0, 0.8, "1,2"));
        assertThat(chart.step()).isEqualTo(0.25);
        assertThat(chart.scaleMax()).isEqualTo(1.25);
        assertThat(chart.x(0)).isEqualTo(BarChart.LEFT);
        assertThat(chart.x(1.25)).isCloseTo(BarChart.LEFT + BarChart.PLOT_WIDTH, within(1e-9));
        assertThat(chart.y(1)).isEqualTo(BarChart.TOP + BarChart.ROW);
        assertThat(bars(new BarChart.Bar("a", 7, 0, Double.NaN, "7")).step()).isEqualTo(1);
        assertThat(bars(new BarChart.Bar("a", 0, 0, Double.NaN, "0")).scaleMax()).isEqualTo(0.25);
    }

    @Test
    void barsOverTheirLimitTurnVermillionAndShowTheLimitAndHighlight() {
        BarChart chart = bars(new BarChart.Bar("a", 0.9, 0.3, 1.0, "0,9"), new BarChart.Bar("b", 1.2, 0, 0.8, "1,2"));
        Document svg = svg(chart);
        assertThat(svg.select("rect[fill=" + Palette.BLUE + "][height=16]").attr("width"))
                .isEqualTo(Numbers.svg(0.9 / 1.25 * BarChart.PLOT_WIDTH));
        assertThat(svg.select("rect[fill=" + Palette.VERMILLION + "][height=16]")).hasSize(1);
        assertThat(svg.select("rect[fill=" + Palette.ORANGE + "][height=10]").attr("width"))
                .isEqualTo(Numbers.svg(0.3 / 1.25 * BarChart.PLOT_WIDTH));
        assertThat(svg.select("line[stroke-width=2.5]").eachAttr("x1"))
                .contains(Numbers.svg(chart.x(1.0)), Numbers.svg(chart.x(0.8)));
        assertThat(svg.select("text").eachText()).contains("0,25", "1,25", "within", "over", "ISO work", "FTE");
    }

    @Test
    void barsRejectImpossibleNumbers() {
        assertThatThrownBy(() -> new BarChart.Bar("a", 1, 2, 1, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarChart.Bar("a", -1, 0, 1, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bars()).isInstanceOf(IllegalArgumentException.class);
    }

    private static Heatmap heatmap() {
        return new Heatmap("T", "D", List.of("p-1", "p-2"), List.of("risk", "advice", "motivating"),
                List.of(List.of(1.0, 3.0, 5.0), List.of(Double.NaN, 2.0, 4.0)), 1, 5,
                List.of(List.of("1", "3", "5"), List.of("", "2", "4")), "level");
    }

    @Test
    void heatmapPlacesCellsOnAGridAndLabelsEveryValue() {
        Heatmap map = heatmap();
        Document svg = svg(map);
        assertThat(svg.select("rect[width=44]")).hasSize(6);
        assertThat(svg.select("rect[width=44]").get(4).attr("x")).isEqualTo(Numbers.svg(Heatmap.LEFT + Heatmap.CELL));
        assertThat(svg.select("rect[width=44]").get(4).attr("y")).isEqualTo(Numbers.svg(map.top() + Heatmap.CELL));
        assertThat(svg.select("rect[width=44]").get(3).attr("fill")).isEqualTo("#FFFFFF");
        assertThat(svg.select("text").eachText()).contains("\u2013", "level", "p-1", "risk");
    }

    @Test
    void heatmapShadesRiseWithTheLevelAndTheirLabelsContrast() {
        Heatmap map = heatmap();
        double previous = 2;
        for (int level = 1; level <= 5; level++) {
            String fill = map.fill(level);
            assertThat(Palette.luminance(fill)).isLessThan(previous);
            previous = Palette.luminance(fill);
            assertThat(Palette.contrast(Heatmap.ink(fill), fill)).as("label on level %s", level)
                    .isGreaterThanOrEqualTo(4.5);
        }
        assertThat(map.fill(2.5)).isEqualTo(map.fill(3));
    }

    @Test
    void heatmapRejectsRaggedRows() {
        assertThatThrownBy(() -> new Heatmap("T", "D", List.of("p"), List.of("a", "b"), List.of(List.of(1.0)), 1, 5,
                List.of(List.of("1")), "level")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizesTheDrawingInWholePixelsForThePdfRenderer() {
        Heatmap map = heatmap();
        Document svg = svg(map);
        assertThat(map.height() % 1).isNotZero();
        assertThat(svg.select("svg").attr("height")).isEqualTo(Numbers.svg(Math.ceil(map.height())));
        assertThat(svg.select("svg").attr("viewBox")).isEqualTo("0 0 420 " + Numbers.svg(Math.ceil(map.height())));
    }
}
