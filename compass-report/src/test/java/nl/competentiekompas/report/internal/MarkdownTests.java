package nl.competentiekompas.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.competentiekompas.core.catalog.Language;
import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void escapesInlineMarkupAndHtml() {
        assertThat(Markdown.escape("<b>*x* _y_ `z` [a](b) | ~s~ & $m$ !"))
                .isEqualTo("\\<b\\>\\*x\\* \\_y\\_ \\`z\\` \\[a\\](b) \\| \\~s\\~ \\& \\$m\\$ \\!");
        assertThat(Markdown.escape("back\\slash")).isEqualTo("back\\\\slash");
    }

    @Test
    void escapesOnlyALeadingBlockMarker() {
        assertThat(Markdown.escape("# title")).isEqualTo("\\# title");
        assertThat(Markdown.escape("- item")).isEqualTo("\\- item");
        assertThat(Markdown.escape("well-known #1")).isEqualTo("well-known #1");
        assertThat(Markdown.escape("2019. A year")).isEqualTo("2019\\. A year");
        assertThat(Markdown.escape("0.25")).isEqualTo("0.25");
    }

    @Test
    void foldsLineBreaksAndDropsControlCharacters() {
        assertThat(Markdown.escape("  a\r\n\n b\u2028c\u0000d\u202e  ")).isEqualTo("a b cd");
    }

    @Test
    void writesTablesWithAlignmentAndADashForEmptyCells() {
        Doc doc = new Doc(Language.EN, "T", List.of(), List.of(new Doc.Table("Cap", List.of("a", "n"),
                List.of(List.of("x|y", ""), List.of("z", "3")), true, Set.of(1))), List.of("credit"));
        assertThat(Markdown.render(doc)).isEqualTo("""
                # T

                **Cap**

                | a | n |
                | --- | ---: |
                | x\\|y | \u2014 |
                | z | 3 |

                ---

                *credit*
                """);
    }
}
