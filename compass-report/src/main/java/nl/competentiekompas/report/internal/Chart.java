package nl.competentiekompas.report.internal;

/**
 * An SVG chart: drawn by our own code, with a title, a description and a legend inside the drawing.
 */
public interface Chart {

    /**
     * The title, also the SVG {@code <title>}.
     *
     * @return the title
     */
    String title();

    /**
     * A text alternative summarising what the chart shows, the SVG {@code <desc>}.
     *
     * @return the description
     */
    String description();

    /**
     * Writes the chart as one {@code svg} element.
     *
     * @param xml the writer
     * @param id a document-unique id for the element, used to tie the title and description to it
     */
    void write(Xml xml, String id);
}
