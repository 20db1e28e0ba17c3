package nl.competentiekompas.io.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.Certification;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GoalFocus;
import nl.competentiekompas.core.assessment.GoalStatus;
import nl.competentiekompas.core.assessment.PersonalData;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ReportingLine;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Documents about one person besides assessments: a development plan ({@code competentiekompas/development-plan}),
 * candidates ({@code competentiekompas/candidates}) and a subject-access export
 * ({@code competentiekompas/subject-access}), whose organisation parts reuse the shapes of the organisation,
 * allocation and risk-acceptance documents. Maps with codes as keys are written as arrays of objects, so that
 * no JSON Pointer ever holds a key taken from the input.
 */
public final class PersonDocuments {

    /** A development plan. */
    public static final Envelope PLAN = Envelope.v1("development-plan");
    /** Candidates for a role. */
    public static final Envelope CANDIDATES = Envelope.v1("candidates");
    /** Everything held about one person. */
    public static final Envelope SUBJECT_ACCESS = Envelope.v1("subject-access");

    private static final String KEBAB = "a lower-kebab code";

    private PersonDocuments() {
    }

    // ------------------------------------------------------------------ development plans

    /**
     * Writes a plan's properties into an open object.
     *
     * @param plan the plan
     * @param out the generator
     */
    public static void writePlanBody(DevelopmentPlan plan, JsonGenerator out) {
        out.writeStringProperty("subject", plan.subject().value());
        out.writeStringProperty("profile", plan.profile().value());
        out.writeStringProperty("date", plan.date().toString());
        out.writeName("goals");
        out.writeStartArray();
        for (DevelopmentPlan.Goal goal : plan.goals()) {
            out.writeStartObject();
            out.writeName("focus");
            out.writeStartObject();
            if (goal.focus() instanceof GoalFocus.OnCompetency c) {
                out.writeStringProperty("competency", c.competency().value());
            } else if (goal.focus() instanceof GoalFocus.OnDomain d) {
                out.writeStringProperty("domain", d.domain().id());
            }
            out.writeEndObject();
            out.writeStringProperty("action", goal.action());
            out.writeStringProperty("due", goal.due().toString());
            out.writeStringProperty("status", goal.status().name().toLowerCase(java.util.Locale.ROOT));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /**
     * Writes a plan document.
     *
     * @param plan the plan
     * @param out the generator
     */
    public static void writePlan(DevelopmentPlan plan, JsonGenerator out) {
        out.writeStartObject();
        PLAN.write(out);
        writePlanBody(plan, out);
        out.writeEndObject();
    }

    /**
     * Reads a plan.
     *
     * @param node the object
     * @param at its pointer
     * @param in the reader
     * @param envelope whether the object holds the envelope
     * @return the plan, or null after problems
     */
    public static @Nullable DevelopmentPlan readPlan(JsonNode node, String at, JsonIn in, boolean envelope) {
        if (in.object(node, at, envelope ? new String[] {"format", "version", "subject", "profile", "date", "goals"}
                : new String[] {"subject", "profile", "date", "goals"}) == null) {
            return null;
        }
        PersonId subject = in.id(node, at, "subject", PersonId::of, "a person id");
        RoleId profile = in.id(node, at, "profile", RoleId::of, "a lower-kebab profile id");
        java.time.LocalDate date = in.date(node, at, "date");
        JsonNode goalsNode = in.required(node, at, "goals");
        List<DevelopmentPlan.Goal> goals = null;
        if (goalsNode != null && goalsNode.isArray()
                && goalsNode.size() > nl.competentiekompas.core.catalog.ReflectionForm.MAX_DEVELOPMENT_GOALS) {
            in.problem(JsonIn.at(JsonIn.at(at, "goals"), nl.competentiekompas.core.catalog.ReflectionForm
                    .MAX_DEVELOPMENT_GOALS), "json-too-many-goals",
                    nl.competentiekompas.core.catalog.ReflectionForm.MAX_DEVELOPMENT_GOALS);
        } else if (goalsNode != null) {
            goals = in.arrayValue(goalsNode, JsonIn.at(at, "goals"), (g, gat) -> goal(g, gat, in));
        }
        List<DevelopmentPlan.Goal> finalGoals = goals;
        return JsonIn.all(subject, profile, date, goals)
                ? in.build(at, () -> new DevelopmentPlan(subject, profile, date, finalGoals)) : null;
    }

    private static DevelopmentPlan.@Nullable Goal goal(JsonNode g, String at, JsonIn in) {
        if (in.object(g, at, "focus", "action", "due", "status") == null) {
            return null;
        }
        GoalFocus focus = null;
        JsonNode f = in.required(g, at, "focus");
        String fat = JsonIn.at(at, "focus");
        if (f != null && in.object(f, fat, "competency", "domain") != null) {
            if (f.has("competency") == f.has("domain")) {
                in.problem(fat, "json-type", "an object with either competency or domain");
            } else if (f.has("competency")) {
                CompetencyId c = in.id(f, fat, "competency", CompetencyId::of, "a lower-kebab competency id");
                focus = c == null ? null : new GoalFocus.OnCompetency(c);
            } else {
                TaskDomain d = in.enumId(f, fat, "domain", TaskDomain.values());
                focus = d == null ? null : new GoalFocus.OnDomain(d);
            }
        }
        String action = in.string(g, at, "action");
        java.time.LocalDate due = in.date(g, at, "due");
        JsonNode s = in.required(g, at, "status");
        GoalStatus status = null;
        if (s != null) {
            for (GoalStatus candidate : GoalStatus.values()) {
                if (s.isString() && candidate.name().toLowerCase(java.util.Locale.ROOT).equals(s.stringValue())) {
                    status = candidate;
                }
            }
            if (status == null) {
                in.problem(JsonIn.at(at, "status"), "json-type", "one of draft, active, done");
            }
        }
        GoalFocus finalFocus = focus;
        GoalStatus finalStatus = status;
        return JsonIn.all(focus, action, due, status)
                ? in.build(at, () -> new DevelopmentPlan.Goal(finalFocus, action, due, finalStatus)) : null;
    }

    // ------------------------------------------------------------------ candidates

    /**
     * Writes a candidate as an object.
     *
     * @param c the candidate
     * @param out the generator
     */
    public static void writeCandidate(Candidate c, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("id", c.id().value());
        strings(out, "education", c.education());
        out.writeName("certifications");
        out.writeStartArray();
        for (Certification cert : c.certifications()) {
            out.writeStartObject();
            out.writeStringProperty("code", cert.code());
            out.writeStringProperty("issued", cert.issued().toString());
            if (cert.expires().isPresent()) {
                out.writeStringProperty("expires", cert.expires().get().toString());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        strings(out, "knowledge", c.knowledge());
        out.writeName("experienceYears");
        out.writeStartArray();
        for (Map.Entry<String, Integer> e : c.experienceYears().entrySet()) {
            out.writeStartObject();
            out.writeStringProperty("code", e.getKey());
            out.writeNumberProperty("years", e.getValue());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void strings(JsonGenerator out, String name, Iterable<String> values) {
        out.writeName(name);
        out.writeStartArray();
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    /**
     * Writes a candidates document.
     *
     * @param candidates the candidates
     * @param out the generator
     */
    public static void writeCandidates(List<Candidate> candidates, JsonGenerator out) {
        out.writeStartObject();
        CANDIDATES.write(out);
        out.writeName("candidates");
        out.writeStartArray();
        for (Candidate c : candidates) {
            writeCandidate(c, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Reads a candidate.
     *
     * @param n the object
     * @param at its pointer
     * @param in the reader
     * @return the candidate, or null after problems
     */
    public static @Nullable Candidate readCandidate(JsonNode n, String at, JsonIn in) {
        if (in.object(n, at, "id", "education", "certifications", "knowledge", "experienceYears") == null) {
            return null;
        }
        PersonId id = in.id(n, at, "id", PersonId::of, "a person id");
        List<String> education = in.array(n, at, "education", (v, vat) -> in.idValue(v, vat, JsonIn::kebab, KEBAB));
        List<Certification> certifications = in.array(n, at, "certifications", (c, cat) -> {
            if (in.object(c, cat, "code", "issued", "expires") == null) {
                return null;
            }
            String code = in.id(c, cat, "code", JsonIn::kebab, KEBAB);
            java.time.LocalDate issued = in.date(c, cat, "issued");
            Optional<java.time.LocalDate> expires = Optional.empty();
            boolean ok = true;
            if (c.has("expires")) {
                java.time.LocalDate e = in.date(c, cat, "expires");
                ok = e != null;
                expires = Optional.ofNullable(e);
            }
            Optional<java.time.LocalDate> finalExpires = expires;
            return ok && JsonIn.all(code, issued)
                    ? in.build(cat, () -> new Certification(code, issued, finalExpires)) : null;
        });
        List<String> knowledge = in.array(n, at, "knowledge", (v, vat) -> in.idValue(v, vat, JsonIn::kebab, KEBAB));
        Map<String, Integer> years = new LinkedHashMap<>();
        List<Boolean> yearsOk = in.array(n, at, "experienceYears", (y, yat) -> {
            if (in.object(y, yat, "code", "years") == null) {
                return null;
            }
            String code = in.id(y, yat, "code", JsonIn::kebab, KEBAB);
            Integer value = in.integer(y, yat, "years");
            if (!JsonIn.all(code, value)) {
                return null;
            }
            if (years.put(code, value) != null) {
                in.problem(yat, "value-invalid", "Candidate.experienceYears");
                return null;
            }
            return Boolean.TRUE;
        });
        if (!JsonIn.all(id, education, certifications, knowledge, yearsOk)) {
            return null;
        }
        return in.build(at, () -> new Candidate(id, new HashSet<>(education), certifications,
                new HashSet<>(knowledge), years));
    }

    /**
     * Reads a candidates document whose envelope was checked.
     *
     * @param root the document
     * @param in the reader
     * @return the candidates, or null after problems
     */
    public static @Nullable List<Candidate> readCandidates(JsonNode root, JsonIn in) {
        in.object(root, "", "format", "version", "candidates");
        return in.array(root, "", "candidates", (c, at) -> readCandidate(c, at, in));
    }

    // ------------------------------------------------------------------ subject access

    /**
     * Writes a subject-access export.
     *
     * @param access the export
     * @param out the generator
     */
    public static void writeSubjectAccess(PersonalData.SubjectAccess access, JsonGenerator out) {
        out.writeStartObject();
        SUBJECT_ACCESS.write(out);
        out.writeStringProperty("person", access.person().value());
        assessments(out, "received", access.received());
        assessments(out, "given", access.given());
        out.writeName("plans");
        out.writeStartArray();
        for (DevelopmentPlan plan : access.plans()) {
            out.writeStartObject();
            writePlanBody(plan, out);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("candidateRecords");
        out.writeStartArray();
        for (Candidate c : access.candidateRecords()) {
            writeCandidate(c, out);
        }
        out.writeEndArray();
        out.writeName("organisations");
        out.writeStartArray();
        for (PersonalData.OrganisationAccess o : access.organisations()) {
            writeOrganisationAccess(o, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeOrganisationAccess(PersonalData.OrganisationAccess o, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("organisation", o.organisation().value());
        objects(out, "appointments", o.appointments(), OrganisationDocuments::writeAppointment);
        objects(out, "lines", o.lines(), OrganisationDocuments::writeLine);
        objects(out, "processes", o.processes(), OrganisationDocuments::writeProcess);
        objects(out, "assignments", o.assignments(), AllocationDocuments::writeAssignment);
        objects(out, "acceptances", o.acceptances(), AllocationDocuments::writeAcceptance);
        out.writeEndObject();
    }

    private static <T> void objects(JsonGenerator out, String name, List<T> values,
            BiConsumer<T, JsonGenerator> writer) {
        out.writeName(name);
        out.writeStartArray();
        for (T value : values) {
            writer.accept(value, out);
        }
        out.writeEndArray();
    }

    private static void assessments(JsonGenerator out, String name, List<Assessment> all) {
        out.writeName(name);
        out.writeStartArray();
        for (Assessment a : all) {
            out.writeStartObject();
            AssessmentDocument.writeBody(a, out);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /**
     * Reads a subject-access export whose envelope was checked. A missing {@code organisations} array (documents
     * written before it existed) reads as none; each organisation part must be about the person, which is
     * checked and located at the part.
     *
     * @param root the document
     * @param in the reader
     * @param catalog the catalog assessments, appointments' roles and assignments' responsibilities are checked
     *     against
     * @return the export, or null after problems
     */
    public static PersonalData.@Nullable SubjectAccess readSubjectAccess(JsonNode root, JsonIn in, Catalog catalog) {
        in.object(root, "", "format", "version", "person", "received", "given", "plans", "candidateRecords",
                "organisations");
        PersonId person = in.id(root, "", "person", PersonId::of, "a person id");
        List<Assessment> received = in.array(root, "", "received",
                (a, at) -> AssessmentDocument.read(a, at, in, catalog, false));
        List<Assessment> given = in.array(root, "", "given",
                (a, at) -> AssessmentDocument.read(a, at, in, catalog, false));
        List<DevelopmentPlan> plans = in.array(root, "", "plans", (p, at) -> readPlan(p, at, in, false));
        List<Candidate> candidates = in.array(root, "", "candidateRecords", (c, at) -> readCandidate(c, at, in));
        List<PersonalData.OrganisationAccess> organisations = root.has("organisations")
                ? in.array(root, "", "organisations", (o, at) -> readOrganisationAccess(o, at, in, catalog, person))
                : List.of();
        if (!JsonIn.all(person, received, given, plans, candidates, organisations)) {
            return null;
        }
        return in.build("", () -> new PersonalData.SubjectAccess(person, new ArrayList<>(received),
                new ArrayList<>(given), plans, candidates, organisations));
    }

    private static PersonalData.@Nullable OrganisationAccess readOrganisationAccess(JsonNode o, String at, JsonIn in,
            Catalog catalog, @Nullable PersonId person) {
        if (in.object(o, at, "organisation", "appointments", "lines", "processes", "assignments",
                "acceptances") == null) {
            return null;
        }
        OrganisationId id = in.id(o, at, "organisation", OrganisationId::of, "a lower-kebab id");
        List<Appointment> appointments = in.array(o, at, "appointments",
                (a, aat) -> OrganisationDocuments.readAppointment(a, aat, in, catalog));
        List<ReportingLine> lines = in.array(o, at, "lines", (l, lat) -> OrganisationDocuments.readLine(l, lat, in));
        List<Process> processes = in.array(o, at, "processes",
                (p, pat) -> OrganisationDocuments.readProcess(p, pat, in));
        List<Assignment> assignments = in.array(o, at, "assignments",
                (a, aat) -> AllocationDocuments.readAssignment(a, aat, in, catalog));
        List<RiskAcceptance> acceptances = in.array(o, at, "acceptances",
                (a, aat) -> AllocationDocuments.readAcceptance(a, aat, in));
        if (!JsonIn.all(id, appointments, lines, processes, assignments, acceptances)) {
            return null;
        }
        PersonalData.OrganisationAccess access = in.build(at, () -> new PersonalData.OrganisationAccess(id,
                appointments, lines, processes, assignments, acceptances));
        // the export's own check, run on this part alone so that a part about someone else is located here
        if (access != null && person != null && in.build(at, () -> new PersonalData.SubjectAccess(person,
                List.of(), List.of(), List.of(), List.of(), List.of(access))) == null) {
            return null;
        }
        return access;
    }
}
