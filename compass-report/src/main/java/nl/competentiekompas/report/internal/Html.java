package nl.competentiekompas.report.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Writes a {@link Doc} as one self-contained, well-formed XHTML file: inline CSS, inline SVG charts, no script,
 * no external request, and a Content-Security-Policy that allows exactly the one inline style sheet (by its
 * hash) and nothing else.
 *
 * <p>The same file feeds the PDF renderer, which is why it is XHTML and why the style sheet holds print rules
 * for A4.
 */
public final class Html {

    /** The style sheet; it must hold no character XML would escape, so that its hash is the browser's. */
    static final String CSS = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; \
            @bottom-right { content: counter(page) " / " counter(pages); font-family: Helvetica, Arial, sans-serif; \
            font-size: 8pt; color: #595959; } }
            html { background: #FFFFFF; }
            body { font-family: Helvetica, Arial, sans-serif; color: #1A1A1A; background: #FFFFFF; \
            font-size: 10.5pt; line-height: 1.45; margin: 0 auto; max-width: 180mm; padding: 8mm 6mm; }
            header, main, footer, section, figure, figcaption { display: block; }
            header { margin: 0 0 10pt 0; }
            h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 4pt 0; color: #0B3C5D; }
            h2 { font-size: 14pt; margin: 18pt 0 6pt 0; padding-bottom: 2pt; border-bottom: 1.5pt solid #0072B2; \
            color: #0B3C5D; page-break-after: avoid; }
            h3 { font-size: 11.5pt; margin: 12pt 0 4pt 0; page-break-after: avoid; }
            h4 { font-size: 10.5pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
            p { margin: 0 0 6pt 0; }
            p.meta { color: #595959; font-size: 9.5pt; margin: 0; }
            p.note { color: #595959; font-size: 9pt; }
            ul, ol { margin: 0 0 8pt 0; padding-left: 16pt; }
            li { margin: 0 0 2pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; font-size: 9.5pt; \
            page-break-inside: auto; }
            caption { text-align: left; font-weight: bold; padding: 0 0 3pt 0; caption-side: top; }
            th, td { border: 0.75pt solid #8C8C8C; padding: 3pt 5pt; text-align: left; vertical-align: top; }
            thead th { background: #E3ECF5; }
            tbody th { font-weight: bold; background: #F4F7FA; }
            tr { page-break-inside: avoid; }
            td.num, th.num { text-align: right; }
            table.wide { font-size: 8.5pt; }
            table.wide th, table.wide td { padding: 2pt 3pt; }
            figure { margin: 8pt 0 12pt 0; page-break-inside: avoid; }
            figure svg { display: block; margin: 0 auto 4pt auto; }
            figcaption { font-weight: bold; margin: 0 0 4pt 0; }
            .slot { border: 0.75pt solid #8C8C8C; padding: 4pt 6pt; margin: 0 0 8pt 0; page-break-inside: avoid; }
            .slot-label { font-weight: bold; margin: 0 0 2pt 0; }
            .rule { border-bottom: 0.75pt solid #8C8C8C; height: 18pt; }
            footer { margin-top: 18pt; padding-top: 6pt; border-top: 0.75pt solid #8C8C8C; color: #595959; \
            font-size: 9pt; }
            @media print { body { max-width: none; padding: 0; } a { color: #1A1A1A; } }
            """;

    /** The policy: nothing but the style sheet above. */
    static final String CSP = "default-src 'none'; style-src '" + hash(CSS) + "'; img-src 'none'; "
            + "font-src 'none'; base-uri 'none'; form-action 'none'";

    private Html() {
    }

    /**
     * Renders a document.
     *
     * @param doc the document
     * @return the XHTML text
     */
    public static String render(Doc doc) {
        Xml x = new Xml(new StringBuilder(16384));
        x.raw("<!DOCTYPE html>\n");
        x.open("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", doc.language().tag())
                .attr("xml:lang", doc.language().tag()).newline();
        x.open("head").newline();
        x.open("meta").attr("charset", "UTF-8").close().newline();
        x.open("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP).close().newline();
        x.open("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1").close()
                .newline();
        x.element("title", doc.title()).newline();
        x.open("style").raw(CSS).close().newline();
        x.close().newline();
        x.open("body").newline();
        x.open("header").newline();
        x.element("h1", doc.title()).newline();
        for (String line : doc.meta()) {
            x.open("p").attr("class", "meta").text(line).close().newline();
        }
        x.close().newline();
        x.open("main").newline();
        int charts = 0;
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Figure) {
                charts++;
            }
            block(x, block, "chart-" + charts);
        }
        x.close().newline();
        if (!doc.credits().isEmpty()) {
            x.open("footer").newline();
            for (String credit : doc.credits()) {
                x.element("p", credit).newline();
            }
            x.close().newline();
        }
        x.close().newline();
        x.close().newline();
        return x.finish();
    }

    private static void block(Xml x, Doc.Block block, String chartId) {
        if (block instanceof Doc.Heading h) {
            x.element("h" + h.level(), h.text()).newline();
        } else if (block instanceof Doc.Paragraph p) {
            x.open("p");
            if (p.note()) {
                x.attr("class", "note");
            }
            x.text(p.text()).end().newline();
        } else if (block instanceof Doc.Bullets b) {
            x.open(b.numbered() ? "ol" : "ul").newline();
            for (String item : b.items()) {
                x.element("li", item).newline();
            }
            x.end().newline();
        } else if (block instanceof Doc.Table t) {
            table(x, t);
        } else if (block instanceof Doc.Figure f) {
            x.open("figure").attr("aria-labelledby", chartId + "-caption").newline();
            x.open("figcaption").attr("id", chartId + "-caption").text(f.chart().title()).end().newline();
            f.chart().write(x, chartId);
            x.newline();
            x.open("p").attr("class", "note").text(f.chart().description()).end().newline();
            x.close().newline();
            table(x, f.data());
        } else if (block instanceof Doc.Slots s) {
            for (Doc.Slot slot : s.slots()) {
                x.open("div").attr("class", "slot");
                x.open("p").attr("class", "slot-label").text(slot.label()).end();
                if (slot.content().isBlank()) {
                    for (int i = 0; i < s.lines(); i++) {
                        x.open("div").attr("class", "rule").end();
                    }
                } else {
                    x.element("p", slot.content());
                }
                x.end().newline();
            }
        }
    }

    private static void table(Xml x, Doc.Table t) {
        x.open("table");
        if (t.headers().size() >= 7) {
            x.attr("class", "wide");
        }
        x.newline();
        if (!t.caption().isBlank()) {
            x.element("caption", t.caption()).newline();
        }
        x.open("thead").open("tr");
        for (int i = 0; i < t.headers().size(); i++) {
            x.open("th").attr("scope", "col");
            if (t.numeric().contains(i)) {
                x.attr("class", "num");
            }
            x.text(t.headers().get(i)).end();
        }
        x.close().close().newline();
        x.open("tbody").newline();
        for (List<String> row : t.rows()) {
            x.open("tr");
            for (int i = 0; i < row.size(); i++) {
                boolean head = i == 0 && t.rowHeaders();
                x.open(head ? "th" : "td");
                if (head) {
                    x.attr("scope", "row");
                }
                if (t.numeric().contains(i)) {
                    x.attr("class", "num");
                }
                x.text(row.get(i)).end();
            }
            x.close().newline();
        }
        x.close().newline();
        x.close().newline();
    }

    /**
     * The CSP source expression for an inline style or script: {@code sha256-} and the Base64 of its digest.
     *
     * @param content the element's text
     * @return the source expression without quotes
     */
    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
