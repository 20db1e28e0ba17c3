package nl.competentiekompas.io.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.CompetencyEntry;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.io.Location;
import org.jspecify.annotations.Nullable;

/**
 * Turns the stream of assessment lines into assessments: adjacent lines with the same person, profile, rater,
 * perspective and date form one. Holds one assessment at a time. Not thread-safe.
 */
public final class AssessmentGroups implements Iterator<Assessment>, AutoCloseable {

    private final CsvReading<AssessmentLines.Line> lines;
    private final Catalog catalog;
    private AssessmentLines.@Nullable Line lookahead;

    /**
     * Groups the lines of a reading.
     *
     * @param lines the lines
     * @param catalog the catalog the lines were checked against
     */
    public AssessmentGroups(CsvReading<AssessmentLines.Line> lines, Catalog catalog) {
        this.lines = lines;
        this.catalog = catalog;
    }

    @Override
    public boolean hasNext() {
        return lookahead != null || lines.hasNext();
    }

    @Override
    public Assessment next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        AssessmentLines.Line first = lookahead != null ? lookahead : lines.next();
        lookahead = null;
        Assessment.Builder builder;
        try {
            builder = Assessment.builder(catalog.requireProfile(first.profile()), first.subject(), first.rater(),
                    first.perspective(), first.date());
        } catch (InvalidValueException e) {
            throw lines.problems().fatal(new Location.CsvCell(first.line(), 1), "value-invalid",
                    e.type() + "." + e.property());
        }
        AssessmentLines.Line line = first;
        while (true) {
            try {
                if (line.score().isPresent()) {
                    builder.score(line.competency(), line.score().getAsInt());
                }
                // an empty text is what the builder holds already: only texts given are set
                if (!line.reflection().isEmpty()) {
                    builder.reflection(line.competency(), line.reflection());
                }
                if (!line.action().isEmpty()) {
                    builder.action(line.competency(), line.action());
                }
            } catch (InvalidValueException e) {
                // the lines were checked against the same catalog: this is a broken invariant, named not quoted
                throw lines.problems().fatal(new Location.CsvCell(line.line(), 1), "value-invalid",
                        e.type() + "." + e.property());
            }
            if (!lines.hasNext()) {
                break;
            }
            AssessmentLines.Line next = lines.next();
            if (!next.sameAssessment(first)) {
                lookahead = next;
                break;
            }
            line = next;
        }
        return builder.build();
    }

    /**
     * Writes an assessment as lines, one per competency of its profile.
     *
     * @param out the writer
     * @param assessment the assessment
     */
    public static void write(CsvWriting out, Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        for (CompetencyEntry entry : assessment.entries()) {
            AssessmentLines.write(out, new AssessmentLines.Line(1, assessment.subject(), assessment.profile(),
                    assessment.rater(), assessment.perspective(), assessment.date(), entry.competency(),
                    entry.score(), entry.reflection(), entry.action()));
        }
    }

    @Override
    public void close() {
        lines.close();
    }
}
