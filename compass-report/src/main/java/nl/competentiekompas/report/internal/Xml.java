package nl.competentiekompas.report.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.owasp.encoder.Encode;

/**
 * A small streaming writer of well-formed XML (XHTML and SVG) that escapes every piece of text and every
 * attribute value it is given, so that data can only ever be text.
 *
 * <p>Element and attribute names come from our own code and are checked to be plain names. Not thread-safe.
 */
public final class Xml {

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    /**
     * Creates a writer appending to a buffer.
     *
     * @param out the buffer
     */
    public Xml(StringBuilder out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Creates a writer with a fresh buffer.
     */
    public Xml() {
        this(new StringBuilder(4096));
    }

    /**
     * Opens an element; add attributes with {@link #attr(String, String)} before any content.
     *
     * @param name the element name
     * @return this writer
     */
    public Xml open(String name) {
        closeStartTag();
        out.append('<').append(name(name));
        open.push(name);
        inStartTag = true;
        return this;
    }

    /**
     * Adds an attribute to the element just opened; the value is escaped.
     *
     * @param name the attribute name
     * @param value the value
     * @return this writer
     */
    public Xml attr(String name, String value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute '" + name + "' after content");
        }
        out.append(' ').append(name(name)).append("=\"").append(Encode.forXmlAttribute(value)).append('"');
        return this;
    }

    /**
     * Adds a numeric attribute, written in the invariant form used by SVG.
     *
     * @param name the attribute name
     * @param value the value
     * @return this writer
     */
    public Xml attr(String name, double value) {
        return attr(name, Numbers.svg(value));
    }

    /**
     * Writes escaped text.
     *
     * @param text the text
     * @return this writer
     */
    public Xml text(String text) {
        closeStartTag();
        out.append(Encode.forXmlContent(text));
        return this;
    }

    /**
     * Writes an element holding only text.
     *
     * @param name the element name
     * @param text the text
     * @return this writer
     */
    public Xml element(String name, String text) {
        return open(name).text(text).end();
    }

    /**
     * Writes markup our own code produced; never call this with data.
     *
     * @param trusted markup written by this module
     * @return this writer
     */
    Xml raw(String trusted) {
        closeStartTag();
        out.append(trusted);
        return this;
    }

    /**
     * Closes the innermost open element, as {@code <x/>} when it is empty.
     *
     * @return this writer
     */
    public Xml close() {
        String name = open.pop();
        if (inStartTag) {
            out.append("/>");
            inStartTag = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /**
     * Closes the innermost element with an explicit end tag even when it is empty, as HTML needs for
     * elements such as {@code td}.
     *
     * @return this writer
     */
    public Xml end() {
        closeStartTag();
        return close();
    }

    /**
     * Ends a line, for readable output.
     *
     * @return this writer
     */
    public Xml newline() {
        closeStartTag();
        out.append('\n');
        return this;
    }

    /**
     * The text written so far.
     *
     * @return the markup
     * @throws IllegalStateException if an element is still open
     */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element '" + open.peek() + "'");
        }
        return out.toString();
    }

    private void closeStartTag() {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }

    private static String name(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9' && i > 0)
                    || ((c == '-' || c == ':') && i > 0);
            if (!ok) {
                throw new IllegalArgumentException("not a plain XML name: " + name);
            }
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty XML name");
        }
        return name;
    }
}
