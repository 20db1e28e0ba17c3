package nl.competentiekompas.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Location;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own strict JSON mapper and canonical writer. Jackson's global defaults are never changed: everything
 * is configured on this instance.
 *
 * <p>Reading rejects duplicate keys, trailing tokens after the document, comments, single quotes, leading
 * zeros, NaN and trailing commas; fractions are read exactly ({@link java.math.BigDecimal}) so that a float
 * where an integer is due can be told apart and an FTE is never rounded. No type id is ever taken from the
 * input: polymorphic values are mapped by hand from a closed set of kinds. Limits suit our documents: nesting
 * {@value #MAX_DEPTH}, strings {@value #MAX_STRING} characters, property names {@value #MAX_NAME}, numbers
 * {@value #MAX_NUMBER} digits, documents read as a whole {@value #MAX_DOCUMENT} bytes (documents read element by
 * element, such as many assessments, have no size limit).
 *
 * <p>Writing is canonical: properties in the order our writers emit them, two-space indentation, {@code \n}
 * line ends whatever the platform, a final newline; the same value gives the same bytes.
 */
public final class StrictJson {

    /** Deepest nesting of arrays and objects. */
    public static final int MAX_DEPTH = 32;
    /** Longest string value, in characters. */
    public static final int MAX_STRING = 1 << 20;
    /** Longest property name, in characters. */
    public static final int MAX_NAME = 128;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER = 24;
    /** Largest document, in bytes (tree-read documents: catalogs, organisations, allocations). */
    public static final long MAX_DOCUMENT = 64L << 20;

    private static final JsonMapper MAPPER = build(MAX_DOCUMENT);

    /**
     * The same mapper without the document-size limit, for documents read one element at a time (many
     * assessments): memory stays bounded by the element limits, so the document may be as large as the data.
     */
    private static final JsonMapper STREAMING = build(-1);

    private static JsonMapper build(long maxDocument) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNameLength(MAX_NAME)
                .maxNumberLength(MAX_NUMBER).maxDocumentLength(maxDocument).build();
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(constraints)
                        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    private static final ObjectWriter CANONICAL = MAPPER.writer().with(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("")));

    private StrictJson() {
    }

    /**
     * The strict mapper, for callers that need Jackson itself (schema checks, tools).
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * The strict mapper without the document-size limit, for documents read element by element.
     *
     * @return the mapper
     */
    public static JsonMapper streamingMapper() {
        return STREAMING;
    }

    /**
     * Reads a whole document as a tree, turning every parse failure into a located problem.
     *
     * @param in the bytes; closed afterwards
     * @param sink where the problem goes
     * @return the root
     * @throws CompassImportException if the JSON is not well-formed or exceeds a limit
     */
    public static JsonNode readTree(InputStream in, ProblemSink sink) {
        try (InputStream input = in) {
            return MAPPER.readTree(input);
        } catch (JacksonException e) {
            throw located(e, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns a Jackson failure into a located problem, without its message (which quotes the input) and
     * without chaining it.
     *
     * @param e the failure
     * @param sink where the problem goes
     * @return the exception to throw
     */
    public static CompassImportException located(JacksonException e, ProblemSink sink) {
        if (e.getCause() instanceof IOException io && !(io instanceof java.io.CharConversionException)) {
            throw new UncheckedIOException(io);
        }
        TokenStreamLocation where = e.getLocation();
        long line = where == null ? 1 : Math.max(1, where.getLineNr());
        long column = where == null ? 1 : Math.max(1, where.getColumnNr());
        Location location = new Location.TextPosition(line, column);
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return sink.fatal(location, "json-too-large", limits());
        }
        if (message.startsWith("Duplicate")) {
            return sink.fatal(location, "json-duplicate-key");
        }
        return sink.fatal(location, "json-malformed");
    }

    private static String limits() {
        return "depth " + MAX_DEPTH + ", string " + MAX_STRING + ", name " + MAX_NAME + ", number " + MAX_NUMBER
                + ", document " + MAX_DOCUMENT + " bytes";
    }

    /**
     * Writes a document canonically.
     *
     * @param out the bytes; not closed
     * @param body writes the document
     */
    public static void write(OutputStream out, Consumer<JsonGenerator> body) {
        try (JsonGenerator generator = CANONICAL.createGenerator(out, JsonEncoding.UTF8)) {
            body.accept(generator);
            generator.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
