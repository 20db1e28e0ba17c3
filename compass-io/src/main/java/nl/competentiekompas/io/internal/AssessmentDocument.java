package nl.competentiekompas.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.CompetencyEntry;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.ReflectionForm;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Location;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadContext;
import tools.jackson.databind.JsonNode;

/**
 * Assessments as JSON: one ({@code competentiekompas/assessment}) or many
 * ({@code competentiekompas/assessments}, an {@code assessments} array). The many-document streams: the parser
 * walks the array and only one assessment is held at a time, so {@code format} and {@code version} must come
 * before the array (the writer puts them first). A valid document in UTF-8 is read straight from its bytes
 * ({@link AssessmentScanner}); from the first thing that is not as a valid one has it, the parser reads the rest:
 * a valid element is mapped straight from the tokens, an element with any problem is read again from its kept
 * bytes as a tree, which locates every problem.
 */
public final class AssessmentDocument {

    /** One assessment. */
    public static final Envelope ONE = Envelope.v1("assessment");
    /** Many assessments. */
    public static final Envelope MANY = Envelope.v1("assessments");

    private static final String[] PROPERTIES = AssessmentValues.ELEMENT.toArray(String[]::new);

    private AssessmentDocument() {
    }

    /**
     * Writes the properties of an assessment into an object the caller opened.
     *
     * @param a the assessment
     * @param out the generator
     */
    public static void writeBody(Assessment a, JsonGenerator out) {
        out.writeStringProperty("profile", a.profile().value());
        out.writeStringProperty("subject", a.subject().value());
        out.writeStringProperty("rater", a.rater().value());
        out.writeStringProperty("perspective", a.perspective().id());
        out.writeStringProperty("date", a.date().toString());
        out.writeName("entries");
        out.writeStartArray();
        for (CompetencyEntry e : a.entries()) {
            out.writeStartObject();
            out.writeStringProperty("competency", e.competency().value());
            if (e.score().isPresent()) {
                out.writeNumberProperty("score", e.score().getAsInt());
            }
            out.writeStringProperty("reflection", e.reflection());
            out.writeStringProperty("action", e.action());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("answers");
        out.writeStartArray();
        for (Map.Entry<QuestionId, String> answer : a.answers().entrySet()) {
            out.writeStartObject();
            out.writeStringProperty("question", answer.getKey().value());
            out.writeStringProperty("text", answer.getValue());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("developmentGoals");
        out.writeStartArray();
        for (String goal : a.developmentGoals()) {
            out.writeString(goal);
        }
        out.writeEndArray();
    }

    /**
     * Writes one assessment as a document.
     *
     * @param a the assessment
     * @param out the generator
     */
    public static void writeOne(Assessment a, JsonGenerator out) {
        out.writeStartObject();
        ONE.write(out);
        writeBody(a, out);
        out.writeEndObject();
    }

    /**
     * Writes many assessments as a document.
     *
     * @param all the assessments
     * @param out the generator
     */
    public static void writeMany(Iterable<Assessment> all, JsonGenerator out) {
        out.writeStartObject();
        MANY.write(out);
        out.writeName("assessments");
        out.writeStartArray();
        for (Assessment a : all) {
            out.writeStartObject();
            writeBody(a, out);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Reads one assessment from a tree.
     *
     * @param node the object
     * @param at its pointer
     * @param in the reader
     * @param catalog the catalog
     * @param envelope whether the object also holds {@code format} and {@code version}
     * @return the assessment, or null after problems
     */
    public static @Nullable Assessment read(JsonNode node, String at, JsonIn in, Catalog catalog, boolean envelope) {
        String[] allowed = envelope ? concat(PROPERTIES, Envelope.FORMAT, Envelope.VERSION) : PROPERTIES;
        if (in.object(node, at, allowed) == null) {
            return null;
        }
        RoleId profileId = in.id(node, at, "profile", RoleId::of, "a lower-kebab profile id");
        Optional<RoleProfile> profile = profileId == null ? Optional.empty() : catalog.profile(profileId);
        if (profileId != null && profile.isEmpty()) {
            in.problem(JsonIn.at(at, "profile"), "ref-unknown", "profile");
        }
        PersonId subject = in.id(node, at, "subject", PersonId::of, "a person id");
        PersonId rater = in.id(node, at, "rater", PersonId::of, "a person id");
        Perspective perspective = in.enumId(node, at, "perspective", Perspective.values());
        String dateText = in.string(node, at, "date");
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = dateText.length() == 10 ? LocalDate.parse(dateText) : null;
            } catch (DateTimeException e) {
                date = null;
            }
            if (date == null) {
                in.problem(JsonIn.at(at, "date"), "json-type", "a date yyyy-MM-dd");
            }
        }
        if (profile.isEmpty() || !JsonIn.all(subject, rater, perspective, date)) {
            return null;
        }
        LocalDate day = date;
        Assessment.Builder b = in.build(at, () -> Assessment.builder(profile.get(), subject, rater, perspective, day));
        if (b == null) {
            return null;
        }
        List<Boolean> entries = in.array(node, at, "entries", (e, eat) -> {
            if (in.object(e, eat, "competency", "score", "reflection", "action") == null) {
                return null;
            }
            CompetencyId c = in.id(e, eat, "competency", CompetencyId::of, "a lower-kebab competency id");
            Optional<Integer> score = in.optionalInteger(e, eat, "score");
            String reflection = in.anyString(e, eat, "reflection");
            String action = in.anyString(e, eat, "action");
            if (!JsonIn.all(c, score, reflection, action)) {
                return null;
            }
            return in.build(eat, () -> {
                score.ifPresent(s -> b.score(c, s));
                b.reflection(c, reflection).action(c, action);
                return Boolean.TRUE;
            });
        });
        List<Boolean> answers = in.array(node, at, "answers", (e, eat) -> {
            if (in.object(e, eat, "question", "text") == null) {
                return null;
            }
            QuestionId q = in.id(e, eat, "question", QuestionId::of, "a lower-kebab question id");
            String text = in.anyString(e, eat, "text");
            return JsonIn.all(q, text) ? in.build(eat, () -> {
                b.answer(q, text);
                return Boolean.TRUE;
            }) : null;
        });
        JsonNode goals = in.required(node, at, "developmentGoals");
        boolean goalsOk = goals != null;
        if (goals != null && goals.isArray() && goals.size() > ReflectionForm.MAX_DEVELOPMENT_GOALS) {
            // a sixth goal: named at the goal, before the builder would refuse it without a place
            in.problem(JsonIn.at(JsonIn.at(at, "developmentGoals"), ReflectionForm.MAX_DEVELOPMENT_GOALS),
                    "json-too-many-goals", ReflectionForm.MAX_DEVELOPMENT_GOALS);
            goalsOk = false;
        } else if (goals != null) {
            List<Boolean> read = in.arrayValue(goals, JsonIn.at(at, "developmentGoals"), (g, gat) -> {
                String goal = in.string(g, gat);
                return goal == null ? null : in.build(gat, () -> {
                    b.developmentGoal(goal);
                    return Boolean.TRUE;
                });
            });
            goalsOk = read != null;
        }
        if (!JsonIn.all(entries, answers) || !goalsOk) {
            return null;
        }
        return in.build(at, b::build);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The ways a many-document can be read: each ends as the last does, only faster. */
    enum Path {
        /** From the bytes while the document is valid, then as {@link #TOKENS}. */
        BYTES,
        /** Valid elements from the parser's tokens, others as a tree. */
        TOKENS,
        /** Every element as a tree. */
        TREES
    }

    /**
     * Streams the assessments of a many-document. Not thread-safe.
     */
    public static final class Stream implements Iterator<Assessment>, AutoCloseable {
        /** The envelope a rest handed over after an element is read with, on a line of its own. */
        private static final byte[] ENVELOPE = ("{\"" + Envelope.FORMAT + "\":\"" + MANY.format() + "\",\""
                + Envelope.VERSION + "\":" + MANY.version() + ",\"assessments\":[\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        private final InputStream input;
        private final String source;
        private final Catalog catalog;
        private @Nullable AssessmentScanner scanner;
        private @Nullable Tokens tokens;
        private @Nullable Assessment pending;

        /**
         * Opens a stream and reads up to the start of the array.
         *
         * @param input the bytes
         * @param source the input's name
         * @param catalog the catalog
         * @throws CompassImportException if the envelope is wrong or missing before the array
         */
        public Stream(InputStream input, String source, Catalog catalog) {
            this(input, source, catalog, Path.BYTES);
        }

        /**
         * Opens a stream that reads one way.
         *
         * @param input the bytes
         * @param source the input's name
         * @param catalog the catalog
         * @param path how
         */
        Stream(InputStream input, String source, Catalog catalog, Path path) {
            this.input = input;
            this.source = source;
            this.catalog = catalog;
            if (path != Path.BYTES) {
                this.tokens = new Tokens(input, source, catalog, path == Path.TOKENS, 0, false, 0);
                return;
            }
            try {
                this.scanner = new AssessmentScanner(input, new AssessmentValues(catalog));
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            if (scanner.state() == AssessmentScanner.State.HANDED_OVER) {
                handOver(scanner);
            }
        }

        /**
         * Goes on with the token and tree paths from where the scanner stopped. After an element, they read an
         * envelope of the same format on a line of its own, then the line the rest starts on, with a zero standing
         * for the last element read and spaces for the rest of what came before on that line: the places they
         * name are then the input's, a fixed number of lines on.
         */
        private void handOver(AssessmentScanner from) {
            AssessmentScanner.Rest rest = from.handOver();
            scanner = null;
            if (rest.elements() == 0) {
                tokens = new Tokens(rest.input(), source, catalog, true, 0, false, 0);
                return;
            }
            InputStream before = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(ENVELOPE),
                    new Placeholder(rest.column()));
            tokens = new Tokens(new java.io.SequenceInputStream(before, rest.input()), source, catalog, true,
                    rest.elements(), true, rest.line() - 2);
        }

        @Override
        public boolean hasNext() {
            if (pending != null) {
                return true;
            }
            if (tokens != null) {
                return tokens.hasNext();
            }
            AssessmentScanner from = scanner;
            if (from == null) {
                return false;
            }
            try {
                pending = from.read();
            } catch (RuntimeException e) {
                scanner = null;
                close();
                throw e;
            }
            if (pending != null) {
                return true;
            }
            if (from.state() == AssessmentScanner.State.ENDED) {
                scanner = null;
                close();
                return false;
            }
            handOver(from);
            return java.util.Objects.requireNonNull(tokens).hasNext();
        }

        /** Whether the token and tree paths read the rest, the bytes having left off (or never having begun). */
        boolean handedOver() {
            return tokens != null;
        }

        @Override
        public Assessment next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Assessment a = pending;
            if (a != null) {
                pending = null;
                return a;
            }
            return java.util.Objects.requireNonNull(tokens).next();
        }

        @Override
        public void close() {
            try {
                if (tokens != null) {
                    tokens.close();
                }
            } finally {
                try {
                    input.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(new IOException("closing the input failed"));
                }
            }
        }
    }

    /** A zero, standing for the last element read, then spaces up to a length: what came before on its line. */
    private static final class Placeholder extends InputStream {
        private final long length;
        private long at;

        Placeholder(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return at >= length ? -1 : at++ == 0 ? '0' : ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (at >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - at);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            if (at == 0) {
                b[off] = '0';
            }
            at += n;
            return n;
        }
    }

    /**
     * The token and tree paths of a many-document, from its start or from where the scanner handed over.
     */
    private static final class Tokens implements Iterator<Assessment>, AutoCloseable {
        private final JsonParser parser;
        private final RetainingInput retained;
        private final AssessmentTokens tokens;
        private final ProblemSink sink;
        private final JsonIn in;
        private final Catalog catalog;
        private int index;
        /** Whether element contexts run without the parser's duplicate check. */
        private boolean unchecked;
        private @Nullable Assessment pending;
        private boolean done;
        /** Whether the first element stands for one read before, and is passed over. */
        private boolean placeholder;
        /** What to add to the parser's line numbers to make them the input's. */
        private final long lineShift;

        /**
         * Opens a stream and reads up to the start of the array.
         *
         * @param input the bytes
         * @param source the input's name
         * @param catalog the catalog
         * @param direct whether valid elements are mapped straight from the tokens (false: every element as a tree)
         * @param index the index of the first element in the input's array
         * @param placeholder whether the first element stands for one read before, and is passed over
         * @param lineShift what to add to the parser's line numbers to make them the input's
         * @throws CompassImportException if the envelope is wrong or missing before the array
         */
        Tokens(InputStream input, String source, Catalog catalog, boolean direct, int index, boolean placeholder,
                long lineShift) {
            this.index = index;
            this.placeholder = placeholder;
            this.lineShift = lineShift;
            this.sink = new ProblemSink(source);
            this.in = new JsonIn(sink);
            this.catalog = catalog;
            this.retained = new RetainingInput(input);
            this.parser = StrictJson.streamingMapper().createParser(retained);
            this.tokens = new AssessmentTokens(parser, catalog);
            if (!direct) {
                retained.stop();
            }
            try {
                start();
            } catch (JacksonException e) {
                close();
                throw locatedHere(e);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        private void start() {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw sink.fatal(new Location.JsonPointer(""), "json-type", "an object");
            }
            boolean format = false;
            boolean version = false;
            while (true) {
                JsonToken t = parser.nextToken();
                if (t != JsonToken.PROPERTY_NAME) {
                    throw sink.fatal(new Location.JsonPointer(""), "json-missing-property", "assessments");
                }
                String name = parser.currentName();
                parser.nextToken();
                if (Envelope.FORMAT.equals(name)) {
                    if (!parser.currentToken().isScalarValue() || !MANY.format().equals(parser.getValueAsString())) {
                        throw sink.fatal(new Location.JsonPointer("/format"), "json-format", MANY.format());
                    }
                    format = true;
                } else if (Envelope.VERSION.equals(name)) {
                    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                        throw sink.fatal(new Location.JsonPointer("/version"), "json-type", "a whole number");
                    }
                    if (parser.getLongValue() != MANY.version()) {
                        throw sink.fatal(new Location.JsonPointer("/version"), "json-version",
                                Long.toString(parser.getLongValue()), MANY.version());
                    }
                    version = true;
                } else if ("assessments".equals(name)) {
                    if (!format) {
                        throw sink.fatal(new Location.JsonPointer("/format"), "json-format", MANY.format());
                    }
                    if (!version) {
                        throw sink.fatal(new Location.JsonPointer("/version"), "json-missing-property", "version");
                    }
                    if (parser.currentToken() != JsonToken.START_ARRAY) {
                        throw sink.fatal(new Location.JsonPointer("/assessments"), "json-type", "an array");
                    }
                    return;
                } else {
                    throw sink.fatal(new Location.JsonPointer(""), "json-unknown-property",
                            "format, version, assessments");
                }
            }
        }

        @Override
        public boolean hasNext() {
            try {
                while (pending == null && !done) {
                    JsonToken t = parser.nextToken();
                    if (t == JsonToken.END_ARRAY) {
                        finish();
                        sink.throwIfAny();
                        return false;
                    }
                    if (placeholder) {
                        placeholder = false;
                        continue;
                    }
                    Assessment a = element(t);
                    if (a != null && sink.isEmpty()) {
                        pending = a;
                    }
                }
            } catch (JacksonException e) {
                done = true;
                close();
                throw locatedHere(e);
            } catch (RuntimeException e) {
                done = true;
                close();
                throw e;
            }
            return pending != null;
        }

        /**
         * Reads one element. A structured element is read without the parser's duplicate check, from its
         * tokens when it is a valid assessment (which has no name twice); anything else is skipped and read
         * again as a tree, with the check, from its kept bytes, so that every problem is located as when each
         * element was read as a tree straight away. When the bytes are not at hand (UTF-16, UTF-32) every element
         * is read as a tree.
         */
        private @Nullable Assessment element(JsonToken first) {
            String at = "/assessments/" + index++;
            TokenStreamLocation where = parser.currentTokenLocation();
            long start = where.getByteOffset();
            retained.mark(start);
            if (!first.isStructStart()) {
                return read(parser.readValueAsTree(), at, in, catalog, false);
            }
            if (!retained.holds(start, first == JsonToken.START_OBJECT ? '{' : '[')) {
                if (unchecked) {
                    throw new IllegalStateException("element bytes not kept");
                }
                retained.stop();
                return read(parser.readValueAsTree(), at, in, catalog, false);
            }
            if (parser.streamReadContext() instanceof JsonReadContext context) {
                context.withDupDetector(null);
                unchecked = true;
            }
            TokenStreamContext around = parser.streamReadContext().getParent();
            try {
                if (first == JsonToken.START_OBJECT) {
                    Assessment a = tokens.read();
                    if (a != null) {
                        return a;
                    }
                }
                while (!parser.currentToken().isStructEnd() || parser.streamReadContext() != around) {
                    if (parser.currentToken().isStructStart()) {
                        parser.skipChildren();
                    }
                    if ((!parser.currentToken().isStructEnd() || parser.streamReadContext() != around)
                            && parser.nextToken() == null) {
                        throw new IllegalStateException("input ended inside an element");
                    }
                }
            } catch (JacksonException e) {
                throw failure(where, e);
            }
            long end = parser.currentTokenLocation().getByteOffset() + 1;
            JsonNode node;
            try {
                node = StrictJson.streamingMapper().readTree(retained.copy(start, end));
            } catch (JacksonException e) {
                // a duplicate key: all else the parser has passed already
                throw located(where, e);
            }
            return read(node, at, in, catalog, false);
        }

        /**
         * What to report when reading an element failed: a duplicate key before the failure, found by reading
         * the element's kept bytes again with the check, or else the failure itself.
         */
        private CompassImportException failure(TokenStreamLocation where, JacksonException e) {
            long limit = e.getLocation() == null ? Long.MAX_VALUE : e.getLocation().getByteOffset();
            try {
                StrictJson.streamingMapper().readTree(retained.copy(where.getByteOffset(), retained.end()));
            } catch (JacksonException again) {
                TokenStreamLocation at = again.getLocation();
                if (StrictJson.isDuplicate(again) && at != null
                        && where.getByteOffset() + at.getByteOffset() <= limit) {
                    return located(where, again);
                }
            }
            return locatedHere(e);
        }

        /** Locates a failure met reading an element again on its own, at its place in the input. */
        private CompassImportException located(TokenStreamLocation where, JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            if (at == null) {
                return StrictJson.located(e, sink, line(where.getLineNr()), where.getColumnNr());
            }
            return StrictJson.located(e, sink, line(where.getLineNr()) + at.getLineNr() - 1,
                    at.getLineNr() <= 1 ? where.getColumnNr() + at.getColumnNr() - 1 : at.getColumnNr());
        }

        /** Locates a failure of the parser at its place in the input. */
        private CompassImportException locatedHere(JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            return at == null ? StrictJson.located(e, sink)
                    : StrictJson.located(e, sink, line(at.getLineNr()), at.getColumnNr());
        }

        /** The input's line of one of the parser's. */
        private long line(long parserLine) {
            return parserLine > 0 ? parserLine + lineShift : parserLine;
        }

        private void finish() {
            done = true;
            if (parser.nextToken() != JsonToken.END_OBJECT) {
                throw sink.fatal(new Location.JsonPointer(""), "json-unknown-property", "format, version, assessments");
            }
            if (parser.nextToken() != null) {
                throw sink.fatal(new Location.TextPosition(Math.max(1, line(parser.currentLocation().getLineNr())),
                        Math.max(1, parser.currentLocation().getColumnNr())), "json-malformed");
            }
            close();
        }

        @Override
        public Assessment next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Assessment a = java.util.Objects.requireNonNull(pending);
            pending = null;
            return a;
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (JacksonException e) {
                throw new UncheckedIOException(new IOException("closing the input failed"));
            }
        }
    }
}
