package nl.competentiekompas.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.competentiekompas.core.catalog.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlTests {

    private static Document render() {
        Doc doc = new Doc(Language.NL, "Titel", List.of("Datum"), List.of(new Doc.Heading(2, "Deel"),
                new Doc.Table("Cap", List.of("a", "b"), List.of(List.of("x", "1")), true, Set.of(1))),
                List.of("Bron"));
        return Jsoup.parse(Html.render(doc));
    }

    @Test
    void thePolicyAllowsExactlyTheInlineStyleSheet() {
        Document html = render();
        String style = html.select("style").first().data();
        assertThat(style).isEqualTo(Html.CSS);
        assertThat(Html.CSS).doesNotContain("<", "&", ">");
        assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src '" + Html.hash(style) + "'; img-src 'none'; "
                        + "font-src 'none'; base-uri 'none'; form-action 'none'");
    }

    @Test
    void setsTheLanguageAndUsesHeaderCells() {
        Document html = render();
        assertThat(html.select("html").attr("lang")).isEqualTo("nl");
        assertThat(html.select("h1").text()).isEqualTo("Titel");
        assertThat(html.select("thead th[scope=col]")).hasSize(2);
        assertThat(html.select("tbody th[scope=row]").text()).isEqualTo("x");
        assertThat(html.select("td.num").text()).isEqualTo("1");
        assertThat(html.select("caption").text()).isEqualTo("Cap");
        assertThat(html.select("footer p").text()).isEqualTo("Bron");
    }

    @Test
    void hashesAsBrowsersDo() {
        // the digest of the empty string, as CSP Level 3 writes it
        assertThat(Html.hash("")).isEqualTo("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }

    @Test
    void textColoursMeetWcagAa() {
        for (String colour : List.of(Palette.INK, Palette.MUTED, "#0B3C5D")) {
            assertThat(Palette.contrast(colour, "#FFFFFF")).as(colour).isGreaterThanOrEqualTo(4.5);
            assertThat(Palette.contrast(colour, "#E3ECF5")).as(colour + " on header").isGreaterThanOrEqualTo(4.5);
        }
        assertThat(Palette.contrast("#000000", "#FFFFFF")).isCloseTo(21.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
