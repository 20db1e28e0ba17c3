package nl.competentiekompas.examples.cli;

import java.nio.file.Path;
import java.util.List;
import nl.competentiekompas.core.CompassException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CompassJson;

/** The kinds of input file the tool reads, told apart by extension, declared format or CSV header. */
enum InputKind {
    CATALOG("catalog"),
    ORGANISATION("organisation"),
    ALLOCATION("allocation"),
    RISK_ACCEPTANCES("risk acceptances"),
    ASSESSMENT("assessment"),
    ASSESSMENTS("assessments"),
    DEVELOPMENT_PLAN("development plan"),
    CANDIDATES("candidates"),
    SUBJECT_ACCESS("subject-access export"),
    EVALUATION("evaluation"),
    APPOINTMENTS("appointments");

    private final String label;

    InputKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    // A switch rather than a reader per constant: a lambda is bootstrapped when it is created, so readers held by
    // the constants would all be bootstrapped on every start, for the one kind a file has.
    Object read(Path f, Catalog c) {
        return switch (this) {
            case CATALOG -> Inputs.read(f, CompassJson::readCatalog);
            case ORGANISATION -> Inputs.read(f, (in, s) -> CompassJson.readOrganisation(in, s, c));
            case ALLOCATION -> Inputs.isCsv(f)
                    ? Inputs.read(f, (in, s) -> CompassCsv.readAllocation(in, s, c))
                    : Inputs.read(f, (in, s) -> CompassJson.readAllocation(in, s, c));
            case RISK_ACCEPTANCES -> Inputs.read(f, CompassJson::readRiskAcceptances);
            case ASSESSMENT -> Inputs.read(f, (in, s) -> CompassJson.readAssessment(in, s, c));
            case ASSESSMENTS -> Inputs.isCsv(f)
                    ? Inputs.readList(f, (in, s) -> CompassCsv.readAssessments(in, s, c))
                    : Inputs.readList(f, (in, s) -> CompassJson.readAssessments(in, s, c));
            case DEVELOPMENT_PLAN -> Inputs.read(f, CompassJson::readDevelopmentPlan);
            case CANDIDATES -> Inputs.isCsv(f)
                    ? Inputs.readList(f, CompassCsv::readCandidates)
                    : Inputs.read(f, CompassJson::readCandidates);
            case SUBJECT_ACCESS -> Inputs.read(f, (in, s) -> CompassJson.readSubjectAccess(in, s, c));
            case EVALUATION -> Inputs.read(f, (in, s) -> CompassJson.readEvaluation(in, s, c));
            case APPOINTMENTS -> Inputs.read(f, (in, s) -> CompassCsv.readAppointments(in, s, c));
        };
    }

    /** Thrown when a file is of no kind the tool reads. */
    static final class UnknownKindException extends CompassException {
        private static final long serialVersionUID = 1L;

        UnknownKindException(String message) {
            super(message);
        }
    }

    static InputKind of(Path file) {
        if (Inputs.isJson(file)) {
            String format = Inputs.declaredFormat(file);
            for (InputKind kind : values()) {
                if (kind != APPOINTMENTS && format.equals(jsonFormat(kind))) {
                    return kind;
                }
            }
            throw new UnknownKindException(file + ": not a document of this tool (expected \"format\": "
                    + "\"competentiekompas/...\" near the start)");
        }
        if (Inputs.isCsv(file)) {
            String header = Inputs.csvHeader(file);
            for (InputKind kind : List.of(ASSESSMENTS, APPOINTMENTS, ALLOCATION, CANDIDATES)) {
                for (String word : headerWords(kind)) {
                    if (header.contains(word)) {
                        return kind;
                    }
                }
            }
            throw new UnknownKindException(file + ": line 1: the header names no file kind of this tool "
                    + "(assessments, appointments, allocation or candidates)");
        }
        throw new UnknownKindException(file + ": expected a .json or .csv file");
    }

    /** Words of a header that tell a CSV file's kind, in either language. */
    private static List<String> headerWords(InputKind kind) {
        return switch (kind) {
            case ASSESSMENTS -> List.of("competency", "competentie", "rater", "beoordelaar", "perspective",
                    "perspectief");
            case APPOINTMENTS -> List.of("appointment", "aanstelling");
            case ALLOCATION -> List.of("responsibility", "verantwoordelijkheid");
            default -> List.of("candidate", "kandidaat");
        };
    }

    private static String jsonFormat(InputKind kind) {
        return switch (kind) {
            case CATALOG -> CompassJson.CATALOG;
            case ORGANISATION -> CompassJson.ORGANISATION;
            case ALLOCATION -> CompassJson.ALLOCATION;
            case RISK_ACCEPTANCES -> CompassJson.RISK_ACCEPTANCES;
            case ASSESSMENT -> CompassJson.ASSESSMENT;
            case ASSESSMENTS -> CompassJson.ASSESSMENTS;
            case DEVELOPMENT_PLAN -> CompassJson.DEVELOPMENT_PLAN;
            case CANDIDATES -> CompassJson.CANDIDATES;
            case SUBJECT_ACCESS -> CompassJson.SUBJECT_ACCESS;
            case EVALUATION -> CompassJson.EVALUATION;
            case APPOINTMENTS -> "";
        };
    }
}
