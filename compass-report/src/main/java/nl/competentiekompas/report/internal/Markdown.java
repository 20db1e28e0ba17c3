package nl.competentiekompas.report.internal;

import java.util.List;

/**
 * Writes a {@link Doc} as GitHub-flavoured Markdown.
 *
 * <p>All text goes through {@link #escape(String)}, so that data can never become HTML, a link, code, emphasis
 * or a new block, and can never break a table: line breaks fold into spaces and every character with an
 * inline meaning is backslash-escaped.
 */
public final class Markdown {

    private Markdown() {
    }

    /**
     * Renders a document.
     *
     * @param doc the document
     * @return the Markdown text, ending with one newline
     */
    public static String render(Doc doc) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# ").append(escape(doc.title())).append("\n\n");
        if (!doc.meta().isEmpty()) {
            for (int i = 0; i < doc.meta().size(); i++) {
                out.append(escape(doc.meta().get(i))).append(i + 1 < doc.meta().size() ? "\\\n" : "\n");
            }
            out.append('\n');
        }
        for (Doc.Block block : doc.blocks()) {
            block(out, block);
        }
        if (!doc.credits().isEmpty()) {
            out.append("---\n\n");
            for (String credit : doc.credits()) {
                out.append("*").append(escape(credit)).append("*\n\n");
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.append('\n').toString();
    }

    private static void block(StringBuilder out, Doc.Block block) {
        if (block instanceof Doc.Heading h) {
            out.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
        } else if (block instanceof Doc.Paragraph p) {
            String text = escape(p.text());
            out.append(p.note() ? "*" + text + "*" : text).append("\n\n");
        } else if (block instanceof Doc.Bullets b) {
            for (int i = 0; i < b.items().size(); i++) {
                out.append(b.numbered() ? (i + 1) + ". " : "- ").append(escape(b.items().get(i))).append('\n');
            }
            out.append('\n');
        } else if (block instanceof Doc.Table t) {
            table(out, t);
        } else if (block instanceof Doc.Figure f) {
            out.append("**").append(escape(f.chart().title())).append("**\n\n");
            out.append(escape(f.chart().description())).append("\n\n");
            table(out, f.data());
        } else if (block instanceof Doc.Slots s) {
            for (Doc.Slot slot : s.slots()) {
                out.append("**").append(escape(slot.label())).append("**\n\n");
                if (slot.content().isBlank()) {
                    for (int i = 0; i < s.lines(); i++) {
                        out.append("\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n");
                    }
                } else {
                    out.append("> ").append(escape(slot.content())).append("\n\n");
                }
            }
        }
    }

    private static void table(StringBuilder out, Doc.Table t) {
        if (!t.caption().isBlank()) {
            out.append("**").append(escape(t.caption())).append("**\n\n");
        }
        row(out, t.headers());
        out.append('|');
        for (int i = 0; i < t.headers().size(); i++) {
            out.append(t.numeric().contains(i) ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> row : t.rows()) {
            row(out, row);
        }
        out.append('\n');
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            String text = escape(cell);
            out.append(' ').append(text.isEmpty() ? "\u2014" : text).append(" |");
        }
        out.append('\n');
    }

    /**
     * Escapes text for use inside a Markdown block or table cell: control characters dropped, line breaks
     * and runs of white space folded into single spaces, every inline-significant character backslash-escaped,
     * and a leading character that would start a block escaped too.
     *
     * @param text the text
     * @return the escaped text, on one line
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                space = out.length() > 0;
                continue;
            }
            if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '$', '!' -> out.append('\\').append(c);
                case '#', '+', '-', '=' -> {
                    if (out.length() == 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                case '.', ')' -> {
                    boolean endsWord = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
                    if (endsWord && allDigits(out)) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
