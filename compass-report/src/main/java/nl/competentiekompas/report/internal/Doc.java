package nl.competentiekompas.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.competentiekompas.core.catalog.Language;

/**
 * A report as a format-neutral document: a title, a few lines of metadata, blocks and credits. Every report
 * is built as a {@code Doc}; the Markdown and XHTML writers render it, and so escaping lives in those two
 * places only.
 *
 * @param language the language of the text
 * @param title the title (the one first-level heading)
 * @param meta lines under the title, such as the date and document id
 * @param blocks the body
 * @param credits attributions shown at the end
 */
public record Doc(Language language, String title, List<String> meta, List<Block> blocks, List<String> credits) {

    /** Copies the parts. */
    public Doc {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        meta = List.copyOf(meta);
        blocks = List.copyOf(blocks);
        credits = List.copyOf(credits);
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Figure, Slots {
    }

    /**
     * A section heading.
     *
     * @param level 2 for a section, 3 for a subsection
     * @param text the heading
     */
    public record Heading(int level, String text) implements Block {
        /** Checks the level. */
        public Heading {
            if (level < 2 || level > 4) {
                throw new IllegalArgumentException("heading level " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A paragraph of plain text; line breaks in it are not kept.
     *
     * @param text the text
     * @param note whether it is a side note, set smaller
     */
    public record Paragraph(String text, boolean note) implements Block {
        /** Checks the text. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A bulleted or numbered list.
     *
     * @param items the items
     * @param numbered whether the items are numbered
     */
    public record Bullets(List<String> items, boolean numbered) implements Block {
        /** Copies the items. */
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with one header row; every row has as many cells as there are headers.
     *
     * @param caption the caption, shown above the table
     * @param headers the column headers
     * @param rows the rows
     * @param rowHeaders whether the first cell of each row heads that row
     * @param numeric the indexes of the columns holding numbers, set right-aligned
     */
    public record Table(String caption, List<String> headers, List<List<String>> rows, boolean rowHeaders,
            Set<Integer> numeric) implements Block {
        /** Checks the shape. */
        public Table {
            Objects.requireNonNull(caption, "caption");
            headers = List.copyOf(headers);
            List<List<String>> copy = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + headers.size()
                            + " headers");
                }
                copy.add(List.copyOf(row));
            }
            rows = List.copyOf(copy);
            numeric = Set.copyOf(numeric);
        }
    }

    /**
     * A chart with the table of the same numbers.
     *
     * @param chart the chart
     * @param data the numbers the chart shows
     */
    public record Figure(Chart chart, Table data) implements Block {
        /** Checks the parts. */
        public Figure {
            Objects.requireNonNull(chart, "chart");
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * Blank or filled slots of a form: a label and the text written in it, or a ruled space to write by hand.
     *
     * @param slots the labels and their contents (empty for blank)
     * @param lines how many ruled lines a blank slot gets
     */
    public record Slots(List<Slot> slots, int lines) implements Block {
        /** Copies the slots. */
        public Slots {
            slots = List.copyOf(slots);
        }
    }

    /**
     * One slot of a form.
     *
     * @param label the label
     * @param content what was written, or empty for a blank slot
     */
    public record Slot(String label, String content) {
        /** Checks the parts. */
        public Slot {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(content, "content");
        }
    }
}
