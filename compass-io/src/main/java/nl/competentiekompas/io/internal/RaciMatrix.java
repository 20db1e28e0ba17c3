package nl.competentiekompas.io.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.internal.check.CellKind;
import org.jspecify.annotations.Nullable;

/**
 * The allocation CSV file, a RACI matrix: one row per responsibility and scope, one column per person, each cell
 * the letters that person holds there ({@code A}, {@code R}, {@code RA}, {@code C}, ...), empty for none.
 *
 * <p>The first two columns are {@code verantwoordelijkheid}/{@code responsibility} (a responsibility id of the
 * catalog) and {@code bereik}/{@code scope}: {@code organisatie}/{@code organisation} (or empty),
 * {@code eenheid:<id>}/{@code unit:<id>} or {@code proces:<id>}/{@code process:<id>}. Every further header is a
 * person id. A (responsibility, scope) pair may appear once.
 */
public final class RaciMatrix {

    /** The fixed columns; people follow. */
    public static final CsvLayout LAYOUT = new CsvLayout(List.of(
            CsvColumn.required("verantwoordelijkheid", "responsibility"),
            CsvColumn.required("bereik", "scope")), true);

    private static final int RESPONSIBILITY = 0;
    private static final int SCOPE = 1;

    private RaciMatrix() {
    }

    /**
     * One non-empty cell of the matrix.
     *
     * @param line the row's line
     * @param column the cell's 1-based column
     * @param responsibility the responsibility
     * @param scopeKind the scope's kind
     * @param scopeRef the unit or process id, empty for the organisation
     * @param person the person of the column
     * @param raci the letters as bits: R=1, A=2, C=4, I=8
     */
    public record Cell(long line, int column, ResponsibilityId responsibility, ScopeKind scopeKind, String scopeRef,
            PersonId person, int raci) {
    }

    /**
     * Parses a scope cell.
     *
     * @param cell the stripped cell
     * @return the kind and reference, or null when invalid
     */
    static String @Nullable [] scope(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("organisatie") || lower.equals("organisation")) {
            return new String[] {ScopeKind.ORGANISATION.id(), ""};
        }
        int colon = lower.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String kind = switch (lower.substring(0, colon).strip()) {
            case "eenheid", "unit" -> ScopeKind.UNIT.id();
            case "proces", "process" -> ScopeKind.PROCESS.id();
            default -> null;
        };
        String ref = cell.substring(colon + 1).strip();
        return kind == null || !CellKind.KEBAB_ID.accepts(ref) || ref.isEmpty() ? null : new String[] {kind, ref};
    }

    /**
     * Formats a scope for a cell.
     *
     * @param kind the kind
     * @param ref the reference
     * @param language the header language
     * @return for example {@code eenheid:ict} or {@code organisation}
     */
    public static String formatScope(ScopeKind kind, String ref, nl.competentiekompas.core.catalog.Language language) {
        boolean dutch = language == nl.competentiekompas.core.catalog.Language.NL;
        return switch (kind) {
            case ORGANISATION -> dutch ? "organisatie" : "organisation";
            case UNIT -> (dutch ? "eenheid:" : "unit:") + ref;
            case PROCESS -> (dutch ? "proces:" : "process:") + ref;
        };
    }

    /**
     * Opens a matrix; the person headers are checked at once.
     *
     * @param in the bytes
     * @param source the input's name
     * @param catalog the catalog responsibilities are checked against
     * @return the rows, each as its non-empty cells
     */
    public static CsvReading<List<Cell>> read(InputStream in, String source, Catalog catalog) {
        Mapper mapper = new Mapper(catalog);
        CsvReading<List<Cell>> reading = CsvReading.open(in, source, LAYOUT, mapper);
        try {
            mapper.people(reading);
        } catch (RuntimeException e) {
            reading.close();
            throw e;
        }
        return reading;
    }

    /**
     * Starts a matrix file with the people as columns.
     *
     * @param out the bytes
     * @param format the format
     * @param people the people, in column order
     * @return the writer, header written
     */
    public static CsvWriting start(OutputStream out, CsvFormat format, List<PersonId> people) {
        List<CsvColumn> columns = new ArrayList<>(LAYOUT.columns());
        for (PersonId person : people) {
            columns.add(CsvColumn.optional(person.value(), person.value()));
        }
        return CsvWriting.start(out, format, new CsvLayout(columns, true));
    }

    private static final class Mapper implements RowMapper<List<Cell>> {
        private final Catalog catalog;
        private int[] personFields = new int[0];
        private PersonId[] people = new PersonId[0];
        private final Map<String, Long> seen = new HashMap<>();

        Mapper(Catalog catalog) {
            this.catalog = catalog;
        }

        void people(CsvReading<?> reading) {
            String[] header = reading.headerCells();
            boolean[] fixed = new boolean[header.length];
            for (int field : reading.columnFields()) {
                if (field >= 0) {
                    fixed[field] = true;
                }
            }
            List<Integer> fields = new ArrayList<>();
            List<PersonId> ids = new ArrayList<>();
            Map<String, Integer> unique = new HashMap<>();
            ProblemSink sink = reading.problems();
            for (int field = 0; field < header.length; field++) {
                if (fixed[field]) {
                    continue;
                }
                String cell = header[field].strip();
                Location at = new Location.CsvCell(reading.headerLine(), field + 1);
                if (!PersonId.isValid(cell)) {
                    sink.add(at, "csv-person-header", field + 1);
                } else if (unique.putIfAbsent(cell, field) != null) {
                    sink.add(at, "csv-duplicate-header", "#" + (field + 1));
                } else {
                    fields.add(field);
                    ids.add(PersonId.of(cell));
                }
            }
            sink.throwIfAny();
            personFields = fields.stream().mapToInt(Integer::intValue).toArray();
            people = ids.toArray(PersonId[]::new);
        }

        @Override
        public @Nullable List<Cell> map(CsvRow row, ProblemSink sink) {
            boolean ok = true;
            String responsibility = row.get(RESPONSIBILITY);
            ResponsibilityId id = null;
            if (responsibility.isEmpty()) {
                sink.add(row.at(RESPONSIBILITY), "csv-required", LAYOUT.columns().get(RESPONSIBILITY).label());
                ok = false;
            } else if (!CellKind.KEBAB_ID.accepts(responsibility)) {
                sink.add(row.at(RESPONSIBILITY), "csv-id", LAYOUT.columns().get(RESPONSIBILITY).label());
                ok = false;
            } else {
                id = ResponsibilityId.of(responsibility);
                if (catalog.responsibility(id).isEmpty()) {
                    sink.add(row.at(RESPONSIBILITY), "ref-unknown-responsibility",
                            LAYOUT.columns().get(RESPONSIBILITY).label());
                    ok = false;
                }
            }
            String[] scope = scope(row.get(SCOPE));
            if (scope == null) {
                sink.add(row.at(SCOPE), "csv-scope", LAYOUT.columns().get(SCOPE).label());
                ok = false;
            }
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < personFields.length; i++) {
                int field = personFields[i];
                int bits = CellKind.raci(row.field(field).strip());
                if (bits < 0) {
                    sink.add(new Location.CsvCell(row.line(), field + 1), "csv-raci", people[i].value());
                    ok = false;
                } else if (bits > 0 && ok) {
                    cells.add(new Cell(row.line(), field + 1, id, ScopeKind.fromId(scope[0]).orElseThrow(), scope[1],
                            people[i], bits));
                }
            }
            if (!ok) {
                return null;
            }
            Long first = seen.putIfAbsent(responsibility + " " + scope[0] + ":" + scope[1], row.line());
            if (first != null) {
                sink.add(row.at(RESPONSIBILITY), "csv-duplicate-row", "verantwoordelijkheid/responsibility, "
                        + "bereik/scope", first);
                return null;
            }
            return cells;
        }
    }
}
