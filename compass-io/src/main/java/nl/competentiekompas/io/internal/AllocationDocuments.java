package nl.competentiekompas.io.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.Scope;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.io.internal.check.CellKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Allocations as a RACI-matrix CSV file and as JSON ({@code competentiekompas/allocation}), and risk
 * acceptances as JSON ({@code competentiekompas/risk-acceptances}).
 */
public final class AllocationDocuments {

    /** An allocation. */
    public static final Envelope ALLOCATION = Envelope.v1("allocation");
    /** Risk acceptances. */
    public static final Envelope ACCEPTANCES = Envelope.v1("risk-acceptances");

    private AllocationDocuments() {
    }

    private static int bits(Iterable<Raci> letters) {
        int bits = 0;
        for (Raci r : letters) {
            bits |= 1 << r.ordinal();
        }
        return bits;
    }

    private static EnumSet<Raci> letters(int bits) {
        EnumSet<Raci> set = EnumSet.noneOf(Raci.class);
        for (Raci r : Raci.values()) {
            if ((bits & (1 << r.ordinal())) != 0) {
                set.add(r);
            }
        }
        return set;
    }

    // ------------------------------------------------------------------ CSV

    /**
     * Reads a RACI matrix into an allocation (without efforts, which the matrix has no place for).
     *
     * @param in the bytes
     * @param source the input's name
     * @param catalog the catalog responsibilities are checked against
     * @return the allocation
     */
    public static Allocation readMatrix(InputStream in, String source, Catalog catalog) {
        List<Assignment> assignments = new ArrayList<>();
        try (CsvReading<List<RaciMatrix.Cell>> reading = RaciMatrix.read(in, source, catalog)) {
            while (reading.hasNext()) {
                for (RaciMatrix.Cell cell : reading.next()) {
                    assignments.add(new Assignment(cell.responsibility(), new Scope(cell.scopeKind(), cell.scopeRef()),
                            cell.person(), letters(cell.raci()), Optional.empty()));
                }
            }
        }
        return Allocation.of(assignments);
    }

    /**
     * Writes an allocation as a RACI matrix: people as columns in id order, one row per responsibility and scope.
     *
     * @param allocation the allocation
     * @param out the bytes
     * @param format the format
     */
    public static void writeMatrix(Allocation allocation, OutputStream out, CsvFormat format) {
        List<PersonId> people = new ArrayList<>(new TreeSet<>(allocation.people()));
        java.util.Map<PersonId, Integer> column = new java.util.HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            column.put(people.get(i), i + 2);
        }
        CsvWriting w = RaciMatrix.start(out, format, people);
        allocation.forEachKey((key, assignments) -> {
            String[] cells = new String[people.size() + 2];
            java.util.Arrays.fill(cells, "");
            cells[0] = key.responsibility().value();
            cells[1] = RaciMatrix.formatScope(key.scope().kind(), key.scope().ref(), format.headers());
            for (Assignment a : assignments) {
                cells[column.get(a.person())] = CellKind.formatRaci(bits(a.raci()));
            }
            w.record(cells);
        });
        w.flush();
    }

    // ------------------------------------------------------------------ JSON

    /**
     * Writes an allocation document.
     *
     * @param allocation the allocation
     * @param out the generator
     */
    public static void writeAllocation(Allocation allocation, JsonGenerator out) {
        out.writeStartObject();
        ALLOCATION.write(out);
        out.writeName("assignments");
        out.writeStartArray();
        for (Assignment a : allocation.assignments()) {
            writeAssignment(a, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Reads an allocation document whose envelope was checked.
     *
     * @param root the document
     * @param in the reader
     * @param catalog the catalog responsibilities are checked against
     * @return the allocation, or null after problems
     */
    public static @Nullable Allocation readAllocation(JsonNode root, JsonIn in, Catalog catalog) {
        in.object(root, "", "format", "version", "assignments");
        List<Assignment> assignments = in.array(root, "", "assignments",
                (a, at) -> readAssignment(a, at, in, catalog));
        return assignments == null ? null : in.build("/assignments", () -> Allocation.of(assignments));
    }

    /**
     * Writes one assignment as an object.
     *
     * @param a the assignment
     * @param out the generator
     */
    static void writeAssignment(Assignment a, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("responsibility", a.responsibility().value());
        out.writeStringProperty("scope", a.scope().toString());
        out.writeStringProperty("person", a.person().value());
        out.writeStringProperty("raci", CellKind.formatRaci(bits(a.raci())));
        if (a.effort().isPresent()) {
            out.writeName("effort");
            out.writeNumber(a.effort().get().toBigDecimal());
        }
        out.writeEndObject();
    }

    /**
     * Reads one assignment.
     *
     * @param a the object
     * @param at its pointer
     * @param in the reader
     * @param catalog the catalog the responsibility is checked against
     * @return the assignment, or null after problems
     */
    static @Nullable Assignment readAssignment(JsonNode a, String at, JsonIn in, Catalog catalog) {
        if (in.object(a, at, "responsibility", "scope", "person", "raci", "effort") == null) {
            return null;
        }
        ResponsibilityId r = in.id(a, at, "responsibility", ResponsibilityId::of, "a lower-kebab id");
        if (r != null && catalog.responsibility(r).isEmpty()) {
            in.problem(JsonIn.at(at, "responsibility"), "ref-unknown", "responsibility");
            r = null;
        }
        String scopeText = in.string(a, at, "scope");
        String[] scope = scopeText == null ? null : RaciMatrix.scope(scopeText);
        if (scopeText != null && scope == null) {
            in.problem(JsonIn.at(at, "scope"), "json-type", "organisation, unit:<id> or process:<id>");
        }
        PersonId person = in.id(a, at, "person", PersonId::of, "a person id");
        String raciText = in.string(a, at, "raci");
        int bits = raciText == null ? -1 : CellKind.raci(raciText);
        if (raciText != null && bits <= 0) {
            in.problem(JsonIn.at(at, "raci"), "json-type", "RACI letters such as RA");
        }
        Optional<Fte> effort = Optional.empty();
        boolean effortOk = true;
        if (a.has("effort")) {
            Fte fte = in.fte(a, at, "effort");
            effortOk = fte != null;
            effort = Optional.ofNullable(fte);
        }
        ResponsibilityId responsibility = r;
        Optional<Fte> finalEffort = effort;
        if (!JsonIn.all(responsibility, scope, person) || bits <= 0 || !effortOk) {
            return null;
        }
        return in.build(at, () -> new Assignment(responsibility,
                new Scope(ScopeKind.fromId(scope[0]).orElseThrow(), scope[1]), person, letters(bits),
                finalEffort));
    }

    /**
     * Writes risk acceptances.
     *
     * @param acceptances the acceptances
     * @param out the generator
     */
    public static void writeAcceptances(List<RiskAcceptance> acceptances, JsonGenerator out) {
        out.writeStartObject();
        ACCEPTANCES.write(out);
        out.writeName("acceptances");
        out.writeStartArray();
        for (RiskAcceptance a : acceptances) {
            writeAcceptance(a, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Reads risk acceptances whose envelope was checked.
     *
     * @param root the document
     * @param in the reader
     * @return the acceptances, or null after problems
     */
    public static @Nullable List<RiskAcceptance> readAcceptances(JsonNode root, JsonIn in) {
        in.object(root, "", "format", "version", "acceptances");
        return in.array(root, "", "acceptances", (a, at) -> readAcceptance(a, at, in));
    }

    /**
     * Writes one acceptance as an object.
     *
     * @param a the acceptance
     * @param out the generator
     */
    static void writeAcceptance(RiskAcceptance a, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("ruleId", a.ruleId());
        out.writeStringProperty("subject", a.subject());
        out.writeStringProperty("reason", a.reason());
        out.writeStringProperty("acceptedBy", a.acceptedBy().id());
        out.writeStringProperty("expires", a.expires().toString());
        out.writeEndObject();
    }

    /**
     * Reads one acceptance.
     *
     * @param a the object
     * @param at its pointer
     * @param in the reader
     * @return the acceptance, or null after problems
     */
    static @Nullable RiskAcceptance readAcceptance(JsonNode a, String at, JsonIn in) {
        if (in.object(a, at, "ruleId", "subject", "reason", "acceptedBy", "expires") == null) {
            return null;
        }
        String rule = in.id(a, at, "ruleId", JsonIn::kebab, "a lower-kebab rule id");
        String subject = in.string(a, at, "subject");
        String reason = in.string(a, at, "reason");
        GoverningBody body = in.enumId(a, at, "acceptedBy", GoverningBody.values());
        java.time.LocalDate expires = in.date(a, at, "expires");
        return JsonIn.all(rule, subject, reason, body, expires)
                ? in.build(at, () -> new RiskAcceptance(rule, subject, reason, body, expires)) : null;
    }
}
