package nl.competentiekompas.report;

/**
 * The output formats of a {@link Report}.
 *
 * @since 0.1
 */
public enum ReportFormat {
    /** GitHub-flavoured Markdown, UTF-8, with pipe tables. */
    MARKDOWN("md", "text/markdown; charset=UTF-8"),
    /** One self-contained XHTML file, UTF-8: inline CSS and SVG, no script, a strict Content-Security-Policy. */
    HTML("html", "text/html; charset=UTF-8"),
    /** A4 PDF rendered from the HTML, with selectable text and the charts. */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * The usual file name extension, without the dot.
     *
     * @return the extension, such as {@code md}; never null
     */
    public String extension() {
        return extension;
    }

    /**
     * The media type of the bytes.
     *
     * @return the media type; never null
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Whether the output is text (UTF-8) rather than binary.
     *
     * @return true for Markdown and HTML
     */
    public boolean isText() {
        return this != PDF;
    }
}
