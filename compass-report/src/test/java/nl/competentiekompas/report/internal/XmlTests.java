package nl.competentiekompas.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XmlTests {

    @Test
    void escapesTextAndAttributes() {
        String out = new Xml().open("p").attr("title", "\"'<&>").text("<script>&</script>").end().finish();
        assertThat(out).isEqualTo("<p title=\"&#34;&#39;&lt;&amp;>\">&lt;script&gt;&amp;&lt;/script&gt;</p>");
    }

    @Test
    void selfClosesEmptyElementsOnlyOnClose() {
        assertThat(new Xml().open("br").close().finish()).isEqualTo("<br/>");
        assertThat(new Xml().open("td").end().finish()).isEqualTo("<td></td>");
        assertThat(new Xml().element("li", "").finish()).isEqualTo("<li></li>");
    }

    @Test
    void refusesNamesThatAreNotPlain() {
        assertThatThrownBy(() -> new Xml().open("a onclick")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Xml().open("p").attr("on\"x", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToFinishWithOpenElements() {
        assertThatThrownBy(() -> new Xml().open("p").finish()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writesSvgNumbersInvariantly() {
        assertThat(Numbers.svg(1.005)).isEqualTo("1.01");
        assertThat(Numbers.svg(-0.001)).isEqualTo("0");
        assertThat(Numbers.svg(120.0)).isEqualTo("120");
        assertThat(Numbers.svg(1e-7)).isEqualTo("0");
        assertThatThrownBy(() -> Numbers.svg(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
