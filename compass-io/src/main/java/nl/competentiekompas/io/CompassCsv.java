package nl.competentiekompas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import java.util.List;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.io.internal.AllocationDocuments;
import nl.competentiekompas.io.internal.AppointmentRows;
import nl.competentiekompas.io.internal.AssessmentGroups;
import nl.competentiekompas.io.internal.AssessmentLines;
import nl.competentiekompas.io.internal.AtomicFiles;
import nl.competentiekompas.io.internal.CandidateRows;
import nl.competentiekompas.io.internal.CsvWriting;

/**
 * Reads and writes the library's CSV files.
 *
 * <p>Reading accepts what real users produce: UTF-8 with or without byte-order mark or Windows-1252, {@code ;} or
 * {@code ,}, CRLF or LF, Dutch or English headers, decimal comma or point, dates as {@code yyyy-MM-dd} or
 * {@code dd-MM-yyyy}; every column and the cell syntax are in the module README. Problems are collected with
 * their line and column into one {@link CompassImportException}. Large files stream in constant memory.
 * Writing follows a {@link CsvFormat} (by default what Dutch Excel opens correctly) and neutralises cells a
 * spreadsheet would run as formulas, in a way that reading reverses. All methods are thread-safe.
 *
 * @since 0.1
 */
public final class CompassCsv {

    private CompassCsv() {
    }

    /**
     * Streams the assessments of an assessments file, one per group of adjacent rows with the same person,
     * profile, rater, perspective and date.
     *
     * <p>Values come while the file is clean; at the first problem no more are delivered, the rest of the file is
     * read for further problems, and the stream ends with a {@link CompassImportException} holding them all.
     * Close the stream (try-with-resources) to close the input early.
     *
     * @param in the bytes; not null; closed at the end or when the stream is closed
     * @param source the input's name for problems, such as a file name; not null
     * @param catalog the catalog profiles, competencies and scales are checked against; not null
     * @return the assessments, lazily; never null
     * @throws CompassImportException if the header is wrong (at once) or a row is (while streaming)
     * @throws UncheckedIOException if reading fails
     */
    public static Stream<Assessment> readAssessments(InputStream in, String source, Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        AssessmentGroups groups = new AssessmentGroups(
                AssessmentLines.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"),
                        catalog), catalog);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(groups::close);
    }

    /**
     * Streams the assessments of a file; problems name the file. Close the stream to close the file.
     *
     * @param file the file; not null
     * @param catalog the catalog; not null
     * @return the assessments, lazily; never null
     * @throws CompassImportException if the file is not a valid assessments file
     * @throws UncheckedIOException if reading fails
     */
    public static Stream<Assessment> readAssessments(Path file, Catalog catalog) {
        Objects.requireNonNull(file, "file");
        try {
            return readAssessments(Files.newInputStream(file), String.valueOf(file.getFileName()), catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes assessments, one row per competency of each assessment's profile. Answers to reflection questions
     * and development goals have no column: they travel in JSON.
     *
     * @param assessments the assessments, in the order to write; not null
     * @param out where to write; not null; not closed
     * @param format the format; not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeAssessments(Iterable<Assessment> assessments, OutputStream out, CsvFormat format) {
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(format, "format");
        CsvWriting writing = AssessmentLines.start(Objects.requireNonNull(out, "out"), format);
        for (Assessment assessment : assessments) {
            AssessmentGroups.write(writing, assessment);
        }
        writing.flush();
    }

    /**
     * Streams the candidates of a candidates file, one per group of adjacent rows with the same candidate.
     * Close the stream to close the input early.
     *
     * @param in the bytes; not null; closed at the end or when the stream is closed
     * @param source the input's name for problems; not null
     * @return the candidates, lazily; never null
     * @throws CompassImportException if the file is not a valid candidates file
     */
    public static Stream<Candidate> readCandidates(InputStream in, String source) {
        CandidateRows.Reading reading = new CandidateRows.Reading(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(source, "source"));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reading,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(reading::close);
    }

    /**
     * Writes candidates, one row per education, certification, knowledge area and experience; a candidate
     * without any as one row with an empty kind.
     *
     * @param candidates the candidates; not null
     * @param out where to write; not null; not closed
     * @param format the format; not null
     */
    public static void writeCandidates(Iterable<Candidate> candidates, OutputStream out, CsvFormat format) {
        CandidateRows.write(Objects.requireNonNull(candidates, "candidates"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(format, "format"));
    }

    /**
     * Reads an allocation from a RACI matrix: one row per responsibility and scope, one column per person, each
     * cell the letters that person holds there. The matrix has no place for efforts: they travel in JSON.
     *
     * @param in the bytes; not null; closed afterwards
     * @param source the input's name for problems; not null
     * @param catalog the catalog responsibilities are checked against; not null
     * @return the allocation; never null
     * @throws CompassImportException if the file is not a valid matrix
     */
    public static Allocation readAllocation(InputStream in, String source, Catalog catalog) {
        return AllocationDocuments.readMatrix(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source,
                "source"), Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Writes an allocation as a RACI matrix: people as columns in id order, one row per responsibility and
     * scope in the allocation's order.
     *
     * @param allocation the allocation; not null
     * @param out where to write; not null; not closed
     * @param format the format; not null
     */
    public static void writeAllocation(Allocation allocation, OutputStream out, CsvFormat format) {
        AllocationDocuments.writeMatrix(Objects.requireNonNull(allocation, "allocation"),
                Objects.requireNonNull(out, "out"), Objects.requireNonNull(format, "format"));
    }

    /**
     * Reads appointments: who holds which role in which unit, with FTE, side-job flag and covered units. Apply
     * them to an organisation with its builder, which checks units and people.
     *
     * @param in the bytes; not null; closed afterwards
     * @param source the input's name for problems; not null
     * @param catalog the catalog roles are checked against; not null
     * @return the appointments in file order; never null
     * @throws CompassImportException if the file is not valid
     */
    public static List<Appointment> readAppointments(InputStream in, String source, Catalog catalog) {
        return AppointmentRows.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Writes appointments, one row each.
     *
     * @param appointments the appointments, such as {@code organisation.appointments()}; not null
     * @param out where to write; not null; not closed
     * @param format the format; not null
     */
    public static void writeAppointments(Iterable<Appointment> appointments, OutputStream out, CsvFormat format) {
        AppointmentRows.write(Objects.requireNonNull(appointments, "appointments"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(format, "format"));
    }

    /**
     * Writes any of these files crash-safely: on failure the old file is untouched.
     *
     * @param file the file; not null
     * @param writer writes the file, such as {@code out -> CompassCsv.writeAllocation(a, out, format)}; not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeTo(Path file, java.util.function.Consumer<OutputStream> writer) {
        AtomicFiles.write(file, Objects.requireNonNull(writer, "writer"));
    }

    /**
     * Writes assessments to a file crash-safely: on failure the old file is untouched.
     *
     * @param assessments the assessments; not null
     * @param file the file; not null
     * @param format the format; not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeAssessments(Iterable<Assessment> assessments, Path file, CsvFormat format) {
        Objects.requireNonNull(assessments, "assessments");
        AtomicFiles.write(file, out -> writeAssessments(assessments, out, format));
    }
}
