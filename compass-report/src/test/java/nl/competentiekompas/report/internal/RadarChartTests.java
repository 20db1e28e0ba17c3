package nl.competentiekompas.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class RadarChartTests {

    private static RadarChart chart(List<Double> values) {
        return new RadarChart("T", "D", List.of("a", "b", "c", "d"), 5,
                List.of(new RadarChart.Series("self", values, Palette.SELF),
                        new RadarChart.Series("target", List.of(5.0, 5.0, 5.0, 5.0), Palette.TARGET)));
    }

    @Test
    void placesTheFirstAxisUpAndGoesClockwise() {
        RadarChart chart = chart(List.of(5.0, 5.0, 5.0, 5.0));
        double[] top = chart.point(0, 5);
        double[] right = chart.point(1, 5);
        double[] bottom = chart.point(2, 5);
        double[] left = chart.point(3, 5);
        assertThat(top[0]).isCloseTo(RadarChart.CX, within(1e-9));
        assertThat(top[1]).isCloseTo(RadarChart.CY - RadarChart.RADIUS, within(1e-9));
        assertThat(right[0]).isCloseTo(RadarChart.CX + RadarChart.RADIUS, within(1e-9));
        assertThat(bottom[1]).isCloseTo(RadarChart.CY + RadarChart.RADIUS, within(1e-9));
        assertThat(left[0]).isCloseTo(RadarChart.CX - RadarChart.RADIUS, within(1e-9));
    }

    @Test
    void scalesValuesLinearlyAndClampsToTheScale() {
        RadarChart chart = chart(List.of(1.0, 2.0, 3.0, 4.0));
        assertThat(chart.point(1, 2)[0]).isCloseTo(RadarChart.CX + RadarChart.RADIUS * 2 / 5, within(1e-9));
        assertThat(chart.point(1, 9)[0]).isCloseTo(RadarChart.CX + RadarChart.RADIUS, within(1e-9));
        assertThat(chart.point(1, -1)[0]).isCloseTo(RadarChart.CX, within(1e-9));
        assertThat(chart.labelPoint(0)[1]).isCloseTo(RadarChart.CY - RadarChart.RADIUS - RadarChart.LABEL_GAP,
                within(1e-9));
    }

    @Test
    void drawsRingsPolygonsMarkersAndAnAccessibleLegend() {
        Xml xml = new Xml();
        chart(List.of(1.0, 2.0, 3.0, 4.0)).write(xml, "c1");
        Document svg = Jsoup.parse(xml.finish(), "", Parser.xmlParser());
        assertThat(svg.select("svg").attr("aria-labelledby")).isEqualTo("c1-title c1-desc");
        assertThat(svg.select("svg > title").text()).isEqualTo("T");
        assertThat(svg.select("svg > desc").text()).isEqualTo("D");
        // five rings, two series
        assertThat(svg.select("polygon")).hasSize(7);
        assertThat(svg.select("polygon[stroke=" + Palette.BLUE + "]").attr("points"))
                .isEqualTo("360,157 416,185 360,269 248,185");
        assertThat(svg.select("circle[r=3.5]")).hasSize(4 + 4 + 2);
        assertThat(svg.select("text").eachText()).contains("self", "target", "a", "b", "c", "d");
    }

    @Test
    void drawsOnlyMarkersForASeriesWithAGap() {
        Xml xml = new Xml();
        chart(List.of(1.0, Double.NaN, 3.0, 4.0)).write(xml, "c1");
        Document svg = Jsoup.parse(xml.finish(), "", Parser.xmlParser());
        assertThat(svg.select("polygon[stroke=" + Palette.BLUE + "]")).isEmpty();
        assertThat(svg.select("g[fill=" + Palette.BLUE + "] circle")).hasSize(3);
    }

    @Test
    void refusesFewerThanThreeAxesAndRaggedSeries() {
        assertThatThrownBy(() -> new RadarChart("T", "D", List.of("a", "b"), 5, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RadarChart("T", "D", List.of("a", "b", "c"), 5,
                List.of(new RadarChart.Series("s", List.of(1.0), Palette.SELF))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
