package nl.competentiekompas.report;

/**
 * A report people read, rendered as Markdown, self-contained HTML or PDF in Dutch or English.
 *
 * <p>Get one from {@link Reports}. A report holds its subject (a profile, an assessment, an organisation);
 * the {@link ReportContext} supplies the language, date and document id, so rendering is deterministic: the
 * same subject and context give the same bytes in every format. Implementations are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public interface Report {

    /**
     * The kind of report, a lower-kebab id such as {@code profile-sheet}.
     *
     * @return the id; never null
     */
    String id();

    /**
     * Renders the report.
     *
     * @param format the format; not null
     * @param context the language, date, document id and display names; not null
     * @return the bytes: UTF-8 text for Markdown and HTML, a PDF file for PDF; never null
     * @throws ReportException if the renderer fails
     */
    byte[] render(ReportFormat format, ReportContext context);

    /**
     * Renders the report as text.
     *
     * @param format {@link ReportFormat#MARKDOWN} or {@link ReportFormat#HTML}; not null
     * @param context the language, date, document id and display names; not null
     * @return the text; never null
     * @throws IllegalArgumentException if the format is not a text format
     */
    String renderText(ReportFormat format, ReportContext context);
}
