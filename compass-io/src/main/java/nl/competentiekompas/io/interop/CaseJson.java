package nl.competentiekompas.io.interop;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Competency;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.crosswalk.Crosswalk;
import nl.competentiekompas.core.crosswalk.ExternalItem;
import nl.competentiekompas.core.crosswalk.ItemRef;
import nl.competentiekompas.core.crosswalk.Link;
import nl.competentiekompas.io.internal.AtomicFiles;
import nl.competentiekompas.io.internal.StrictJson;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a catalog, or one profile of it, as a 1EdTech CASE 1.1 package (JSON): a {@code CFDocument}, the
 * {@code CFItems} and the {@code CFAssociations}.
 *
 * <p>Items are the profiles ({@code CFItemType} {@value #PROFILE}), the task domains of each profile
 * ({@value #DOMAIN}, coded {@code <profile>/<domain>}), the responsibilities ({@value #RESPONSIBILITY}) and the
 * competencies ({@value #COMPETENCY}), each with our id as its {@code humanCodingScheme}. {@code isChildOf}
 * associations, with a {@code sequenceNumber} keeping our order, make the tree: profile under the document,
 * domain under profile, responsibility under domain, competency under the document. The links of the given
 * crosswalks whose item of ours is exported become {@code exactMatchOf}, {@code isRelatedTo} or
 * {@code isPartOf} associations to the external item, named by code and title (see
 * {@link nl.competentiekompas.core.crosswalk.Relation#caseType()}); an external proficiency level is added to
 * the title.
 *
 * <p>Identifiers are name-based UUIDs (version 5, SHA-1) in the namespace {@link #NAMESPACE}, derived from our
 * ids, so an item keeps its identifier across exports and versions, and the same catalog with the same options
 * exports to the same bytes. URIs are {@code urn:uuid:} URIs. Output is canonical JSON (see
 * {@link nl.competentiekompas.io.CompassJson}). All methods are thread-safe.
 *
 * @since 0.1
 */
public final class CaseJson {

    /** The namespace of every identifier we derive. */
    public static final UUID NAMESPACE = UUID.fromString("5b1d3f0e-8c0a-4f6e-9a57-2f3c6c1e0b7d");

    /** {@code CFItemType} of a profile. */
    public static final String PROFILE = "Role profile";
    /** {@code CFItemType} of a task domain. */
    public static final String DOMAIN = "Task domain";
    /** {@code CFItemType} of a responsibility. */
    public static final String RESPONSIBILITY = "Responsibility";
    /** {@code CFItemType} of a competency. */
    public static final String COMPETENCY = "Competency";

    private static final String CREATOR = "Competentiekompas";

    private CaseJson() {
    }

    /**
     * Writes a whole catalog.
     *
     * @param catalog the catalog; not null
     * @param crosswalks the crosswalks whose links to write; not null, may be empty
     * @param options the language and change time; not null
     * @param out where to write; not null; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Catalog catalog, List<Crosswalk> crosswalks, CaseOptions options, OutputStream out) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(out, "out");
        Package p = new Package(catalog, Optional.empty(), List.copyOf(crosswalks), Objects.requireNonNull(options,
                "options"));
        StrictJson.write(out, p::write);
    }

    /**
     * Writes one profile of a catalog with the competencies it targets.
     *
     * @param catalog the catalog; not null
     * @param profile the profile's id; not null
     * @param crosswalks the crosswalks whose links to write; not null, may be empty
     * @param options the language and change time; not null
     * @param out where to write; not null; not closed
     * @throws nl.competentiekompas.core.UnknownIdException if the catalog has no such profile
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Catalog catalog, RoleId profile, List<Crosswalk> crosswalks, CaseOptions options,
            OutputStream out) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(out, "out");
        Package p = new Package(catalog, Optional.of(catalog.requireProfile(Objects.requireNonNull(profile,
                "profile"))), List.copyOf(crosswalks), Objects.requireNonNull(options, "options"));
        StrictJson.write(out, p::write);
    }

    /**
     * Writes a whole catalog to a file crash-safely: on failure the old file is untouched.
     *
     * @param catalog the catalog; not null
     * @param crosswalks the crosswalks whose links to write; not null
     * @param options the language and change time; not null
     * @param file the file; not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Catalog catalog, List<Crosswalk> crosswalks, CaseOptions options, Path file) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(crosswalks, "crosswalks");
        Objects.requireNonNull(options, "options");
        AtomicFiles.write(Objects.requireNonNull(file, "file"), out -> write(catalog, crosswalks, options, out));
    }

    /**
     * Writes a whole catalog to a string, for tests and small tools.
     *
     * @param catalog the catalog; not null
     * @param crosswalks the crosswalks whose links to write; not null
     * @param options the language and change time; not null
     * @return the JSON; never null
     */
    public static String toJson(Catalog catalog, List<Crosswalk> crosswalks, CaseOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(catalog, crosswalks, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A name-based (version 5, SHA-1) UUID, as RFC 9562 section 5.5 defines it.
     *
     * @param namespace the namespace; not null
     * @param name the name, hashed as UTF-8; not null
     * @return the UUID; never null
     */
    public static UUID nameBased(UUID namespace, String name) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    /**
     * The identifier of one of our items in a catalog, as CASE exports write it.
     *
     * @param catalogId the catalog's id; not null
     * @param item the item; not null
     * @return the UUID; never null
     */
    public static UUID identifier(String catalogId, ItemRef item) {
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(item, "item");
        return nameBased(NAMESPACE, "competentiekompas:" + catalogId + ":" + item.kind().id() + ":" + item.id());
    }

    /**
     * The identifier of an external item, the same whichever catalog links to it.
     *
     * @param item the external item; not null
     * @return the UUID; never null
     */
    public static UUID identifier(ExternalItem item) {
        Objects.requireNonNull(item, "item");
        return nameBased(NAMESPACE, "external:" + item.framework() + ":" + item.code());
    }

    /** One export: what to write and the state of writing it. */
    private static final class Package {
        private final Catalog catalog;
        private final List<RoleProfile> profiles;
        private final List<Competency> competencies;
        private final List<Crosswalk> crosswalks;
        private final Language language;
        private final String lastChange;
        private final Node document;
        private final List<Node> items = new ArrayList<>();
        private final List<Association> associations = new ArrayList<>();

        Package(Catalog catalog, Optional<RoleProfile> only, List<Crosswalk> crosswalks, CaseOptions options) {
            this.catalog = catalog;
            this.profiles = only.map(List::of).orElse(catalog.profiles());
            this.competencies = only.map(p -> p.competencyTargets().stream().map(CompetencyTarget::competency)
                    .map(id -> catalog.competency(id).orElseThrow()).toList()).orElse(catalog.competencies());
            this.crosswalks = crosswalks;
            this.language = options.language();
            this.lastChange = DateTimeFormatter.ISO_INSTANT.format(options.lastChange());
            String name = "competentiekompas:" + catalog.id() + ":document" + only.map(p -> ":" + p.id()).orElse("");
            String title = catalog.name().in(language) + only.map(p -> ": " + p.name().in(language)).orElse("");
            this.document = new Node(nameBased(NAMESPACE, name), title, "", "", "", "");
        }

        void write(JsonGenerator g) {
            collect();
            g.writeStartObject();
            g.writeName("CFDocument");
            g.writeStartObject();
            g.writeStringProperty("identifier", document.id.toString());
            g.writeStringProperty("uri", uri(document.id));
            g.writeStringProperty("creator", CREATOR);
            g.writeStringProperty("title", document.title);
            g.writeStringProperty("lastChangeDateTime", lastChange);
            g.writeStringProperty("version", catalog.version());
            g.writeStringProperty("language", language.tag());
            g.writeStringProperty("notes", credits());
            g.writeName("CFPackageURI");
            link(g, document);
            g.writeEndObject();
            g.writeName("CFItems");
            g.writeStartArray();
            for (Node item : items) {
                g.writeStartObject();
                g.writeStringProperty("identifier", item.id.toString());
                g.writeStringProperty("uri", uri(item.id));
                g.writeStringProperty("fullStatement", item.statement);
                if (!item.abbreviated.isEmpty()) {
                    g.writeStringProperty("abbreviatedStatement", item.abbreviated);
                }
                g.writeStringProperty("humanCodingScheme", item.code);
                g.writeStringProperty("CFItemType", item.type);
                g.writeStringProperty("language", language.tag());
                g.writeStringProperty("lastChangeDateTime", lastChange);
                g.writeName("CFDocumentURI");
                link(g, document);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("CFAssociations");
            g.writeStartArray();
            for (Association a : associations) {
                g.writeStartObject();
                g.writeStringProperty("identifier", a.id().toString());
                g.writeStringProperty("uri", uri(a.id()));
                g.writeStringProperty("associationType", a.type());
                if (a.sequence() > 0) {
                    g.writeNumberProperty("sequenceNumber", a.sequence());
                }
                g.writeName("originNodeURI");
                link(g, a.origin().toString(), a.originTitle());
                g.writeName("destinationNodeURI");
                link(g, a.destination().toString(), a.destinationTitle());
                g.writeName("CFDocumentURI");
                link(g, document);
                g.writeStringProperty("lastChangeDateTime", lastChange);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void collect() {
            Set<ItemRef> exported = new HashSet<>();
            int profileNumber = 0;
            for (RoleProfile profile : profiles) {
                ItemRef ref = ItemRef.profile(profile.id());
                Node node = item(ref, profile.summary().in(language), profile.name().in(language),
                        profile.id().value(), PROFILE);
                exported.add(ref);
                childOf(node, document, ++profileNumber);
                int domainNumber = 0;
                for (TaskDomain domain : TaskDomain.values()) {
                    List<Responsibility> tasks = profile.responsibilities(domain);
                    if (tasks.isEmpty()) {
                        continue;
                    }
                    String code = profile.id() + "/" + domain.id();
                    Node domainNode = new Node(nameBased(NAMESPACE, "competentiekompas:" + catalog.id() + ":domain:"
                            + code), domain.label().in(language), domain.label().in(language), "", code, DOMAIN);
                    items.add(domainNode);
                    childOf(domainNode, node, ++domainNumber);
                    int taskNumber = 0;
                    for (Responsibility task : tasks) {
                        ItemRef taskRef = ItemRef.responsibility(task.id());
                        Node taskNode = item(taskRef, task.text().in(language), "", task.id().value(), RESPONSIBILITY);
                        exported.add(taskRef);
                        childOf(taskNode, domainNode, ++taskNumber);
                    }
                }
            }
            int competencyNumber = profileNumber;
            for (Competency competency : competencies) {
                ItemRef ref = ItemRef.competency(competency.id());
                Node node = item(ref, competency.description().in(language), competency.name().in(language),
                        competency.id().value(), COMPETENCY);
                exported.add(ref);
                childOf(node, document, ++competencyNumber);
            }
            for (Crosswalk crosswalk : crosswalks) {
                for (Link link : crosswalk.links()) {
                    if (exported.contains(link.ours())) {
                        crosswalkLink(link);
                    }
                }
            }
        }

        private Node item(ItemRef ref, String statement, String abbreviated, String code, String type) {
            Node node = new Node(identifier(catalog.id(), ref), abbreviated.isEmpty() ? statement : abbreviated,
                    statement, abbreviated, code, type);
            items.add(node);
            return node;
        }

        private void childOf(Node child, Node parent, int sequence) {
            association("isChildOf", child.id, child.title, parent.id, parent.title, sequence);
        }

        private void crosswalkLink(Link link) {
            ExternalItem theirs = link.theirs();
            ItemRef ours = link.ours();
            UUID oursId = identifier(catalog.id(), ours);
            String oursTitle = titleOf(ours);
            String theirsTitle = theirs.code() + " " + theirs.title().in(language)
                    + (link.level().isPresent() ? " (" + (language == Language.NL ? "niveau " : "level ")
                            + link.level().getAsInt() + ")" : "");
            UUID theirsId = identifier(theirs);
            if (link.relation().oursIsCaseOrigin()) {
                association(link.relation().caseType(), oursId, oursTitle, theirsId, theirsTitle, 0);
            } else {
                association(link.relation().caseType(), theirsId, theirsTitle, oursId, oursTitle, 0);
            }
        }

        private String titleOf(ItemRef ref) {
            return switch (ref.kind()) {
                case PROFILE -> catalog.requireProfile(RoleId.of(ref.id())).name().in(language);
                case COMPETENCY -> catalog.competency(CompetencyId.of(ref.id())).orElseThrow().name().in(language);
                case RESPONSIBILITY -> ref.id();
            };
        }

        private void association(String type, UUID origin, String originTitle, UUID destination,
                String destinationTitle, int sequence) {
            UUID id = nameBased(NAMESPACE, "association:" + type + ":" + origin + ":" + destination);
            associations.add(new Association(id, type, origin, originTitle, destination, destinationTitle, sequence));
        }

        private String credits() {
            StringBuilder b = new StringBuilder();
            for (Attribution attribution : catalog.attributions()) {
                b.append(b.length() == 0 ? "" : "\n").append(attribution.text().in(language));
            }
            for (Crosswalk crosswalk : crosswalks) {
                b.append(b.length() == 0 ? "" : "\n").append(crosswalk.framework().attribution().text().in(language));
            }
            return b.toString();
        }

        private static String uri(UUID id) {
            return "urn:uuid:" + id;
        }

        private static void link(JsonGenerator g, Node node) {
            link(g, node.id.toString(), node.title);
        }

        private static void link(JsonGenerator g, String id, String title) {
            g.writeStartObject();
            g.writeStringProperty("title", title);
            g.writeStringProperty("identifier", id);
            g.writeStringProperty("uri", "urn:uuid:" + id);
            g.writeEndObject();
        }
    }

    /** An association as written; a sequence of 0 is left out. */
    private record Association(UUID id, String type, UUID origin, String originTitle, UUID destination,
            String destinationTitle, int sequence) {
    }

    /** An item or the document as written. */
    private record Node(UUID id, String title, String statement, String abbreviated, String code, String type) {
    }
}
