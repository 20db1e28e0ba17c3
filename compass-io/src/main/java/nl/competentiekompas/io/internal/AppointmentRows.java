package nl.competentiekompas.io.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.UnitId;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.io.internal.check.CellKind;
import org.jspecify.annotations.Nullable;

/**
 * The appointments CSV file: one row per appointment (a person in a role in a unit, with an FTE, a side-job flag
 * and the units an ISO covers, separated by spaces).
 */
public final class AppointmentRows {

    /** The columns, in export order. */
    public static final CsvLayout LAYOUT = new CsvLayout(List.of(
            CsvColumn.required("aanstelling", "appointment"),
            CsvColumn.required("persoon", "person"),
            CsvColumn.required("rol", "role"),
            CsvColumn.required("eenheid", "unit"),
            CsvColumn.required("fte", "fte"),
            CsvColumn.optional("nevenfunctie", "side job"),
            CsvColumn.optional("dekt", "covers")));

    private static final int ID = 0;
    private static final int PERSON = 1;
    private static final int ROLE = 2;
    private static final int UNIT = 3;
    private static final int FTE = 4;
    private static final int SIDE_JOB = 5;
    private static final int COVERS = 6;

    private AppointmentRows() {
    }

    private static String label(int column) {
        return LAYOUT.columns().get(column).label();
    }

    /**
     * Reads every appointment of a file.
     *
     * @param in the bytes
     * @param source the input's name
     * @param catalog the catalog roles are checked against
     * @return the appointments in file order
     */
    public static List<Appointment> read(InputStream in, String source, Catalog catalog) {
        Map<String, Long> seen = new HashMap<>();
        RowMapper<Appointment> mapper = (row, sink) -> {
            boolean ok = true;
            String id = row.get(ID);
            if (!kebab(id)) {
                sink.add(row.at(ID), id.isEmpty() ? "csv-required" : "csv-id", label(ID));
                ok = false;
            }
            String person = row.get(PERSON);
            if (!PersonId.isValid(person)) {
                sink.add(row.at(PERSON), person.isEmpty() ? "csv-required" : "csv-person", label(PERSON));
                ok = false;
            }
            String role = row.get(ROLE);
            if (!kebab(role)) {
                sink.add(row.at(ROLE), role.isEmpty() ? "csv-required" : "csv-id", label(ROLE));
                ok = false;
            } else if (!catalog.isKnownRole(RoleId.of(role))) {
                sink.add(row.at(ROLE), "ref-unknown-role", label(ROLE));
                ok = false;
            }
            String unit = row.get(UNIT);
            if (!kebab(unit)) {
                sink.add(row.at(UNIT), unit.isEmpty() ? "csv-required" : "csv-id", label(UNIT));
                ok = false;
            }
            Optional<Fte> fte = CellKind.fte(row.get(FTE));
            if (fte.isEmpty()) {
                sink.add(row.at(FTE), "csv-fte", label(FTE));
                ok = false;
            }
            Optional<Boolean> sideJob = row.get(SIDE_JOB).isEmpty() ? Optional.of(false)
                    : CellKind.bool(row.get(SIDE_JOB));
            if (sideJob.isEmpty()) {
                sink.add(row.at(SIDE_JOB), "csv-boolean", label(SIDE_JOB));
                ok = false;
            }
            Set<UnitId> covers = new HashSet<>();
            for (String part : row.get(COVERS).split("[\\s,|]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!kebab(part)) {
                    sink.add(row.at(COVERS), "csv-covers", label(COVERS));
                    ok = false;
                    break;
                }
                covers.add(UnitId.of(part));
            }
            if (!ok) {
                return null;
            }
            Long first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                sink.add(row.at(ID), "csv-duplicate-row", label(ID), first);
                return null;
            }
            return new Appointment(AppointmentId.of(id), PersonId.of(person), RoleId.of(role), UnitId.of(unit),
                    fte.get(), sideJob.get(), covers);
        };
        List<Appointment> all = new ArrayList<>();
        try (CsvReading<Appointment> reading = CsvReading.open(in, source, LAYOUT, mapper)) {
            reading.forEachRemaining(all::add);
        }
        return all;
    }

    private static boolean kebab(@Nullable String cell) {
        return cell != null && !cell.isEmpty() && CellKind.KEBAB_ID.accepts(cell);
    }

    /**
     * Writes appointments.
     *
     * @param appointments the appointments
     * @param out the bytes
     * @param format the format
     */
    public static void write(Iterable<Appointment> appointments, OutputStream out, CsvFormat format) {
        CsvWriting w = CsvWriting.start(out, format, LAYOUT);
        for (Appointment a : appointments) {
            StringBuilder covers = new StringBuilder();
            for (UnitId u : new TreeSet<>(a.covers())) {
                covers.append(covers.length() == 0 ? "" : " ").append(u.value());
            }
            w.record(a.id().value(), a.person().value(), a.role().value(), a.unit().value(),
                    CsvCells.formatDecimal(a.fte().toBigDecimal(), format.decimalComma()),
                    CellKind.formatBool(a.sideJob(), format.headers()), covers.toString());
        }
        w.flush();
    }
}
