package nl.competentiekompas.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import nl.competentiekompas.report.Report;
import nl.competentiekompas.report.ReportContext;
import nl.competentiekompas.report.ReportException;
import nl.competentiekompas.report.ReportFormat;

/**
 * A report defined by how it builds its {@link Doc} for a context; the three formats come from the one
 * document. Immutable and thread-safe when the builder function is.
 */
public final class DocReport implements Report {

    private final String id;
    private final Function<ReportContext, Doc> build;

    /**
     * Creates the report.
     *
     * @param id the report's kind
     * @param build builds the document for a context
     */
    public DocReport(String id, Function<ReportContext, Doc> build) {
        this.id = Objects.requireNonNull(id, "id");
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * The document for a context, before any format.
     *
     * @param context the context
     * @return the document
     */
    public Doc document(ReportContext context) {
        return build.apply(Objects.requireNonNull(context, "context"));
    }

    @Override
    public byte[] render(ReportFormat format, ReportContext context) {
        Objects.requireNonNull(format, "format");
        Doc doc = document(context);
        return switch (format) {
            case MARKDOWN -> Markdown.render(doc).getBytes(StandardCharsets.UTF_8);
            case HTML -> Html.render(doc).getBytes(StandardCharsets.UTF_8);
            case PDF -> {
                try {
                    yield Pdf.render(Html.render(doc), doc.title(), context.language().tag(),
                            context.documentDate(), context.documentId());
                } catch (IOException | RuntimeException e) {
                    throw new ReportException(id, format, "the PDF renderer failed", e);
                }
            }
        };
    }

    @Override
    public String renderText(ReportFormat format, ReportContext context) {
        Objects.requireNonNull(format, "format");
        if (!format.isText()) {
            throw new IllegalArgumentException(format + " is not a text format");
        }
        Doc doc = document(context);
        return format == ReportFormat.MARKDOWN ? Markdown.render(doc) : Html.render(doc);
    }

    @Override
    public String toString() {
        return "Report[" + id + "]";
    }
}
