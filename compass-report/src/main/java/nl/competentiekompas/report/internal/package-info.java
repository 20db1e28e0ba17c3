/**
 * The implementation of compass-report: the document model every report is built as, its Markdown, XHTML
 * and PDF writers, and the SVG charts. Not part of the API.
 */
@NullMarked
package nl.competentiekompas.report.internal;

import org.jspecify.annotations.NullMarked;
