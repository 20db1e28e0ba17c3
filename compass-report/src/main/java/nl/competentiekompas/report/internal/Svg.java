package nl.competentiekompas.report.internal;

/**
 * Pieces every chart draws: the accessible {@code svg} root, lines and legend entries.
 */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private Svg() {
    }

    /**
     * Opens the root. Width and height are rounded up to whole pixels: the PDF renderer reads only whole
     * numbers there and takes a default size for anything else.
     */
    static void open(Xml xml, String id, double exactWidth, double exactHeight, String title, String description) {
        double width = Math.ceil(exactWidth);
        double height = Math.ceil(exactHeight);
        xml.open("svg").attr("xmlns", NAMESPACE).attr("id", id).attr("class", "chart")
                .attr("width", width).attr("height", height)
                .attr("viewBox", "0 0 " + Numbers.svg(width) + " " + Numbers.svg(height))
                .attr("role", "img").attr("aria-labelledby", id + "-title " + id + "-desc")
                .attr("font-family", "Helvetica, Arial, sans-serif");
        xml.open("title").attr("id", id + "-title").text(title).end();
        xml.open("desc").attr("id", id + "-desc").text(description).end();
        xml.open("rect").attr("x", "0").attr("y", "0").attr("width", width).attr("height", height)
                .attr("fill", "#FFFFFF").close();
    }

    static void line(Xml xml, double x1, double y1, double x2, double y2) {
        xml.open("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2).close();
    }

    static void legendLine(Xml xml, double x, double y, Palette.Style style, String label) {
        xml.open("line").attr("x1", x).attr("y1", y - 4).attr("x2", x + 28).attr("y2", y - 4)
                .attr("stroke", style.colour()).attr("stroke-width", "2.5");
        if (!style.dash().isEmpty()) {
            xml.attr("stroke-dasharray", style.dash());
        }
        xml.close();
        xml.open("circle").attr("cx", x + 14).attr("cy", y - 4).attr("r", "3.5").attr("fill", style.colour())
                .close();
        xml.open("text").attr("x", x + 36).attr("y", y).attr("font-size", "12").attr("fill", Palette.INK)
                .text(label).end();
    }
}
