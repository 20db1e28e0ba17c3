package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.competentiekompas.core.catalog.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Hostile strings in every text field of every report never become markup: the HTML holds no script, no
 * event handler, no {@code javascript:} URL and no {@code foreignObject}, stays well-formed XML (so the PDF
 * renderer reads it) and keeps its one style sheet; the Markdown holds no raw HTML or code and its tables keep
 * their column counts.
 */
class ReportInjectionProperties {

    private static final List<String> ATTACKS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "' onmouseover='alert(1)",
            "javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<svg><foreignObject><body onload=alert(1)></body></foreignObject></svg>",
            "</style><script>alert(1)</script>",
            "}</style><style>body{background:url(javascript:alert(1))}",
            "*/ body { display:none } /*",
            "| a | b | c |",
            "```\ncode\n```",
            "`inline` ``double``",
            "\n# heading\n\n- item\n",
            "[x](javascript:alert(1)) ![y](https://example.com/x.png)",
            "<!-- comment --> <![CDATA[ x ]]> ]]>",
            "&amp; &lt; &#60; &nbsp;",
            "\u0000\u0007\u001b[31m \u202e\u2028\u2029",
            "\\| \\\\| \\",
            "1. \n2) \n+ \n= \n> quote",
            "$x$ $$y$$ ~~z~~ **b** _i_",
            "<style>@import url(https://example.com/x.css)</style>");

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> attack = Arbitraries.of(ATTACKS);
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', '\u00e9')
                .ofMaxLength(24);
        return Arbitraries.oneOf(attack, attack.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l)),
                noise);
    }

    @Property(tries = 100)
    void htmlCarriesNoActiveContent(@ForAll("hostile") String hostile) throws Exception {
        for (Map.Entry<String, Report> entry : SampleReports.all(text -> text + " " + hostile).entrySet()) {
            for (Language language : Language.values()) {
                String html = entry.getValue().renderText(ReportFormat.HTML, SampleReports.context(language));
                checkHtml(html);
            }
        }
    }

    @Property(tries = 100)
    void markdownStaysPlainAndTablesKeepTheirColumns(@ForAll("hostile") String hostile) {
        for (Map.Entry<String, Report> entry : SampleReports.all(text -> text + " " + hostile).entrySet()) {
            for (Language language : Language.values()) {
                String markdown = entry.getValue().renderText(ReportFormat.MARKDOWN,
                        SampleReports.context(language));
                checkMarkdown(markdown);
            }
        }
    }

    @Property(tries = 10)
    void pdfRendersWhateverTheText(@ForAll("hostile") String hostile) throws Exception {
        Report report = SampleReports.all(text -> text + " " + hostile).values().iterator().next();
        try (PDDocument pdf = Loader.loadPDF(report.render(ReportFormat.PDF, SampleReports.context(Language.EN)))) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    static void checkHtml(String html) throws Exception {
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getElementsByTag("foreignObject")).isEmpty();
        assertThat(doc.getElementsByTag("foreignobject")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("img, iframe, object, embed, link, base, form, a")).isEmpty();
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]")).hasSize(1);
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", ""))
                        .doesNotContain("javascript:");
            }
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static void checkMarkdown(String markdown) {
        List<Integer> columns = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            assertThat(unescaped(line, '<')).as("raw HTML in %s", line).isZero();
            assertThat(unescaped(line, '`')).as("code in %s", line).isZero();
            if (line.startsWith("|")) {
                columns.add(unescaped(line, '|'));
            } else if (!columns.isEmpty()) {
                assertThat(columns).as("column counts of a table").allMatch(c -> c.equals(columns.get(0)));
                columns.clear();
            }
        }
        assertThat(columns).isEmpty();
    }

    private static int unescaped(String line, char wanted) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                count++;
            }
        }
        return count;
    }
}
