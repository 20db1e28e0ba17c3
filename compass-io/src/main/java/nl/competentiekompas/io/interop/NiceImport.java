package nl.competentiekompas.io.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.crosswalk.Crosswalks;
import nl.competentiekompas.core.crosswalk.ExternalItem;
import nl.competentiekompas.core.crosswalk.ExternalKind;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.internal.JsonIn;
import nl.competentiekompas.io.internal.ProblemSink;
import nl.competentiekompas.io.internal.StrictJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads NIST's machine-readable NICE Framework components file into an {@link ExternalCatalog}: work roles
 * become profiles, tasks responsibilities (level and topic unknown) and knowledge and skill statements
 * requirements.
 *
 * <p>The input has the shape of NIST's Cybersecurity and Privacy Reference Tool (CPRT) exports: an object with
 * the arrays {@code documents}, {@code elements} (each with {@code element_type}, {@code element_identifier},
 * {@code title} and {@code text}), {@code relationship_types} and {@code relationships} (each from a
 * {@code source_element_identifier} to a {@code dest_element_identifier}, of a {@code relationship_identifier}),
 * either at the top or wrapped as NIST's download wraps it ({@code {"response": {"elements": {...}}}}). A
 * relationship between a work role and a task, knowledge or skill element, in either direction, attaches that
 * element to the work role; other element types (competency areas, categories) and other relationships are
 * checked and then left out.
 *
 * <p>Reading streams the file one array element at a time and is strict: JSON that is not well-formed, a
 * missing array or property, a value of the wrong type, an element identifier used twice, a relationship to
 * an unknown element, relationship type or document are problems, all collected with their JSON Pointer (or
 * character position) into one {@link CompassImportException}; no other exception escapes for bad input.
 * Properties our reading does not use are ignored, so that NIST may add some. Messages never quote the input.
 * All methods are thread-safe.
 *
 * @since 0.1
 */
public final class NiceImport {

    private static final String DOCUMENTS = "documents";
    private static final String ELEMENTS = "elements";
    private static final String TYPES = "relationship_types";
    private static final String RELATIONSHIPS = "relationships";
    private static final List<String> ARRAYS = List.of(DOCUMENTS, ELEMENTS, TYPES, RELATIONSHIPS);

    private NiceImport() {
    }

    /**
     * Reads a NICE components file.
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems, such as a file name; not null
     * @return the external catalog, with framework id {@link Crosswalks#NICE}; never null
     * @throws CompassImportException if the input is not a valid components file
     * @throws UncheckedIOException if reading fails
     */
    public static ExternalCatalog read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        ProblemSink sink = new ProblemSink(Objects.requireNonNull(source, "source"));
        try (InputStream input = in; JsonParser parser = StrictJson.mapper().createParser(input)) {
            return new Reading(parser, new JsonIn(sink)).read();
        } catch (JacksonException e) {
            throw StrictJson.located(e, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a NICE components file; problems name the file.
     *
     * @param file the file; not null
     * @return the external catalog; never null
     * @throws CompassImportException if the input is not a valid components file
     * @throws UncheckedIOException if reading fails
     */
    public static ExternalCatalog read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return read(Files.newInputStream(file), String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One element as read: its type, identifier, texts and where it was. */
    private record Element(String type, String code, String title, String text, String pointer) {
    }

    /** One relationship as read, resolved once every element is known. */
    private record Relationship(String from, String to, String type, String pointer) {
    }

    /** An element's reference to its document, checked once every document is known. */
    private record DocumentRef(String document, String pointer) {
    }

    /** The state of one read. */
    private static final class Reading {
        private final JsonParser parser;
        private final JsonIn in;
        private final Map<String, ExternalCatalog.Document> documents = new LinkedHashMap<>();
        private final Set<String> types = new HashSet<>();
        private final Map<String, Element> elements = new LinkedHashMap<>();
        private final List<Relationship> relationships = new ArrayList<>();
        private final List<DocumentRef> documentRefs = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        Reading(JsonParser parser, JsonIn in) {
            this.parser = parser;
            this.in = in;
        }

        ExternalCatalog read() {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw in.sink().fatal(new Location.JsonPointer(""), "json-type", "an object");
            }
            String first = parser.nextName();
            if ("response".equals(first)) {
                readWrapper();
            } else {
                readBody("", first);
            }
            if (parser.nextToken() != null) {
                throw in.sink().fatal(new Location.JsonPointer(""), "json-malformed");
            }
            return build();
        }

        /** NIST's download: {"response": {..., "elements": {the body}, ...}}. */
        private void readWrapper() {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw in.sink().fatal(new Location.JsonPointer("/response"), "json-type", "an object");
            }
            boolean body = false;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                if (name.equals(ELEMENTS) && !body) {
                    body = true;
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        throw in.sink().fatal(new Location.JsonPointer("/response/elements"), "json-type",
                                "an object");
                    }
                    readBody("/response/elements", parser.nextName());
                } else {
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
            if (!body) {
                throw in.sink().fatal(new Location.JsonPointer("/response"), "json-missing-property", ELEMENTS);
            }
            if (parser.nextToken() != JsonToken.END_OBJECT) {
                throw in.sink().fatal(new Location.JsonPointer(""), "json-unknown-property", "response");
            }
        }

        /** The object holding the four arrays; the parser is past its first property name (or at its end). */
        private void readBody(String pointer, @Nullable String firstName) {
            for (String name = firstName; name != null; name = parser.nextName()) {
                if (!ARRAYS.contains(name)) {
                    parser.nextToken();
                    parser.skipChildren();
                    continue;
                }
                String at = JsonIn.at(pointer, name);
                if (!seen.add(name)) {
                    throw in.sink().fatal(new Location.JsonPointer(at), "json-duplicate-key");
                }
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    in.problem(at, "json-type", "an array");
                    parser.skipChildren();
                    continue;
                }
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode node = parser.readValueAsTree();
                    element(name, node, JsonIn.at(at, index++));
                }
            }
            for (String name : ARRAYS) {
                if (!seen.contains(name)) {
                    in.problem(pointer, "json-missing-property", name);
                }
            }
        }

        private void element(String array, JsonNode node, String pointer) {
            if (!node.isObject()) {
                in.problem(pointer, "json-type", "an object");
                return;
            }
            switch (array) {
                case DOCUMENTS -> {
                    String id = in.string(node, pointer, "doc_identifier");
                    String name = in.string(node, pointer, "name");
                    String version = node.has("version") ? in.anyString(node, pointer, "version") : "";
                    if (JsonIn.all(id, name, version)) {
                        if (documents.containsKey(id)) {
                            in.problem(JsonIn.at(pointer, "doc_identifier"), "value-invalid",
                                    "doc_identifier (used twice)");
                        } else {
                            documents.put(id, new ExternalCatalog.Document(id, name, version));
                        }
                    }
                }
                case TYPES -> {
                    String id = in.string(node, pointer, "relationship_identifier");
                    if (id != null) {
                        types.add(id);
                    }
                }
                case ELEMENTS -> {
                    String type = in.string(node, pointer, "element_type");
                    String code = in.string(node, pointer, "element_identifier");
                    String title = in.anyString(node, pointer, "title");
                    String text = in.anyString(node, pointer, "text");
                    String doc = node.has("doc_identifier") ? in.string(node, pointer, "doc_identifier") : "";
                    if (code != null && !wellFormed(code)) {
                        in.problem(JsonIn.at(pointer, "element_identifier"), "value-invalid",
                                "element_identifier (1 to " + ExternalItem.MAX_CODE + " characters without white space)");
                        code = null;
                    }
                    if (JsonIn.all(type, code, title, text, doc)) {
                        if (elements.containsKey(code)) {
                            in.problem(JsonIn.at(pointer, "element_identifier"), "value-invalid",
                                    "element_identifier (used twice)");
                        } else {
                            elements.put(code, new Element(type, code, title, text, pointer));
                            if (!doc.isEmpty()) {
                                documentRefs.add(new DocumentRef(doc, pointer));
                            }
                        }
                    }
                }
                default -> {
                    String from = in.string(node, pointer, "source_element_identifier");
                    String to = in.string(node, pointer, "dest_element_identifier");
                    String type = in.string(node, pointer, "relationship_identifier");
                    if (JsonIn.all(from, to, type)) {
                        relationships.add(new Relationship(from, to, type, pointer));
                    }
                }
            }
        }

        private static boolean wellFormed(String code) {
            return code.length() <= ExternalItem.MAX_CODE
                    && code.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
        }

        private ExternalCatalog build() {
            Map<String, Set<String>> tasksOf = new HashMap<>();
            Map<String, Set<String>> statementsOf = new HashMap<>();
            for (DocumentRef ref : documentRefs) {
                if (!documents.containsKey(ref.document())) {
                    in.problem(JsonIn.at(ref.pointer(), "doc_identifier"), "ref-unknown", "document");
                }
            }
            for (Relationship r : relationships) {
                Element from = elements.get(r.from());
                Element to = elements.get(r.to());
                if (from == null) {
                    in.problem(JsonIn.at(r.pointer(), "source_element_identifier"), "ref-unknown", "element");
                }
                if (to == null) {
                    in.problem(JsonIn.at(r.pointer(), "dest_element_identifier"), "ref-unknown", "element");
                }
                if (!types.contains(r.type())) {
                    in.problem(JsonIn.at(r.pointer(), "relationship_identifier"), "ref-unknown", "relationship type");
                }
                if (from == null || to == null) {
                    continue;
                }
                Element role = isRole(from) ? from : isRole(to) ? to : null;
                Element other = role == from ? to : from;
                if (role == null || isRole(other)) {
                    continue;
                }
                Optional<ExternalKind> kind = kind(other);
                if (kind.isPresent() && kind.get() == ExternalKind.TASK) {
                    tasksOf.computeIfAbsent(role.code(), k -> new LinkedHashSet<>()).add(other.code());
                } else if (kind.isPresent()) {
                    statementsOf.computeIfAbsent(role.code(), k -> new LinkedHashSet<>()).add(other.code());
                }
            }
            List<ExternalCatalog.Profile> profiles = new ArrayList<>();
            List<ExternalCatalog.Responsibility> tasks = new ArrayList<>();
            List<ExternalCatalog.Requirement> statements = new ArrayList<>();
            for (Element e : elements.values()) {
                Optional<ExternalKind> kind = kind(e);
                if (kind.isEmpty()) {
                    continue;
                }
                String textPointer = JsonIn.at(e.pointer(), kind.get() == ExternalKind.WORK_ROLE ? "title" : "text");
                switch (kind.get()) {
                    case WORK_ROLE -> add(profiles, textPointer, () -> new ExternalCatalog.Profile(e.code(),
                            e.title(), e.text(), List.copyOf(tasksOf.getOrDefault(e.code(), Set.of())),
                            List.copyOf(statementsOf.getOrDefault(e.code(), Set.of()))));
                    case TASK -> add(tasks, textPointer, () -> new ExternalCatalog.Responsibility(e.code(),
                            e.text(), Optional.empty(), Optional.empty()));
                    default -> add(statements, textPointer, () -> new ExternalCatalog.Requirement(e.code(),
                            kind.get(), e.text()));
                }
            }
            in.throwIfAny();
            ExternalCatalog catalog = in.build("", () -> ExternalCatalog.of(Crosswalks.NICE,
                    List.copyOf(documents.values()), profiles, tasks, statements));
            in.throwIfAny();
            return Objects.requireNonNull(catalog);
        }

        private <T> void add(List<T> list, String pointer, java.util.function.Supplier<T> build) {
            T value = in.build(pointer, build);
            if (value != null) {
                list.add(value);
            }
        }

        private static boolean isRole(Element e) {
            return e.type().equals("work_role");
        }

        private static Optional<ExternalKind> kind(Element e) {
            return switch (e.type()) {
                case "work_role" -> Optional.of(ExternalKind.WORK_ROLE);
                case "task" -> Optional.of(ExternalKind.TASK);
                case "knowledge" -> Optional.of(ExternalKind.KNOWLEDGE);
                case "skill" -> Optional.of(ExternalKind.SKILL);
                default -> Optional.empty();
            };
        }
    }
}
