package nl.competentiekompas.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.PersonalData;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.io.internal.AllocationDocuments;
import nl.competentiekompas.io.internal.AssessmentDocument;
import nl.competentiekompas.io.internal.AtomicFiles;
import nl.competentiekompas.io.internal.CatalogDocument;
import nl.competentiekompas.io.internal.Envelope;
import nl.competentiekompas.io.internal.JsonIn;
import nl.competentiekompas.io.internal.OrganisationDocuments;
import nl.competentiekompas.io.internal.PersonDocuments;
import nl.competentiekompas.io.internal.ProblemSink;
import nl.competentiekompas.io.internal.StrictJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes the library's JSON documents.
 *
 * <p>Every document starts with {@code "format"} (such as {@code "competentiekompas/catalog"}) and
 * {@code "version"} (an integer); a document of another format or version is rejected with one clear
 * problem. Reading is strict: unknown or duplicate properties, a fraction where a whole number is due, a
 * wrong type, anything after the document, and values beyond the limits in the module README are problems,
 * collected with their JSON Pointer into one {@link CompassImportException}. Writing is canonical: the same
 * value always gives the same bytes (UTF-8, two-space indentation, {@code \n}, properties in a fixed order).
 * Writing to a {@link Path} is crash-safe: a temporary file in the same folder, synced, then moved over the
 * target atomically. The JSON Schema (2020-12) of every format ships in the jar: see {@link #schema(String)}.
 *
 * <p>All methods are thread-safe.
 *
 * @since 0.1
 */
public final class CompassJson {

    /** The format name of a catalog document. */
    public static final String CATALOG = "competentiekompas/catalog";

    /** The format name of a document holding one assessment. */
    public static final String ASSESSMENT = "competentiekompas/assessment";

    /** The format name of a document holding many assessments (streamed when read). */
    public static final String ASSESSMENTS = "competentiekompas/assessments";

    /** The format name of a development plan. */
    public static final String DEVELOPMENT_PLAN = "competentiekompas/development-plan";

    /** The format name of a list of candidates. */
    public static final String CANDIDATES = "competentiekompas/candidates";

    /** The format name of a person's subject-access export. */
    public static final String SUBJECT_ACCESS = "competentiekompas/subject-access";

    /** The format name of an allocation. */
    public static final String ALLOCATION = "competentiekompas/allocation";

    /** The format name of a list of risk acceptances. */
    public static final String RISK_ACCEPTANCES = "competentiekompas/risk-acceptances";

    /** The format name of an organisation. */
    public static final String ORGANISATION = "competentiekompas/organisation";

    /** The format name of an evaluation's findings. */
    public static final String EVALUATION = "competentiekompas/evaluation";

    private static final List<String> FORMATS = List.of(CATALOG, ASSESSMENT, ASSESSMENTS, DEVELOPMENT_PLAN,
            CANDIDATES, SUBJECT_ACCESS, ALLOCATION, RISK_ACCEPTANCES, ORGANISATION, EVALUATION);

    private CompassJson() {
    }

    /**
     * Reads a catalog.
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems, such as a file name; not null
     * @return the catalog; never null
     * @throws CompassImportException if the document is not a valid catalog
     * @throws UncheckedIOException if reading fails
     */
    public static Catalog readCatalog(InputStream in, String source) {
        return read(in, source, CatalogDocument.ENVELOPE, CatalogDocument::read);
    }

    /** Reads a whole document as a tree: envelope first, then the body, then all problems at once. */
    private static <T> T read(InputStream in, String source, Envelope envelope,
            BiFunction<JsonNode, JsonIn, @Nullable T> body) {
        Objects.requireNonNull(in, "in");
        ProblemSink sink = new ProblemSink(Objects.requireNonNull(source, "source"));
        JsonNode root = StrictJson.readTree(in, sink);
        JsonIn reader = new JsonIn(sink);
        envelope.check(root, reader);
        T value = body.apply(root, reader);
        sink.throwIfAny();
        return Objects.requireNonNull(value);
    }

    /**
     * Reads a catalog from a file; problems name the file.
     *
     * @param file the file; not null
     * @return the catalog; never null
     * @throws CompassImportException if the document is not a valid catalog
     * @throws UncheckedIOException if reading fails
     */
    public static Catalog readCatalog(Path file) {
        return readCatalog(open(file), String.valueOf(file.getFileName()));
    }

    /**
     * Writes a catalog canonically.
     *
     * @param catalog the catalog; not null
     * @param out where to write; not null; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeCatalog(Catalog catalog, OutputStream out) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(out, "out");
        StrictJson.write(out, g -> CatalogDocument.write(catalog, g));
    }

    /**
     * Writes a catalog to a file crash-safely: on failure the old file is untouched.
     *
     * @param catalog the catalog; not null
     * @param file the file; not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeCatalog(Catalog catalog, Path file) {
        Objects.requireNonNull(catalog, "catalog");
        AtomicFiles.write(file, out -> writeCatalog(catalog, out));
    }

    /**
     * Writes a catalog to a string, for tests and small tools.
     *
     * @param catalog the catalog; not null
     * @return the canonical JSON; never null
     */
    public static String toJson(Catalog catalog) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCatalog(catalog, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads one assessment.
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems; not null
     * @param catalog the catalog its profile, competencies, scale and questions are checked against; not null
     * @return the assessment; never null
     * @throws CompassImportException if the document is not a valid assessment
     * @throws UncheckedIOException if reading fails
     */
    public static Assessment readAssessment(InputStream in, String source, Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return read(in, source, AssessmentDocument.ONE, (root, r) -> AssessmentDocument.read(root, "", r, catalog,
                true));
    }

    /**
     * Reads a development plan.
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems; not null
     * @return the plan; never null
     * @throws CompassImportException if the document is not a valid plan (a sixth goal is located at it)
     */
    public static DevelopmentPlan readDevelopmentPlan(InputStream in, String source) {
        return read(in, source, PersonDocuments.PLAN, (root, r) -> PersonDocuments.readPlan(root, "", r, true));
    }

    /**
     * Writes a development plan canonically.
     *
     * @param plan the plan; not null
     * @param out where to write; not null; not closed
     */
    public static void writeDevelopmentPlan(DevelopmentPlan plan, OutputStream out) {
        Objects.requireNonNull(plan, "plan");
        StrictJson.write(Objects.requireNonNull(out, "out"), g -> PersonDocuments.writePlan(plan, g));
    }

    /**
     * Reads candidates for recruitment and selection.
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems; not null
     * @return the candidates in document order; never null
     * @throws CompassImportException if the document is not valid
     */
    public static List<Candidate> readCandidates(InputStream in, String source) {
        return read(in, source, PersonDocuments.CANDIDATES, PersonDocuments::readCandidates);
    }

    /**
     * Writes candidates canonically.
     *
     * @param candidates the candidates; not null
     * @param out where to write; not null; not closed
     */
    public static void writeCandidates(List<Candidate> candidates, OutputStream out) {
        List<Candidate> copy = List.copyOf(candidates);
        StrictJson.write(Objects.requireNonNull(out, "out"), g -> PersonDocuments.writeCandidates(copy, g));
    }

    /**
     * Reads a subject-access export (everything held about one person, GDPR art. 15).
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems; not null
     * @param catalog the catalog the assessments are checked against; not null
     * @return the export; never null
     * @throws CompassImportException if the document is not valid
     */
    public static PersonalData.SubjectAccess readSubjectAccess(InputStream in, String source, Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return read(in, source, PersonDocuments.SUBJECT_ACCESS,
                (root, r) -> PersonDocuments.readSubjectAccess(root, r, catalog));
    }

    /**
     * Writes a subject-access export canonically.
     *
     * @param access the export; not null
     * @param out where to write; not null; not closed
     */
    public static void writeSubjectAccess(PersonalData.SubjectAccess access, OutputStream out) {
        Objects.requireNonNull(access, "access");
        StrictJson.write(Objects.requireNonNull(out, "out"), g -> PersonDocuments.writeSubjectAccess(access, g));
    }

    /**
     * Reads an allocation.
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems; not null
     * @param catalog the catalog responsibilities are checked against; not null
     * @return the allocation; never null
     * @throws CompassImportException if the document is not a valid allocation
     */
    public static Allocation readAllocation(InputStream in, String source, Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return read(in, source, AllocationDocuments.ALLOCATION,
                (root, r) -> AllocationDocuments.readAllocation(root, r, catalog));
    }

    /**
     * Writes an allocation canonically, efforts included.
     *
     * @param allocation the allocation; not null
     * @param out where to write; not null; not closed
     */
    public static void writeAllocation(Allocation allocation, OutputStream out) {
        Objects.requireNonNull(allocation, "allocation");
        StrictJson.write(Objects.requireNonNull(out, "out"), g -> AllocationDocuments.writeAllocation(allocation, g));
    }

    /**
     * Reads risk acceptances.
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems; not null
     * @return the acceptances in document order; never null
     * @throws CompassImportException if the document is not valid
     */
    public static List<RiskAcceptance> readRiskAcceptances(InputStream in, String source) {
        return read(in, source, AllocationDocuments.ACCEPTANCES, AllocationDocuments::readAcceptances);
    }

    /**
     * Writes risk acceptances canonically.
     *
     * @param acceptances the acceptances; not null
     * @param out where to write; not null; not closed
     */
    public static void writeRiskAcceptances(List<RiskAcceptance> acceptances, OutputStream out) {
        List<RiskAcceptance> copy = List.copyOf(acceptances);
        StrictJson.write(Objects.requireNonNull(out, "out"), g -> AllocationDocuments.writeAcceptances(copy, g));
    }

    /**
     * Reads an organisation: units, processes, people, appointments and reporting lines.
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems; not null
     * @param catalog the catalog appointment roles are checked against; not null
     * @return the organisation; never null
     * @throws CompassImportException if the document is not a valid organisation
     */
    public static Organisation readOrganisation(InputStream in, String source, Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return read(in, source, OrganisationDocuments.ORGANISATION,
                (root, r) -> OrganisationDocuments.readOrganisation(root, r, catalog));
    }

    /**
     * Writes an organisation canonically.
     *
     * @param organisation the organisation; not null
     * @param out where to write; not null; not closed
     */
    public static void writeOrganisation(Organisation organisation, OutputStream out) {
        Objects.requireNonNull(organisation, "organisation");
        StrictJson.write(Objects.requireNonNull(out, "out"),
                g -> OrganisationDocuments.writeOrganisation(organisation, g));
    }

    /**
     * Reads an evaluation's findings.
     *
     * @param in the bytes (UTF-8); not null; closed afterwards
     * @param source the input's name for problems; not null
     * @param catalog the catalog whose documents the findings' sources cite; not null
     * @return the evaluation; never null
     * @throws CompassImportException if the document is not valid
     */
    public static Evaluation readEvaluation(InputStream in, String source, Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return read(in, source, OrganisationDocuments.EVALUATION,
                (root, r) -> OrganisationDocuments.readEvaluation(root, r, catalog));
    }

    /**
     * Writes an evaluation's findings canonically, in the evaluation's order.
     *
     * @param evaluation the evaluation; not null
     * @param out where to write; not null; not closed
     */
    public static void writeEvaluation(Evaluation evaluation, OutputStream out) {
        Objects.requireNonNull(evaluation, "evaluation");
        StrictJson.write(Objects.requireNonNull(out, "out"), g -> OrganisationDocuments.writeEvaluation(evaluation, g));
    }

    /**
     * Writes any of these documents to a file crash-safely: on failure the old file is untouched.
     *
     * @param file the file; not null
     * @param writer writes the document, such as {@code out -> CompassJson.writeDevelopmentPlan(plan, out)}; not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeTo(Path file, Consumer<OutputStream> writer) {
        AtomicFiles.write(file, Objects.requireNonNull(writer, "writer"));
    }

    /**
     * Streams the assessments of a many-assessments document, holding one at a time; {@code format} and
     * {@code version} must precede the {@code assessments} array (the writer puts them first).
     *
     * <p>Values come while the document is clean; after the first problem no more are delivered, the rest is
     * read for further problems, and the stream ends with a {@link CompassImportException} holding them all.
     * Close the stream to close the input early.
     *
     * @param in the bytes (UTF-8); not null; closed at the end or when the stream is closed
     * @param source the input's name for problems; not null
     * @param catalog the catalog; not null
     * @return the assessments, lazily; never null
     * @throws CompassImportException if the envelope is wrong (at once) or an assessment is (while streaming)
     */
    public static Stream<Assessment> readAssessments(InputStream in, String source, Catalog catalog) {
        AssessmentDocument.Stream assessments = new AssessmentDocument.Stream(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(source, "source"), Objects.requireNonNull(catalog, "catalog"));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(assessments,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(assessments::close);
    }

    /**
     * Writes one assessment canonically.
     *
     * @param assessment the assessment; not null
     * @param out where to write; not null; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeAssessment(Assessment assessment, OutputStream out) {
        Objects.requireNonNull(assessment, "assessment");
        StrictJson.write(Objects.requireNonNull(out, "out"), g -> AssessmentDocument.writeOne(assessment, g));
    }

    /**
     * Writes many assessments canonically, streaming.
     *
     * @param assessments the assessments, in the order to write; not null
     * @param out where to write; not null; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeAssessments(Iterable<Assessment> assessments, OutputStream out) {
        Objects.requireNonNull(assessments, "assessments");
        StrictJson.write(Objects.requireNonNull(out, "out"), g -> AssessmentDocument.writeMany(assessments, g));
    }

    /**
     * Writes many assessments to a file crash-safely: on failure the old file is untouched.
     *
     * @param assessments the assessments; not null
     * @param file the file; not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeAssessments(Iterable<Assessment> assessments, Path file) {
        Objects.requireNonNull(assessments, "assessments");
        AtomicFiles.write(file, out -> writeAssessments(assessments, out));
    }

    /**
     * The JSON Schema (2020-12) of a format.
     *
     * @param format a format name such as {@link #CATALOG}; not null
     * @return the schema text, or empty for an unknown format
     */
    public static Optional<String> schema(String format) {
        Objects.requireNonNull(format, "format");
        if (!FORMATS.contains(format)) {
            return Optional.empty();
        }
        String name = "/META-INF/competentiekompas/schema/" + format.substring(format.indexOf('/') + 1)
                + ".schema.json";
        try (InputStream in = CompassJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + name);
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(Objects.requireNonNull(file, "file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
