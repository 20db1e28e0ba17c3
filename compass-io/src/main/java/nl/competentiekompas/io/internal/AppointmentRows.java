package nl.competentiekompas.io.internal;

import jakarta.validation.Validator;
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
import nl.competentiekompas.io.internal.check.AppointmentCells;
import nl.competentiekompas.io.internal.check.CellKind;
import nl.competentiekompas.io.internal.check.KnownRoleValidator;
import nl.competentiekompas.io.internal.check.Validators;
import org.jspecify.annotations.Nullable;

/**
 * The appointments CSV file: one row per appointment (a person in a role in a unit, with an FTE, a side-job flag
 * and the units an ISO covers, separated by spaces).
 *
 * <p>Valid rows take a cheap path (the cell checks of {@link CellKind}, no reflection); Hibernate Validator runs
 * only for a row that fails, to describe every problem of it at its cell ({@link AppointmentCells}).
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

    private static final Map<String, Integer> COLUMNS = Map.of("appointment", ID, "person", PERSON, "role", ROLE,
            "unit", UNIT, "fte", FTE, "sideJob", SIDE_JOB, "covers", COVERS);
    private static final Map<String, String> LABELS = Map.of("appointment", label(ID), "person", label(PERSON),
            "role", label(ROLE), "unit", label(UNIT), "fte", label(FTE), "sideJob", label(SIDE_JOB), "covers",
            label(COVERS));

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
        List<Appointment> all = new ArrayList<>();
        try (CsvReading<Appointment> reading = CsvReading.open(in, source, LAYOUT, new Mapper(catalog))) {
            reading.forEachRemaining(all::add);
        }
        return all;
    }

    private static final class Mapper implements RowMapper<Appointment> {
        private final Catalog catalog;
        private final Map<String, Long> seen = new HashMap<>();
        private @Nullable Validator validator;

        Mapper(Catalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public @Nullable Appointment map(CsvRow row, ProblemSink sink) {
            Appointment appointment = fast(row, catalog);
            if (appointment == null) {
                if (validator == null) {
                    validator = Validators.with(catalog);
                }
                AppointmentCells cells = new AppointmentCells(row.get(ID), row.get(PERSON), row.get(ROLE),
                        row.get(UNIT), row.get(FTE), row.get(SIDE_JOB), row.get(COVERS));
                Validators.describe(validator, cells, row, COLUMNS, LABELS, sink);
                return null;
            }
            Long first = seen.putIfAbsent(appointment.id().value(), row.line());
            if (first != null) {
                sink.add(row.at(ID), "csv-duplicate-row", label(ID), first);
                return null;
            }
            return appointment;
        }
    }

    /** The appointment of a valid row, by the same cell checks the constraints use; null for any other row. */
    private static @Nullable Appointment fast(CsvRow row, Catalog catalog) {
        String id = row.get(ID);
        String person = row.get(PERSON);
        String role = row.get(ROLE);
        String unit = row.get(UNIT);
        if (!kebab(id) || !PersonId.isValid(person) || !kebab(role) || !KnownRoleValidator.isKnown(catalog, role)
                || !kebab(unit)) {
            return null;
        }
        Optional<Fte> fte = CellKind.fte(row.get(FTE));
        Optional<Boolean> sideJob = row.get(SIDE_JOB).isEmpty() ? Optional.of(false)
                : CellKind.bool(row.get(SIDE_JOB));
        if (fte.isEmpty() || sideJob.isEmpty()) {
            return null;
        }
        // the list is split once: each item checked as UNIT_LIST checks it, then used
        Set<UnitId> covers = new HashSet<>();
        for (String item : CellKind.listItems(row.get(COVERS))) {
            if (!kebab(item)) {
                return null;
            }
            covers.add(UnitId.of(item));
        }
        return new Appointment(AppointmentId.of(id), PersonId.of(person), RoleId.of(role), UnitId.of(unit),
                fte.get(), sideJob.get(), covers);
    }

    private static boolean kebab(String cell) {
        return !cell.isEmpty() && CellKind.KEBAB_ID.accepts(cell);
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
