/**
 * Reports people want to read: Markdown, self-contained HTML with SVG charts, and PDF, in Dutch and English.
 *
 * @since 0.1
 */
module nl.competentiekompas.report {
    requires transitive nl.competentiekompas.core;
    requires static org.jspecify;
    requires owasp.encoder;
    // automatic modules: openhtmltopdf names none (these come from its jar names); PDFBox names its own
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.svg.support;
    requires org.apache.pdfbox;

    exports nl.competentiekompas.report;
}
