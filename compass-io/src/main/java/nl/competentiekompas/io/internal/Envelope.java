package nl.competentiekompas.io.internal;

import nl.competentiekompas.io.Location;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The two properties every JSON document starts with: {@code format} (what the document is, such as
 * {@code competentiekompas/catalog}) and {@code version} (the format's version, an integer).
 *
 * @param format the format name
 * @param version the one version this library reads and writes
 */
public record Envelope(String format, int version) {

    /** Prefix of every format name. */
    public static final String PREFIX = "competentiekompas/";

    /** The property naming the format. */
    public static final String FORMAT = "format";

    /** The property holding the format version. */
    public static final String VERSION = "version";

    /**
     * An envelope for a document kind.
     *
     * @param kind such as {@code catalog}
     * @return the envelope, version 1
     */
    public static Envelope v1(String kind) {
        return new Envelope(PREFIX + kind, 1);
    }

    /**
     * Writes the two properties; the caller has started the root object.
     *
     * @param out the generator
     */
    public void write(JsonGenerator out) {
        out.writeStringProperty(FORMAT, format);
        out.writeNumberProperty(VERSION, version);
    }

    /**
     * Checks a document's envelope before anything else is read, so that a wrong or newer document gives one
     * clear problem instead of many.
     *
     * @param root the document
     * @param in the reader
     * @throws nl.competentiekompas.io.CompassImportException if the format or version is wrong
     */
    public void check(JsonNode root, JsonIn in) {
        ProblemSink sink = in.sink();
        if (!root.isObject()) {
            throw sink.fatal(new Location.JsonPointer(""), "json-type", "an object");
        }
        JsonNode f = root.get(FORMAT);
        if (f == null || !f.isString() || !f.stringValue().equals(format)) {
            throw sink.fatal(new Location.JsonPointer("/" + FORMAT), "json-format", format);
        }
        JsonNode v = root.get(VERSION);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw sink.fatal(new Location.JsonPointer("/" + VERSION), "json-type", "a whole number");
        }
        if (v.intValue() != version) {
            // the version is a number, not personal data, and naming it helps the user
            throw sink.fatal(new Location.JsonPointer("/" + VERSION), "json-version", v.intValue(), version);
        }
    }
}
