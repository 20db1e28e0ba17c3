package nl.competentiekompas.io.internal;

import jakarta.validation.Validator;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.Certification;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.internal.check.CandidateCells;
import nl.competentiekompas.io.internal.check.CandidateItemValidator;
import nl.competentiekompas.io.internal.check.Validators;
import org.jspecify.annotations.Nullable;

/**
 * The candidates CSV file: one row per candidate and item (an education, a certification, a knowledge area or
 * years of experience), the rows of one candidate adjacent; a candidate without items is one row with an empty
 * kind.
 *
 * <p>Valid rows take a cheap path (the checks of {@link CandidateItemValidator}, no reflection); Hibernate
 * Validator runs only for a row that fails, to describe every problem of it at its cell ({@link CandidateCells}).
 */
public final class CandidateRows {

    /** The columns, in export order. */
    public static final CsvLayout LAYOUT = new CsvLayout(List.of(
            CsvColumn.required("kandidaat", "candidate"),
            CsvColumn.required("soort", "kind"),
            CsvColumn.required("code", "code"),
            CsvColumn.optional("behaald", "issued"),
            CsvColumn.optional("verloopt", "expires"),
            CsvColumn.optional("jaren", "years")));

    private static final int CANDIDATE = 0;
    private static final int KIND = 1;
    private static final int CODE = 2;
    private static final int ISSUED = 3;
    private static final int EXPIRES = 4;
    private static final int YEARS = 5;

    private static final Map<String, Integer> COLUMNS = Map.of("candidate", CANDIDATE, "kind", KIND, "code", CODE,
            "issued", ISSUED, "expires", EXPIRES, "years", YEARS);
    private static final Map<String, String> LABELS = Map.of("candidate", label(CANDIDATE), "kind", label(KIND),
            "code", label(CODE), "issued", label(ISSUED), "expires", label(EXPIRES), "years", label(YEARS));
    private static final CandidateItemValidator.Report IGNORE = (property, code, detail) -> { };

    private CandidateRows() {
    }

    /** One row, checked. */
    private record Row(long line, PersonId candidate, int kind, String code, @Nullable LocalDate issued,
            @Nullable LocalDate expires, OptionalInt years) {
    }

    private static String label(int column) {
        return LAYOUT.columns().get(column).label();
    }

    private static final class Mapper implements RowMapper<Row> {
        private @Nullable Validator validator;

        @Override
        public @Nullable Row map(CsvRow row, ProblemSink sink) {
            CandidateCells cells = new CandidateCells(row.get(CANDIDATE), row.get(KIND), row.get(CODE),
                    row.get(ISSUED), row.get(EXPIRES), row.get(YEARS));
            // the cheap path: the same checks the constraints run, without reflection
            if (PersonId.isValid(cells.candidate()) && CandidateItemValidator.check(cells, IGNORE)) {
                return new Row(row.line(), PersonId.of(cells.candidate()), CandidateItemValidator.kind(cells.kind()),
                        cells.code(), CsvCells.parseDate(cells.issued()).orElse(null),
                        CsvCells.parseDate(cells.expires()).orElse(null), CsvCells.parseInt(cells.years()));
            }
            if (validator == null) {
                validator = Validators.plain();
            }
            Validators.describe(validator, cells, row, COLUMNS, LABELS, sink);
            return null;
        }
    }

    /**
     * Streams the candidates of a file, grouping adjacent rows. Not thread-safe.
     */
    public static final class Reading implements Iterator<Candidate>, AutoCloseable {
        private final CsvReading<Row> rows;
        private @Nullable Row lookahead;

        /**
         * Opens a file.
         *
         * @param in the bytes
         * @param source the input's name
         */
        public Reading(InputStream in, String source) {
            this.rows = CsvReading.open(in, source, LAYOUT, new Mapper());
        }

        @Override
        public boolean hasNext() {
            return lookahead != null || rows.hasNext();
        }

        @Override
        public Candidate next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row first = lookahead != null ? lookahead : rows.next();
            lookahead = null;
            TreeSet<String> education = new TreeSet<>();
            TreeSet<String> knowledge = new TreeSet<>();
            List<Certification> certifications = new ArrayList<>();
            Map<String, Integer> years = new TreeMap<>();
            Row row = first;
            while (true) {
                boolean fresh = switch (row.kind()) {
                    case 0 -> education.add(row.code());
                    case 1 -> certifications.add(certification(row));
                    case 2 -> knowledge.add(row.code());
                    case 3 -> years.put(row.code(), row.years().getAsInt()) == null;
                    default -> true;
                };
                if (!fresh) {
                    throw rows.problems().fatal(new Location.CsvCell(row.line(), CODE + 1), "csv-duplicate-row",
                            "kandidaat/candidate, soort/kind, code", first.line());
                }
                if (!rows.hasNext()) {
                    break;
                }
                Row next = rows.next();
                if (!next.candidate().equals(first.candidate())) {
                    lookahead = next;
                    break;
                }
                row = next;
            }
            try {
                return new Candidate(first.candidate(), education, certifications, knowledge, years);
            } catch (InvalidValueException e) {
                throw rows.problems().fatal(new Location.CsvCell(first.line(), 1), "value-invalid",
                        e.type() + "." + e.property());
            }
        }

        private Certification certification(Row row) {
            try {
                return new Certification(row.code(), java.util.Objects.requireNonNull(row.issued()),
                        Optional.ofNullable(row.expires()));
            } catch (InvalidValueException e) {
                throw rows.problems().fatal(new Location.CsvCell(row.line(), EXPIRES + 1), "value-invalid",
                        e.type() + "." + e.property());
            }
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /**
     * Writes candidates, one row per item.
     *
     * @param candidates the candidates
     * @param out the bytes
     * @param format the format
     */
    public static void write(Iterable<Candidate> candidates, OutputStream out, CsvFormat format) {
        CsvWriting w = CsvWriting.start(out, format, LAYOUT);
        String[] kinds = format.headers() == Language.NL ? CandidateItemValidator.KINDS_NL
                : CandidateItemValidator.KINDS;
        for (Candidate c : candidates) {
            String id = c.id().value();
            boolean any = false;
            for (String code : c.education()) {
                w.record(id, kinds[0], code, "", "", "");
                any = true;
            }
            for (Certification cert : c.certifications()) {
                w.record(id, kinds[1], cert.code(), CsvCells.formatDate(cert.issued()),
                        cert.expires().map(CsvCells::formatDate).orElse(""), "");
                any = true;
            }
            for (String code : c.knowledge()) {
                w.record(id, kinds[2], code, "", "", "");
                any = true;
            }
            for (Map.Entry<String, Integer> e : c.experienceYears().entrySet()) {
                w.record(id, kinds[3], e.getKey(), "", "", Integer.toString(e.getValue()));
                any = true;
            }
            if (!any) {
                w.record(id, "", "", "", "", "");
            }
        }
        w.flush();
    }
}
