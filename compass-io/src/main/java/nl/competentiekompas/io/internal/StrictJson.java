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
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.RecyclerPool;
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

    /**
     * The read buffer of documents read element by element, in bytes. At Jackson's default of 8,000 bytes, a
     * property name or value that crosses the end of the buffer takes a slower path: in a document of a million
     * assessment entries that happened some twenty thousand times per read, about a twentieth of the time.
     */
    static final int STREAMING_READ_BUFFER = 1 << 16;

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
        JsonFactoryBuilder factory = JsonFactory.builder();
        if (maxDocument < 0) {
            factory.recyclerPool(new StreamingBuffers());
        }
        return JsonMapper.builder(factory
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

    /** Pooled buffers whose read buffer holds {@link #STREAMING_READ_BUFFER} bytes. */
    private static final class StreamingBuffers extends RecyclerPool.ConcurrentDequePoolBase<BufferRecycler> {
        private static final long serialVersionUID = 1L;

        StreamingBuffers() {
            super(SERIALIZATION_NON_SHARED);
        }

        @Override
        public BufferRecycler createPooled() {
            return new BufferRecycler() {
                @Override
                protected int byteBufferLength(int index) {
                    return index == BYTE_READ_IO_BUFFER ? STREAMING_READ_BUFFER : super.byteBufferLength(index);
                }
            };
        }
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
        TokenStreamLocation where = e.getLocation();
        return located(e, sink, where == null ? 1 : where.getLineNr(), where == null ? 1 : where.getColumnNr());
    }

    /**
     * Turns a Jackson failure into a problem at a given place, for a failure met while reading a part of the
     * input again on its own (whose own positions the caller has turned into the input's).
     *
     * @param e the failure
     * @param sink where the problem goes
     * @param line the line in the input
     * @param column the column in the input
     * @return the exception to throw
     */
    public static CompassImportException located(JacksonException e, ProblemSink sink, long line, long column) {
        if (e.getCause() instanceof IOException io && !(io instanceof java.io.CharConversionException)) {
            throw new UncheckedIOException(io);
        }
        Location location = new Location.TextPosition(Math.max(1, line), Math.max(1, column));
        if (e instanceof StreamConstraintsException) {
            return sink.fatal(location, "json-too-large", limits());
        }
        if (isDuplicate(e)) {
            return sink.fatal(location, "json-duplicate-key");
        }
        return sink.fatal(location, "json-malformed");
    }

    /**
     * Whether a Jackson failure is a property name given twice.
     *
     * @param e the failure
     * @return true for a duplicate key
     */
    public static boolean isDuplicate(JacksonException e) {
        return !(e instanceof StreamConstraintsException)
                && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate");
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
