package nl.competentiekompas.io.internal;

import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.io.internal.check.AssessmentCells;
import nl.competentiekompas.io.internal.check.OneOfValidator;
import nl.competentiekompas.io.internal.check.Validators;
import org.jspecify.annotations.Nullable;

/**
 * The assessments CSV file: one row per person x profile x rater x date x competency, with score, reflection
 * and action. Rows of one assessment (same person, profile, rater, perspective and date) must be adjacent; a
 * competency twice within one assessment is a problem.
 *
 * <p>Valid rows take a cheap path (hand checks, catalog lookups through prepared maps, no reflection);
 * Hibernate Validator runs only for a row that fails, to describe every problem of it at its cell.
 */
public final class AssessmentLines {

    /** The columns, in export order. */
    public static final CsvLayout LAYOUT = new CsvLayout(List.of(
            CsvColumn.required("persoon", "person"),
            CsvColumn.required("profiel", "profile"),
            CsvColumn.required("beoordelaar", "rater"),
            CsvColumn.required("perspectief", "perspective"),
            CsvColumn.required("datum", "date"),
            CsvColumn.required("competentie", "competency"),
            CsvColumn.optional("score", "score"),
            CsvColumn.optional("reflectie", "reflection"),
            CsvColumn.optional("actie", "action")));

    private static final int SUBJECT = 0;
    private static final int PROFILE = 1;
    private static final int RATER = 2;
    private static final int PERSPECTIVE = 3;
    private static final int DATE = 4;
    private static final int COMPETENCY = 5;
    private static final int SCORE = 6;
    private static final int REFLECTION = 7;
    private static final int ACTION = 8;
    private static final int MAX_TEXT = 10_000;
    private static final Perspective[] PERSPECTIVES = Perspective.values();

    private static final Map<String, Integer> COLUMNS = Map.of("subject", SUBJECT, "profile", PROFILE, "rater", RATER,
            "perspective", PERSPECTIVE, "date", DATE, "competency", COMPETENCY, "score", SCORE, "reflection",
            REFLECTION, "action", ACTION);
    private static final Map<String, String> LABELS = labels();

    private AssessmentLines() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        COLUMNS.forEach((property, column) -> labels.put(property, LAYOUT.columns().get(column).label()));
        return Map.copyOf(labels);
    }

    /**
     * One row, checked and typed.
     *
     * @param line the line it starts on
     * @param subject the person assessed
     * @param profile the profile
     * @param rater the rater
     * @param perspective the perspective
     * @param date the date
     * @param competency the competency, one the profile targets
     * @param score the score on the profile's scale, or empty
     * @param reflection the reflection, possibly empty
     * @param action the goal or action, possibly empty
     */
    public record Line(long line, PersonId subject, RoleId profile, PersonId rater, Perspective perspective,
            LocalDate date, CompetencyId competency, OptionalInt score, String reflection, String action) {

        /**
         * Whether another line belongs to the same assessment.
         *
         * @param other the other line
         * @return true when person, profile, rater, perspective and date agree
         */
        public boolean sameAssessment(Line other) {
            return subject.equals(other.subject) && profile.equals(other.profile) && rater.equals(other.rater)
                    && perspective == other.perspective && date.equals(other.date);
        }
    }

    /**
     * Opens a stream of lines.
     *
     * @param in the bytes
     * @param source the input's name
     * @param catalog the catalog references are checked against
     * @return the reading
     */
    public static CsvReading<Line> read(InputStream in, String source, Catalog catalog) {
        return CsvReading.open(in, source, LAYOUT, new Mapper(catalog));
    }

    /**
     * Writes one line.
     *
     * @param out the writer
     * @param line the line
     */
    public static void write(CsvWriting out, Line line) {
        out.record(line.subject().value(), line.profile().value(), line.rater().value(), line.perspective().id(),
                CsvCells.formatDate(line.date()), line.competency().value(),
                line.score().isPresent() ? Integer.toString(line.score().getAsInt()) : "", line.reflection(),
                line.action());
    }

    /**
     * Starts an assessments file.
     *
     * @param out the bytes
     * @param format the format
     * @return the writer, header written
     */
    public static CsvWriting start(java.io.OutputStream out, CsvFormat format) {
        return CsvWriting.start(out, format, LAYOUT);
    }

    /**
     * The perspective of a cell: its id as written, as the library writes it, compared exactly; else by id or
     * label, ignoring case. The exact comparison finds what the general one would (no perspective's label is
     * another's id), and keeps the general one, with its case folding and labels, out of the code the JIT
     * compiles for every row: there it took the room that the row's other calls needed to be inlined.
     */
    static @Nullable Perspective perspectiveOf(String cell) {
        for (Perspective p : PERSPECTIVES) {
            if (p.id().equals(cell)) {
                return p;
            }
        }
        return OneOfValidator.find(PERSPECTIVES, cell).orElse(null);
    }

    private static final class Mapper implements RowMapper<Line> {
        private final Catalog catalog;
        private @Nullable Validator validator;
        private final Map<String, Prepared> profiles = new HashMap<>();
        private @Nullable Line previous;
        private int assessment;

        Mapper(Catalog catalog) {
            this.catalog = catalog;
        }

        /**
         * A profile with its competencies by id string, so that a row needs no id object to be looked up, and
         * for each competency the assessment and line it was last seen in, to find a competency given twice.
         */
        private static final class Prepared {
            final RoleProfile profile;
            final Map<String, Integer> slots = new HashMap<>();
            final CompetencyId[] competencies;
            /**
             * The cell each competency was last found in: the reader hands the same string for a cell it has seen
             * before, which is then recognised by identity rather than compared character by character.
             */
            final String[] cells;
            final int[] seenIn;
            final long[] seenOn;

            Prepared(RoleProfile profile) {
                this.profile = profile;
                List<CompetencyTarget> targets = profile.competencyTargets();
                this.competencies = new CompetencyId[targets.size()];
                for (int i = 0; i < competencies.length; i++) {
                    competencies[i] = targets.get(i).competency();
                    slots.put(competencies[i].value(), i);
                }
                this.cells = new String[competencies.length];
                this.seenIn = new int[competencies.length];
                this.seenOn = new long[competencies.length];
            }
        }

        private @Nullable Prepared prepared(String id) {
            Prepared prepared = profiles.get(id);
            return prepared != null ? prepared : prepare(id);
        }

        /** Prepares a profile first met in the file, or returns null when the catalog holds none with the id. */
        private @Nullable Prepared prepare(String id) {
            if (profiles.size() >= 1024 || id.isEmpty()
                    || !nl.competentiekompas.io.internal.check.CellKind.KEBAB_ID.accepts(id)) {
                return null;
            }
            Optional<RoleProfile> profile = catalog.profile(RoleId.of(id));
            if (profile.isEmpty()) {
                return null;
            }
            Prepared prepared = new Prepared(profile.get());
            profiles.put(id, prepared);
            return prepared;
        }

        @Override
        public @Nullable Line map(CsvRow row, ProblemSink sink) {
            Line line = fast(row);
            if (line == null) {
                describe(row, sink);
                return null;
            }
            if ((line.perspective() == Perspective.SELF) != line.rater().equals(line.subject())) {
                sink.add(row.at(RATER), line.perspective() == Perspective.SELF ? "csv-self-rater" : "csv-other-rater",
                        LAYOUT.columns().get(RATER).label(), LAYOUT.columns().get(SUBJECT).label());
                return null;
            }
            if (previous == null || !previous.sameAssessment(line)) {
                assessment++;
            }
            previous = line;
            Prepared prepared = Objects.requireNonNull(lastPrepared);
            if (prepared.seenIn[lastSlot] == assessment) {
                sink.add(row.at(COMPETENCY), "csv-duplicate-row", "persoon/person, profiel/profile, "
                        + "beoordelaar/rater, perspectief/perspective, datum/date, competentie/competency",
                        prepared.seenOn[lastSlot]);
                return null;
            }
            prepared.seenIn[lastSlot] = assessment;
            prepared.seenOn[lastSlot] = line.line();
            return line;
        }

        // The rows of one assessment are adjacent and repeat person, rater, perspective and date: the values of
        // the last cells read are kept, so a repeated cell is neither checked nor converted again.
        private String lastSubjectCell = "";
        private @Nullable PersonId lastSubject;
        private String lastRaterCell = "";
        private @Nullable PersonId lastRater;
        private String lastPerspectiveCell = "";
        private @Nullable Perspective lastPerspective;
        private String lastDateCell = "";
        private @Nullable LocalDate lastDate;

        private @Nullable PersonId subject(String cell) {
            if (lastSubject == null || !cell.equals(lastSubjectCell)) {
                lastSubject = person(cell);
                lastSubjectCell = cell;
            }
            return lastSubject;
        }

        private @Nullable PersonId rater(String cell) {
            if (lastRater == null || !cell.equals(lastRaterCell)) {
                lastRater = person(cell);
                lastRaterCell = cell;
            }
            return lastRater;
        }

        /**
         * The person of a cell, or null when the cell is not a person's id: checked once, by the id itself, where
         * a check before it would make the JIT compile the check twice into the code for every row.
         */
        private static @Nullable PersonId person(String cell) {
            try {
                return new PersonId(cell);
            } catch (InvalidValueException e) {
                return null;
            }
        }

        private @Nullable Perspective perspective(String cell) {
            if (lastPerspective == null || !cell.equals(lastPerspectiveCell)) {
                lastPerspective = perspectiveOf(cell);
                lastPerspectiveCell = cell;
            }
            return lastPerspective;
        }

        private @Nullable LocalDate date(String cell) {
            if (lastDate == null || !cell.equals(lastDateCell)) {
                lastDate = CsvCells.parseDate(cell).orElse(null);
                lastDateCell = cell;
            }
            return lastDate;
        }

        // The profile and competency slot of the last row the fast path accepted.
        private @Nullable Prepared lastPrepared;
        private int lastSlot;

        // Rows mostly list an assessment's competencies in the profile's order: the one after the last row's
        // is tried before the map.
        private int slot(Prepared prepared, String cell) {
            if (prepared == lastPrepared) {
                int next = lastSlot + 1 == prepared.competencies.length ? 0 : lastSlot + 1;
                if (cell == prepared.cells[next]) {
                    return next;
                }
                if (cell.equals(prepared.competencies[next].value())) {
                    prepared.cells[next] = cell;
                    return next;
                }
            }
            Integer slot = prepared.slots.get(cell);
            return slot == null ? -1 : slot;
        }

        private @Nullable Line fast(CsvRow row) {
            PersonId subject = subject(row.get(SUBJECT));
            PersonId rater = rater(row.get(RATER));
            if (subject == null || rater == null) {
                return null;
            }
            String profileCell = row.get(PROFILE);
            Prepared prepared = lastPrepared != null && profileCell.equals(lastPrepared.profile.id().value())
                    ? lastPrepared : prepared(profileCell);
            if (prepared == null) {
                return null;
            }
            int slot = slot(prepared, row.get(COMPETENCY));
            Perspective perspective = perspective(row.get(PERSPECTIVE));
            LocalDate date = date(row.get(DATE));
            if (slot < 0 || perspective == null || date == null) {
                return null;
            }
            lastPrepared = prepared;
            lastSlot = slot;
            String scoreCell = row.get(SCORE);
            OptionalInt score = OptionalInt.empty();
            if (!scoreCell.isEmpty()) {
                score = CsvCells.parseInt(scoreCell);
                if (score.isEmpty() || !prepared.profile.scale().contains(score.getAsInt())) {
                    return null;
                }
            }
            String reflection = row.raw(REFLECTION);
            String action = row.raw(ACTION);
            if (reflection.length() > MAX_TEXT || action.length() > MAX_TEXT) {
                return null;
            }
            return new Line(row.line(), subject, prepared.profile.id(), rater, perspective, date,
                    prepared.competencies[slot], score, reflection, action);
        }

        private void describe(CsvRow row, ProblemSink sink) {
            if (validator == null) {
                validator = Validators.with(catalog);
            }
            AssessmentCells cells = new AssessmentCells(row.get(SUBJECT), row.get(PROFILE), row.get(RATER),
                    row.get(PERSPECTIVE), row.get(DATE), row.get(COMPETENCY), row.get(SCORE), row.raw(REFLECTION),
                    row.raw(ACTION));
            Validators.describe(validator, cells, row, COLUMNS, LABELS, sink);
        }
    }
}
