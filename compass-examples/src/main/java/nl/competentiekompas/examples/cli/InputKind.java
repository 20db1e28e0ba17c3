package nl.competentiekompas.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.competentiekompas.core.CompassException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CompassJson;

/** The kinds of input file the tool reads, told apart by extension, declared format or CSV header. */
enum InputKind {
    CATALOG("catalog", (f, c) -> Inputs.read(f, CompassJson::readCatalog)),
    ORGANISATION("organisation", (f, c) -> Inputs.read(f, (in, s) -> CompassJson.readOrganisation(in, s, c))),
    ALLOCATION("allocation", (f, c) -> Inputs.isCsv(f)
            ? Inputs.read(f, (in, s) -> CompassCsv.readAllocation(in, s, c))
            : Inputs.read(f, (in, s) -> CompassJson.readAllocation(in, s, c))),
    RISK_ACCEPTANCES("risk acceptances", (f, c) -> Inputs.read(f, CompassJson::readRiskAcceptances)),
    ASSESSMENT("assessment", (f, c) -> Inputs.read(f, (in, s) -> CompassJson.readAssessment(in, s, c))),
    ASSESSMENTS("assessments", (f, c) -> Inputs.isCsv(f)
            ? Inputs.readList(f, (in, s) -> CompassCsv.readAssessments(in, s, c))
            : Inputs.readList(f, (in, s) -> CompassJson.readAssessments(in, s, c))),
    DEVELOPMENT_PLAN("development plan", (f, c) -> Inputs.read(f, CompassJson::readDevelopmentPlan)),
    CANDIDATES("candidates", (f, c) -> Inputs.isCsv(f)
            ? Inputs.readList(f, CompassCsv::readCandidates)
            : Inputs.read(f, CompassJson::readCandidates)),
    SUBJECT_ACCESS("subject-access export",
            (f, c) -> Inputs.read(f, (in, s) -> CompassJson.readSubjectAccess(in, s, c))),
    EVALUATION("evaluation", (f, c) -> Inputs.read(f, (in, s) -> CompassJson.readEvaluation(in, s, c))),
    APPOINTMENTS("appointments", (f, c) -> Inputs.read(f, (in, s) -> CompassCsv.readAppointments(in, s, c)));

    /** Reads a file of this kind against a catalog. */
    interface Reader {
        Object read(Path file, Catalog catalog);
    }

    private final String label;
    private final Reader reader;

    InputKind(String label, Reader reader) {
        this.label = label;
        this.reader = reader;
    }

    String label() {
        return label;
    }

    Object read(Path file, Catalog catalog) {
        return reader.read(file, catalog);
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
            List<InputKind> byHeader = List.of(ASSESSMENTS, APPOINTMENTS, ALLOCATION, CANDIDATES);
            Function<InputKind, List<String>> words = k -> switch (k) {
                case ASSESSMENTS -> List.of("competency", "competentie", "rater", "beoordelaar", "perspective",
                        "perspectief");
                case APPOINTMENTS -> List.of("appointment", "aanstelling");
                case ALLOCATION -> List.of("responsibility", "verantwoordelijkheid");
                default -> List.of("candidate", "kandidaat");
            };
            for (InputKind kind : byHeader) {
                if (words.apply(kind).stream().anyMatch(header::contains)) {
                    return kind;
                }
            }
            throw new UnknownKindException(file + ": line 1: the header names no file kind of this tool "
                    + "(assessments, appointments, allocation or candidates)");
        }
        throw new UnknownKindException(file + ": expected a .json or .csv file");
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
