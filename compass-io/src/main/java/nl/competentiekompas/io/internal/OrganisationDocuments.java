package nl.competentiekompas.io.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceDocument;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * An organisation ({@code competentiekompas/organisation}) and an evaluation's findings
 * ({@code competentiekompas/evaluation}) as JSON.
 */
public final class OrganisationDocuments {

    /** An organisation. */
    public static final Envelope ORGANISATION = Envelope.v1("organisation");
    /** An evaluation. */
    public static final Envelope EVALUATION = Envelope.v1("evaluation");

    private static final String KEBAB = "a lower-kebab id";

    private OrganisationDocuments() {
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> @Nullable E named(JsonIn in, JsonNode node, String at, String name,
            E[] values) {
        JsonNode value = in.required(node, at, name);
        if (value == null) {
            return null;
        }
        for (E e : values) {
            if (value.isString() && lower(e).equals(value.stringValue())) {
                return e;
            }
        }
        StringBuilder expected = new StringBuilder("one of ");
        for (int i = 0; i < values.length; i++) {
            expected.append(i == 0 ? "" : ", ").append(lower(values[i]));
        }
        in.problem(JsonIn.at(at, name), "json-type", expected.toString());
        return null;
    }

    /**
     * Writes an organisation.
     *
     * @param o the organisation
     * @param out the generator
     */
    public static void writeOrganisation(Organisation o, JsonGenerator out) {
        out.writeStartObject();
        ORGANISATION.write(out);
        out.writeStringProperty("id", o.id().value());
        out.writeStringProperty("sector", o.sector().id());
        out.writeBooleanProperty("essentialEntity", o.essentialEntity());
        out.writeName("governingBodies");
        out.writeStartArray();
        for (GoverningBody b : o.governingBodies()) {
            out.writeString(b.id());
        }
        out.writeEndArray();
        out.writeName("units");
        out.writeStartArray();
        for (Unit u : o.units()) {
            out.writeStartObject();
            out.writeStringProperty("id", u.id().value());
            if (u.parent().isPresent()) {
                out.writeStringProperty("parent", u.parent().get().value());
            }
            out.writeBooleanProperty("itDepartment", u.itDepartment());
            out.writeBooleanProperty("needsIso", u.needsIso());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("processes");
        out.writeStartArray();
        for (Process p : o.processes()) {
            writeProcess(p, out);
        }
        out.writeEndArray();
        out.writeName("people");
        out.writeStartArray();
        for (PersonId p : o.people()) {
            out.writeString(p.value());
        }
        out.writeEndArray();
        out.writeName("appointments");
        out.writeStartArray();
        for (Appointment a : o.appointments()) {
            writeAppointment(a, out);
        }
        out.writeEndArray();
        out.writeName("lines");
        out.writeStartArray();
        for (ReportingLine l : o.lines()) {
            writeLine(l, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Reads an organisation whose envelope was checked.
     *
     * @param root the document
     * @param in the reader
     * @param catalog the catalog roles are checked against
     * @return the organisation, or null after problems
     */
    public static @Nullable Organisation readOrganisation(JsonNode root, JsonIn in, Catalog catalog) {
        in.object(root, "", "format", "version", "id", "sector", "essentialEntity", "governingBodies", "units",
                "processes", "people", "appointments", "lines");
        OrganisationId id = in.id(root, "", "id", OrganisationId::of, KEBAB);
        Sector sector = in.enumId(root, "", "sector", Sector.values());
        Boolean essential = in.bool(root, "", "essentialEntity");
        List<GoverningBody> bodies = in.array(root, "", "governingBodies",
                (v, at) -> in.enumValue(v, at, GoverningBody.values()));
        List<Unit> units = in.array(root, "", "units", (u, at) -> {
            if (in.object(u, at, "id", "parent", "itDepartment", "needsIso") == null) {
                return null;
            }
            UnitId uid = in.id(u, at, "id", UnitId::of, KEBAB);
            Optional<UnitId> parent = Optional.empty();
            boolean ok = true;
            if (u.has("parent")) {
                UnitId p = in.id(u, at, "parent", UnitId::of, KEBAB);
                ok = p != null;
                parent = Optional.ofNullable(p);
            }
            Boolean it = in.bool(u, at, "itDepartment");
            Boolean needsIso = in.bool(u, at, "needsIso");
            Optional<UnitId> finalParent = parent;
            return ok && JsonIn.all(uid, it, needsIso)
                    ? in.build(at, () -> new Unit(uid, finalParent, it, needsIso)) : null;
        });
        List<Process> processes = in.array(root, "", "processes", (p, at) -> readProcess(p, at, in));
        List<PersonId> people = in.array(root, "", "people", (v, at) -> in.idValue(v, at, PersonId::of,
                "a person id"));
        List<Appointment> appointments = in.array(root, "", "appointments",
                (a, at) -> readAppointment(a, at, in, catalog));
        List<ReportingLine> lines = in.array(root, "", "lines", (l, at) -> readLine(l, at, in));
        if (!JsonIn.all(id, sector, essential, bodies, units, processes, people, appointments, lines)) {
            return null;
        }
        return in.build("", () -> {
            Organisation.Builder b = Organisation.builder(id, sector).essentialEntity(essential);
            bodies.forEach(b::governingBody);
            units.forEach(b::unit);
            people.forEach(b::person);
            processes.forEach(b::process);
            appointments.forEach(b::appointment);
            lines.forEach(b::line);
            return b.build();
        });
    }

    /**
     * Writes one process as an object.
     *
     * @param p the process
     * @param out the generator
     */
    static void writeProcess(Process p, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("id", p.id().value());
        out.writeStringProperty("owner", p.owner().value());
        out.writeStringProperty("unit", p.unit().value());
        out.writeEndObject();
    }

    /**
     * Reads one process.
     *
     * @param p the object
     * @param at its pointer
     * @param in the reader
     * @return the process, or null after problems
     */
    static @Nullable Process readProcess(JsonNode p, String at, JsonIn in) {
        if (in.object(p, at, "id", "owner", "unit") == null) {
            return null;
        }
        ProcessId pid = in.id(p, at, "id", ProcessId::of, KEBAB);
        PersonId owner = in.id(p, at, "owner", PersonId::of, "a person id");
        UnitId unit = in.id(p, at, "unit", UnitId::of, KEBAB);
        return JsonIn.all(pid, owner, unit) ? in.build(at, () -> new Process(pid, owner, unit)) : null;
    }

    /**
     * Writes one appointment as an object, the units it covers in id order.
     *
     * @param a the appointment
     * @param out the generator
     */
    static void writeAppointment(Appointment a, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("id", a.id().value());
        out.writeStringProperty("person", a.person().value());
        out.writeStringProperty("role", a.role().value());
        out.writeStringProperty("unit", a.unit().value());
        out.writeName("fte");
        out.writeNumber(a.fte().toBigDecimal());
        out.writeBooleanProperty("sideJob", a.sideJob());
        out.writeName("covers");
        out.writeStartArray();
        for (UnitId u : new java.util.TreeSet<>(a.covers())) {
            out.writeString(u.value());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Reads one appointment.
     *
     * @param a the object
     * @param at its pointer
     * @param in the reader
     * @param catalog the catalog the role is checked against
     * @return the appointment, or null after problems
     */
    static @Nullable Appointment readAppointment(JsonNode a, String at, JsonIn in, Catalog catalog) {
        if (in.object(a, at, "id", "person", "role", "unit", "fte", "sideJob", "covers") == null) {
            return null;
        }
        AppointmentId aid = in.id(a, at, "id", AppointmentId::of, KEBAB);
        PersonId person = in.id(a, at, "person", PersonId::of, "a person id");
        RoleId role = in.id(a, at, "role", RoleId::of, KEBAB);
        if (role != null && !catalog.isKnownRole(role)) {
            in.problem(JsonIn.at(at, "role"), "ref-unknown", "role");
            role = null;
        }
        UnitId unit = in.id(a, at, "unit", UnitId::of, KEBAB);
        Fte fte = in.fte(a, at, "fte");
        Boolean sideJob = in.bool(a, at, "sideJob");
        List<UnitId> covers = in.array(a, at, "covers", (v, vat) -> in.idValue(v, vat, UnitId::of, KEBAB));
        RoleId finalRole = role;
        return JsonIn.all(aid, person, role, unit, fte, sideJob, covers)
                ? in.build(at, () -> new Appointment(aid, person, finalRole, unit, fte, sideJob,
                        new HashSet<>(covers))) : null;
    }

    /**
     * Writes one reporting line as an object.
     *
     * @param l the line
     * @param out the generator
     */
    static void writeLine(ReportingLine l, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("from", l.from().value());
        out.writeStringProperty("kind", lower(l.kind()));
        if (l.toBody().isPresent()) {
            out.writeStringProperty("toBody", l.toBody().get().id());
        }
        if (l.toAppointment().isPresent()) {
            out.writeStringProperty("toAppointment", l.toAppointment().get().value());
        }
        out.writeEndObject();
    }

    /**
     * Reads one reporting line.
     *
     * @param l the object
     * @param at its pointer
     * @param in the reader
     * @return the line, or null after problems
     */
    static @Nullable ReportingLine readLine(JsonNode l, String at, JsonIn in) {
        if (in.object(l, at, "from", "kind", "toBody", "toAppointment") == null) {
            return null;
        }
        AppointmentId from = in.id(l, at, "from", AppointmentId::of, KEBAB);
        ReportingLine.Kind kind = named(in, l, at, "kind", ReportingLine.Kind.values());
        if (l.has("toBody") == l.has("toAppointment")) {
            in.problem(at, "json-type", "an object with either toBody or toAppointment");
            return null;
        }
        Optional<GoverningBody> body = Optional.empty();
        Optional<AppointmentId> to = Optional.empty();
        if (l.has("toBody")) {
            GoverningBody b = in.enumId(l, at, "toBody", GoverningBody.values());
            if (b == null) {
                return null;
            }
            body = Optional.of(b);
        } else {
            AppointmentId t = in.id(l, at, "toAppointment", AppointmentId::of, KEBAB);
            if (t == null) {
                return null;
            }
            to = Optional.of(t);
        }
        Optional<GoverningBody> finalBody = body;
        Optional<AppointmentId> finalTo = to;
        return JsonIn.all(from, kind) ? in.build(at, () -> new ReportingLine(from, kind, finalBody, finalTo))
                : null;
    }

    /**
     * Writes an evaluation.
     *
     * @param evaluation the evaluation
     * @param out the generator
     */
    public static void writeEvaluation(Evaluation evaluation, JsonGenerator out) {
        out.writeStartObject();
        EVALUATION.write(out);
        out.writeName("findings");
        out.writeStartArray();
        for (Finding f : evaluation.findings()) {
            out.writeStartObject();
            out.writeStringProperty("ruleId", f.ruleId());
            out.writeStringProperty("severity", lower(f.severity()));
            out.writeName("subjects");
            out.writeStartArray();
            for (String s : f.subjects()) {
                out.writeString(s);
            }
            out.writeEndArray();
            CatalogDocument.text(out, "message", f.message());
            CatalogDocument.sources(out, f.sources());
            if (f.acceptance().isPresent()) {
                out.writeName("acceptance");
                AllocationDocuments.writeAcceptance(f.acceptance().get(), out);
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Reads an evaluation whose envelope was checked; source references resolve against the catalog's documents.
     *
     * @param root the document
     * @param in the reader
     * @param catalog the catalog
     * @return the evaluation, or null after problems
     */
    public static @Nullable Evaluation readEvaluation(JsonNode root, JsonIn in, Catalog catalog) {
        in.object(root, "", "format", "version", "findings");
        Map<String, SourceDocument> documents = new HashMap<>();
        for (SourceDocument d : catalog.documents()) {
            documents.put(d.id(), d);
        }
        CatalogDocument.Sources sources = new CatalogDocument.Sources(in, documents, documents.keySet());
        List<Finding> findings = in.array(root, "", "findings", (f, at) -> {
            if (in.object(f, at, "ruleId", "severity", "subjects", "message", "sources", "acceptance") == null) {
                return null;
            }
            String rule = in.id(f, at, "ruleId", JsonIn::kebab, KEBAB);
            Severity severity = named(in, f, at, "severity", Severity.values());
            List<String> subjects = in.array(f, at, "subjects", (v, vat) -> in.string(v, vat));
            LocalizedText message = in.text(f, at, "message");
            List<SourceRef> refs = sources.read(f, at);
            Optional<RiskAcceptance> acceptance = Optional.empty();
            boolean ok = true;
            if (f.has("acceptance")) {
                RiskAcceptance a = AllocationDocuments.readAcceptance(f.get("acceptance"), JsonIn.at(at, "acceptance"),
                        in);
                ok = a != null;
                acceptance = Optional.ofNullable(a);
            }
            Optional<RiskAcceptance> finalAcceptance = acceptance;
            return ok && JsonIn.all(rule, severity, subjects, message, refs)
                    ? in.build(at, () -> new Finding(rule, severity, subjects, message, refs, finalAcceptance))
                    : null;
        });
        return findings == null ? null : in.build("", () -> Evaluation.of(findings));
    }
}
