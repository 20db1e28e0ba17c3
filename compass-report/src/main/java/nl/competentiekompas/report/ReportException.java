package nl.competentiekompas.report;

import nl.competentiekompas.core.CompassException;

/**
 * Thrown when a report cannot be rendered, for instance when the PDF renderer fails.
 *
 * <p>The message names the report and the format, never personal data.
 *
 * @since 0.1
 */
public final class ReportException extends CompassException {

    private static final long serialVersionUID = 1L;

    private final String reportId;
    private final ReportFormat format;

    /**
     * Creates the exception.
     *
     * @param reportId the id of the report; not null
     * @param format the format being rendered; not null
     * @param message what went wrong; not null
     * @param cause the underlying failure; not null
     */
    public ReportException(String reportId, ReportFormat format, String message, Throwable cause) {
        super("report '" + reportId + "' as " + format + ": " + message, cause);
        this.reportId = reportId;
        this.format = format;
    }

    /**
     * The id of the report that failed.
     *
     * @return the id; never null
     */
    public String reportId() {
        return reportId;
    }

    /**
     * The format that failed.
     *
     * @return the format; never null
     */
    public ReportFormat format() {
        return format;
    }
}
