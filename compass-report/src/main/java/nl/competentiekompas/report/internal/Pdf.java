package nl.competentiekompas.report.internal;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders the XHTML of a report to PDF with openhtmltopdf, deterministically: the producer, the dates and the
 * file identifier come from the input, never from the clock, so the same input gives the same bytes.
 */
public final class Pdf {

    /** The producer written into every PDF. */
    public static final String PRODUCER = "Competentiekompas compass-report";

    private Pdf() {
    }

    /**
     * Renders a PDF.
     *
     * @param xhtml the well-formed XHTML document
     * @param title the document title for the PDF's information
     * @param language the language tag
     * @param date the document date, which becomes the creation and modification date (midnight UTC)
     * @param documentId the document id, whose digest becomes the PDF's file identifier
     * @return the PDF bytes
     * @throws IOException if the renderer fails
     */
    public static byte[] render(String xhtml, String title, String language, LocalDate date, String documentId)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(xhtml, null);
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useUriResolver((base, uri) -> null);
        builder.withProducer(PRODUCER);
        ByteArrayOutputStream out = new ByteArrayOutputStream(65536);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
            when.clear();
            when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
            info.setCreationDate(when);
            info.setModificationDate(when);
            document.setDocumentInformation(info);
            document.getDocumentCatalog().setLanguage(language);
            byte[] id = digest(documentId + "\n" + xhtml);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            document.save(out);
        }
        return out.toByteArray();
    }

    private static byte[] digest(String text) {
        try {
            byte[] full = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            byte[] id = new byte[16];
            System.arraycopy(full, 0, id, 0, id.length);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
