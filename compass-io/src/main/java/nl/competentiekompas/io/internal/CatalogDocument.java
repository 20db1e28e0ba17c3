package nl.competentiekompas.io.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Competency;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Labelled;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.Norm;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.Placement;
import nl.competentiekompas.core.catalog.ProficiencyScale;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.ReflectionForm;
import nl.competentiekompas.core.catalog.ReflectionQuestion;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.RequirementKind;
import nl.competentiekompas.core.catalog.RequirementOption;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.Role;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScaleLevel;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceDocument;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.catalog.Topic;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The catalog as a JSON document ({@code competentiekompas/catalog}, version 1): the writer and the reader,
 * by hand, property for property. The schema is {@code catalog.schema.json} beside this class.
 */
public final class CatalogDocument {

    /** The envelope. */
    public static final Envelope ENVELOPE = Envelope.v1("catalog");

    private static final String KEBAB = "a lower-kebab id";

    private CatalogDocument() {
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes a catalog.
     *
     * @param catalog the catalog
     * @param out the generator
     */
    public static void write(Catalog catalog, JsonGenerator out) {
        out.writeStartObject();
        ENVELOPE.write(out);
        out.writeStringProperty("id", catalog.id());
        out.writeStringProperty("catalogVersion", catalog.version());
        text(out, "name", catalog.name());
        out.writeName("documents");
        out.writeStartArray();
        for (SourceDocument d : catalog.documents()) {
            out.writeStartObject();
            out.writeStringProperty("id", d.id());
            text(out, "title", d.title());
            out.writeStringProperty("publisher", d.publisher());
            out.writeNumberProperty("year", d.year());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("attributions");
        out.writeStartArray();
        for (Attribution a : catalog.attributions()) {
            out.writeStartObject();
            out.writeStringProperty("document", a.document().id());
            text(out, "text", a.text());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("competencies");
        out.writeStartArray();
        for (Competency c : catalog.competencies()) {
            out.writeStartObject();
            out.writeStringProperty("id", c.id().value());
            text(out, "name", c.name());
            text(out, "description", c.description());
            sources(out, c.sources());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("profiles");
        out.writeStartArray();
        for (RoleProfile p : catalog.profiles()) {
            profile(out, p);
        }
        out.writeEndArray();
        out.writeName("otherRoles");
        out.writeStartArray();
        for (Role r : catalog.otherRoles()) {
            out.writeStartObject();
            out.writeStringProperty("id", r.id().value());
            text(out, "name", r.name());
            sources(out, r.sources());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void profile(JsonGenerator out, RoleProfile p) {
        out.writeStartObject();
        out.writeStringProperty("id", p.id().value());
        out.writeStringProperty("kind", p.kind().id());
        text(out, "name", p.name());
        text(out, "summary", p.summary());
        ids(out, "sectors", p.sectors());
        out.writeName("responsibilities");
        out.writeStartArray();
        for (Responsibility r : p.responsibilities()) {
            out.writeStartObject();
            out.writeStringProperty("id", r.id().value());
            out.writeStringProperty("domain", r.domain().id());
            out.writeStringProperty("level", r.level().id());
            out.writeStringProperty("topic", r.topic().id());
            out.writeStringProperty("scope", r.scope().id());
            out.writeName("defaultEffort");
            out.writeNumber(r.defaultEffort().toBigDecimal());
            text(out, "text", r.text());
            ids(out, "norms", r.norms());
            sources(out, r.sources());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("competencyTargets");
        out.writeStartArray();
        for (CompetencyTarget t : p.competencyTargets()) {
            out.writeStartObject();
            out.writeStringProperty("competency", t.competency().value());
            out.writeNumberProperty("target", t.target());
            out.writeBooleanProperty("startHere", t.startHere());
            sources(out, t.sources());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("requirements");
        out.writeStartArray();
        for (Requirement r : p.requirements()) {
            out.writeStartObject();
            out.writeStringProperty("id", r.id().value());
            out.writeStringProperty("kind", r.kind().id());
            out.writeStringProperty("necessity", r.necessity().id());
            text(out, "text", r.text());
            out.writeName("options");
            out.writeStartArray();
            for (RequirementOption o : r.options()) {
                out.writeStartObject();
                out.writeStringProperty("code", o.code());
                text(out, "label", o.label());
                out.writeBooleanProperty("preferred", o.preferred());
                out.writeEndObject();
            }
            out.writeEndArray();
            if (r.minimumYears().isPresent()) {
                out.writeNumberProperty("minimumYears", r.minimumYears().getAsInt());
            }
            sources(out, r.sources());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (p.placement().isPresent()) {
            Placement pl = p.placement().get();
            out.writeName("placement");
            out.writeStartObject();
            ids(out, "reportsToBodies", pl.reportsToBodies());
            out.writeName("reportsToRoles");
            out.writeStartArray();
            for (RoleId role : pl.reportsToRoles()) {
                out.writeString(role.value());
            }
            out.writeEndArray();
            out.writeBooleanProperty("independent", pl.independent());
            out.writeBooleanProperty("outsideItDepartment", pl.outsideItDepartment());
            text(out, "description", pl.description());
            sources(out, pl.sources());
            out.writeEndObject();
        }
        out.writeName("reflectionQuestions");
        out.writeStartArray();
        for (ReflectionQuestion q : p.reflectionQuestions()) {
            out.writeStartObject();
            out.writeStringProperty("id", q.id().value());
            out.writeStringProperty("theme", q.theme().id());
            out.writeName("wordings");
            out.writeStartObject();
            for (Map.Entry<Perspective, LocalizedText> w : q.wordings().entrySet()) {
                text(out, w.getKey().id(), w.getValue());
            }
            out.writeEndObject();
            sources(out, q.sources());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("reflectionForm");
        out.writeStartObject();
        out.writeName("competencies");
        out.writeStartArray();
        for (CompetencyId c : p.reflectionForm().competencies()) {
            out.writeString(c.value());
        }
        out.writeEndArray();
        out.writeNumberProperty("developmentGoalSlots", p.reflectionForm().developmentGoalSlots());
        out.writeEndObject();
        ProficiencyScale scale = p.scale();
        out.writeName("scale");
        out.writeStartObject();
        out.writeStringProperty("id", scale.id());
        text(out, "name", scale.name());
        out.writeName("levels");
        out.writeStartArray();
        for (ScaleLevel l : scale.levels()) {
            out.writeStartObject();
            out.writeNumberProperty("value", l.value());
            text(out, "label", l.label());
            out.writeBooleanProperty("proficient", l.proficient());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        sources(out, p.sources());
        out.writeEndObject();
    }

    /**
     * Writes a localised text as an object with {@code nl} and/or {@code en}.
     *
     * @param out the generator
     * @param name the property
     * @param text the text
     */
    public static void text(JsonGenerator out, String name, LocalizedText text) {
        out.writeName(name);
        out.writeStartObject();
        for (Language language : Language.values()) {
            Optional<String> value = text.find(language);
            if (value.isPresent()) {
                out.writeStringProperty(language.tag(), value.get());
            }
        }
        out.writeEndObject();
    }

    private static void ids(JsonGenerator out, String name, Iterable<? extends Labelled> values) {
        out.writeName(name);
        out.writeStartArray();
        for (Labelled value : values) {
            out.writeString(value.id());
        }
        out.writeEndArray();
    }

    /**
     * Writes source references.
     *
     * @param out the generator
     * @param sources the references
     */
    public static void sources(JsonGenerator out, List<SourceRef> sources) {
        out.writeName("sources");
        out.writeStartArray();
        for (SourceRef ref : sources) {
            out.writeStartObject();
            out.writeStringProperty("kind", ref.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (ref instanceof SourceRef.Source s) {
                out.writeStringProperty("document", s.document().id());
                out.writeStringProperty("section", s.section());
            } else if (ref instanceof SourceRef.NormClause n) {
                out.writeStringProperty("norm", n.norm().id());
                out.writeStringProperty("version", n.version());
                out.writeStringProperty("clause", n.clause());
            } else if (ref instanceof SourceRef.Editorial e) {
                text(out, "rationale", e.rationale());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a catalog document whose envelope was checked.
     *
     * @param root the document
     * @param in the reader
     * @return the catalog, or null after problems
     */
    public static @Nullable Catalog read(JsonNode root, JsonIn in) {
        String p = "";
        in.object(root, p, "format", "version", "id", "catalogVersion", "name", "documents", "attributions",
                "competencies", "profiles", "otherRoles");
        String id = in.string(root, p, "id");
        String version = in.string(root, p, "catalogVersion");
        LocalizedText name = in.text(root, p, "name");
        java.util.Set<String> declared = new HashSet<>();
        List<SourceDocument> documents = in.array(root, p, "documents", (n, at) -> {
            if (in.object(n, at, "id", "title", "publisher", "year") == null) {
                return null;
            }
            String docId = in.id(n, at, "id", JsonIn::kebab, KEBAB);
            if (docId != null) {
                declared.add(docId);
            }
            LocalizedText title = in.text(n, at, "title");
            String publisher = in.string(n, at, "publisher");
            Integer year = in.integer(n, at, "year");
            return JsonIn.all(docId, title, publisher, year)
                    ? in.build(at, () -> new SourceDocument(docId, title, publisher, year)) : null;
        });
        Map<String, SourceDocument> byId = new HashMap<>();
        if (documents != null) {
            for (SourceDocument d : documents) {
                byId.put(d.id(), d);
            }
        }
        Sources sources = new Sources(in, byId, declared);
        List<Attribution> attributions = in.array(root, p, "attributions", (n, at) -> {
            if (in.object(n, at, "document", "text") == null) {
                return null;
            }
            SourceDocument document = sources.document(n, at, "document");
            LocalizedText text = in.text(n, at, "text");
            return JsonIn.all(document, text) ? in.build(at, () -> new Attribution(document, text)) : null;
        });
        List<Competency> competencies = in.array(root, p, "competencies", (n, at) -> {
            if (in.object(n, at, "id", "name", "description", "sources") == null) {
                return null;
            }
            CompetencyId cid = in.id(n, at, "id", CompetencyId::of, KEBAB);
            LocalizedText cname = in.text(n, at, "name");
            LocalizedText description = in.text(n, at, "description");
            List<SourceRef> refs = sources.read(n, at);
            return JsonIn.all(cid, cname, description, refs)
                    ? in.build(at, () -> new Competency(cid, cname, description, refs)) : null;
        });
        List<RoleProfile> profiles = in.array(root, p, "profiles", (n, at) -> profile(n, at, in, sources));
        List<Role> otherRoles = in.array(root, p, "otherRoles", (n, at) -> {
            if (in.object(n, at, "id", "name", "sources") == null) {
                return null;
            }
            RoleId rid = in.id(n, at, "id", RoleId::of, KEBAB);
            LocalizedText rname = in.text(n, at, "name");
            List<SourceRef> refs = sources.read(n, at);
            return JsonIn.all(rid, rname, refs) ? in.build(at, () -> new Role(rid, rname, refs)) : null;
        });
        if (!JsonIn.all(id, version, name, documents, attributions, competencies, profiles, otherRoles)
                || !in.sink().isEmpty()) {
            return null;
        }
        return in.build(p, () -> {
            Catalog.Builder b = Catalog.builder(id).version(version).name(name);
            documents.forEach(b::document);
            attributions.forEach(b::attribution);
            competencies.forEach(b::competency);
            profiles.forEach(b::profile);
            otherRoles.forEach(b::otherRole);
            return b.build();
        });
    }

    private static @Nullable RoleProfile profile(JsonNode n, String at, JsonIn in, Sources sources) {
        if (in.object(n, at, "id", "kind", "name", "summary", "sectors", "responsibilities", "competencyTargets",
                "requirements", "placement", "reflectionQuestions", "reflectionForm", "scale", "sources") == null) {
            return null;
        }
        RoleId id = in.id(n, at, "id", RoleId::of, KEBAB);
        RoleKind kind = in.enumId(n, at, "kind", RoleKind.values());
        LocalizedText name = in.text(n, at, "name");
        LocalizedText summary = in.text(n, at, "summary");
        List<Sector> sectors = in.array(n, at, "sectors", (v, vat) -> in.enumValue(v, vat, Sector.values()));
        List<Responsibility> responsibilities = in.array(n, at, "responsibilities", (r, rat) -> {
            if (in.object(r, rat, "id", "domain", "level", "topic", "scope", "defaultEffort", "text", "norms",
                    "sources") == null) {
                return null;
            }
            ResponsibilityId rid = in.id(r, rat, "id", ResponsibilityId::of, KEBAB);
            TaskDomain domain = in.enumId(r, rat, "domain", TaskDomain.values());
            nl.competentiekompas.core.catalog.Level level = in.enumId(r, rat, "level",
                    nl.competentiekompas.core.catalog.Level.values());
            Topic topic = in.enumId(r, rat, "topic", Topic.values());
            ScopeKind scope = in.enumId(r, rat, "scope", ScopeKind.values());
            Fte effort = in.fte(r, rat, "defaultEffort");
            LocalizedText text = in.text(r, rat, "text");
            List<Norm> norms = in.array(r, rat, "norms", (v, vat) -> in.enumValue(v, vat, Norm.values()));
            List<SourceRef> refs = sources.read(r, rat);
            return JsonIn.all(rid, domain, level, topic, scope, effort, text, norms, refs)
                    ? in.build(rat, () -> new Responsibility(rid, domain, level, topic, scope, effort, text,
                            new HashSet<>(norms), refs)) : null;
        });
        List<CompetencyTarget> targets = in.array(n, at, "competencyTargets", (t, tat) -> {
            if (in.object(t, tat, "competency", "target", "startHere", "sources") == null) {
                return null;
            }
            CompetencyId competency = in.id(t, tat, "competency", CompetencyId::of, KEBAB);
            Integer target = in.integer(t, tat, "target");
            Boolean startHere = in.bool(t, tat, "startHere");
            List<SourceRef> refs = sources.read(t, tat);
            return JsonIn.all(competency, target, startHere, refs)
                    ? in.build(tat, () -> new CompetencyTarget(competency, target, startHere, refs)) : null;
        });
        List<Requirement> requirements = in.array(n, at, "requirements", (r, rat) -> requirement(r, rat, in, sources));
        Optional<Placement> placement = Optional.empty();
        boolean placementOk = true;
        if (n.has("placement")) {
            Placement read = placement(n.get("placement"), JsonIn.at(at, "placement"), in, sources);
            placementOk = read != null;
            placement = Optional.ofNullable(read);
        }
        List<ReflectionQuestion> questions = in.array(n, at, "reflectionQuestions", (q, qat) -> {
            if (in.object(q, qat, "id", "theme", "wordings", "sources") == null) {
                return null;
            }
            QuestionId qid = in.id(q, qat, "id", QuestionId::of, KEBAB);
            TaskDomain theme = in.enumId(q, qat, "theme", TaskDomain.values());
            Map<Perspective, LocalizedText> wordings = null;
            JsonNode w = in.required(q, qat, "wordings");
            String wat = JsonIn.at(qat, "wordings");
            if (w != null && in.object(w, wat, ids(Perspective.values())) != null) {
                Map<Perspective, LocalizedText> map = new EnumMap<>(Perspective.class);
                boolean ok = true;
                for (Perspective perspective : Perspective.values()) {
                    LocalizedText text = in.text(w, wat, perspective.id());
                    ok &= text != null;
                    if (text != null) {
                        map.put(perspective, text);
                    }
                }
                wordings = ok ? map : null;
            }
            List<SourceRef> refs = sources.read(q, qat);
            Map<Perspective, LocalizedText> finalWordings = wordings;
            return JsonIn.all(qid, theme, wordings, refs)
                    ? in.build(qat, () -> new ReflectionQuestion(qid, theme, finalWordings, refs)) : null;
        });
        ReflectionForm form = null;
        JsonNode f = in.required(n, at, "reflectionForm");
        String fat = JsonIn.at(at, "reflectionForm");
        if (f != null && in.object(f, fat, "competencies", "developmentGoalSlots") != null) {
            List<CompetencyId> onForm = in.array(f, fat, "competencies",
                    (v, vat) -> in.idValue(v, vat, CompetencyId::of, KEBAB));
            Integer slots = in.integer(f, fat, "developmentGoalSlots");
            form = JsonIn.all(onForm, slots) ? in.build(fat, () -> new ReflectionForm(onForm, slots)) : null;
        }
        ProficiencyScale scale = scale(in.required(n, at, "scale"), JsonIn.at(at, "scale"), in);
        List<SourceRef> refs = sources.read(n, at);
        if (!JsonIn.all(id, kind, name, summary, sectors, responsibilities, targets, requirements, questions, form,
                scale, refs) || !placementOk) {
            return null;
        }
        Optional<Placement> finalPlacement = placement;
        ReflectionForm finalForm = form;
        return in.build(at, () -> new RoleProfile(id, kind, name, summary, new HashSet<>(sectors), responsibilities,
                targets, requirements, finalPlacement, questions, finalForm, scale, refs));
    }

    private static String[] ids(Labelled[] values) {
        String[] ids = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            ids[i] = values[i].id();
        }
        return ids;
    }

    private static @Nullable Requirement requirement(JsonNode r, String at, JsonIn in, Sources sources) {
        if (in.object(r, at, "id", "kind", "necessity", "text", "options", "minimumYears", "sources") == null) {
            return null;
        }
        RequirementId id = in.id(r, at, "id", RequirementId::of, KEBAB);
        RequirementKind kind = in.enumId(r, at, "kind", RequirementKind.values());
        Necessity necessity = in.enumId(r, at, "necessity", Necessity.values());
        LocalizedText text = in.text(r, at, "text");
        List<RequirementOption> options = in.array(r, at, "options", (o, oat) -> {
            if (in.object(o, oat, "code", "label", "preferred") == null) {
                return null;
            }
            String code = in.id(o, oat, "code", JsonIn::kebab, KEBAB);
            LocalizedText label = in.text(o, oat, "label");
            Boolean preferred = in.bool(o, oat, "preferred");
            return JsonIn.all(code, label, preferred)
                    ? in.build(oat, () -> new RequirementOption(code, label, preferred)) : null;
        });
        Optional<Integer> years = in.optionalInteger(r, at, "minimumYears");
        List<SourceRef> refs = sources.read(r, at);
        if (!JsonIn.all(id, kind, necessity, text, options, years, refs)) {
            return null;
        }
        OptionalInt minimumYears = years.map(OptionalInt::of).orElse(OptionalInt.empty());
        return in.build(at, () -> new Requirement(id, kind, necessity, text, options, minimumYears, refs));
    }

    private static @Nullable Placement placement(JsonNode n, String at, JsonIn in, Sources sources) {
        if (in.object(n, at, "reportsToBodies", "reportsToRoles", "independent", "outsideItDepartment",
                "description", "sources") == null) {
            return null;
        }
        List<GoverningBody> bodies = in.array(n, at, "reportsToBodies",
                (v, vat) -> in.enumValue(v, vat, GoverningBody.values()));
        List<RoleId> roles = in.array(n, at, "reportsToRoles", (v, vat) -> in.idValue(v, vat, RoleId::of, KEBAB));
        Boolean independent = in.bool(n, at, "independent");
        Boolean outside = in.bool(n, at, "outsideItDepartment");
        LocalizedText description = in.text(n, at, "description");
        List<SourceRef> refs = sources.read(n, at);
        return JsonIn.all(bodies, roles, independent, outside, description, refs)
                ? in.build(at, () -> new Placement(new HashSet<>(bodies), roles, independent, outside, description,
                        refs)) : null;
    }

    private static @Nullable ProficiencyScale scale(@Nullable JsonNode n, String at, JsonIn in) {
        if (n == null || in.object(n, at, "id", "name", "levels") == null) {
            return null;
        }
        String id = in.id(n, at, "id", JsonIn::kebab, KEBAB);
        LocalizedText name = in.text(n, at, "name");
        List<ScaleLevel> levels = in.array(n, at, "levels", (l, lat) -> {
            if (in.object(l, lat, "value", "label", "proficient") == null) {
                return null;
            }
            Integer value = in.integer(l, lat, "value");
            LocalizedText label = in.text(l, lat, "label");
            Boolean proficient = in.bool(l, lat, "proficient");
            return JsonIn.all(value, label, proficient)
                    ? in.build(lat, () -> new ScaleLevel(value, label, proficient)) : null;
        });
        if (!JsonIn.all(id, name, levels)) {
            return null;
        }
        ProficiencyScale built = in.build(at, () -> new ProficiencyScale(id, name, levels));
        // share the default instance so that equal scales stay equal and cheap
        return built != null && built.equals(ProficiencyScale.defaultScale()) ? ProficiencyScale.defaultScale() : built;
    }

    /** Reads source references, resolving documents by id. */
    public static final class Sources {
        private final JsonIn in;
        private final Map<String, SourceDocument> documents;
        private final java.util.Set<String> declared;

        /**
         * Creates a reader.
         *
         * @param in the JSON reader
         * @param documents the documents read cleanly, by id
         * @param declared the ids of all documents, also those with problems (not reported again when referred to)
         */
        public Sources(JsonIn in, Map<String, SourceDocument> documents, java.util.Set<String> declared) {
            this.in = in;
            this.documents = documents;
            this.declared = declared;
        }

        /**
         * A document reference by id.
         *
         * @param n the object
         * @param at its pointer
         * @param name the property
         * @return the document, or null after a problem
         */
        @Nullable SourceDocument document(JsonNode n, String at, String name) {
            JsonNode value = in.required(n, at, name);
            if (value == null) {
                return null;
            }
            SourceDocument document = value.isString() ? documents.get(value.stringValue()) : null;
            if (document == null && !(value.isString() && declared.contains(value.stringValue()))) {
                in.problem(JsonIn.at(at, name), "ref-unknown", "document");
            }
            return document;
        }

        /**
         * The {@code sources} property of an object.
         *
         * @param n the object
         * @param at its pointer
         * @return the references, or null after a problem
         */
        public @Nullable List<SourceRef> read(JsonNode n, String at) {
            return in.array(n, at, "sources", this::one);
        }

        private @Nullable SourceRef one(JsonNode n, String at) {
            if (!n.isObject()) {
                in.problem(at, "json-type", "an object");
                return null;
            }
            JsonNode kind = in.required(n, at, "kind");
            if (kind == null) {
                return null;
            }
            String k = kind.isString() ? kind.stringValue() : "";
            switch (k) {
                case "source" -> {
                    in.object(n, at, "kind", "document", "section");
                    SourceDocument document = document(n, at, "document");
                    String section = in.string(n, at, "section");
                    return JsonIn.all(document, section) ? in.build(at, () -> SourceRef.source(document, section))
                            : null;
                }
                case "norm" -> {
                    in.object(n, at, "kind", "norm", "version", "clause");
                    Norm norm = in.enumId(n, at, "norm", Norm.values());
                    String version = in.string(n, at, "version");
                    String clause = in.anyString(n, at, "clause");
                    return JsonIn.all(norm, version, clause) ? in.build(at, () -> SourceRef.norm(norm, version, clause))
                            : null;
                }
                case "editorial" -> {
                    in.object(n, at, "kind", "rationale");
                    LocalizedText rationale = in.text(n, at, "rationale");
                    return rationale == null ? null : SourceRef.editorial(rationale);
                }
                default -> {
                    in.problem(JsonIn.at(at, "kind"), "json-type", "one of source, norm, editorial");
                    return null;
                }
            }
        }
    }
}
