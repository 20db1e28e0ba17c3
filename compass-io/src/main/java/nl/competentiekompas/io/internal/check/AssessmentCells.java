package nl.competentiekompas.io.internal.check;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.competentiekompas.core.catalog.Perspective;

/**
 * One row of an assessments CSV file as stripped cells, with the constraints that describe what is wrong with
 * it. Only built for rows the fast path rejected.
 *
 * @param subject the person assessed
 * @param profile the profile assessed against
 * @param rater who rated
 * @param perspective the rater's perspective
 * @param date the assessment's date
 * @param competency the competency
 * @param score the score, may be empty
 * @param reflection free text, may be empty
 * @param action free text, may be empty
 */
@InCatalog
public record AssessmentCells(
        @NotBlank(message = "csv-required") @Cell(CellKind.PERSON_ID) String subject,
        @NotBlank(message = "csv-required") @Cell(CellKind.KEBAB_ID) String profile,
        @NotBlank(message = "csv-required") @Cell(CellKind.PERSON_ID) String rater,
        @NotBlank(message = "csv-required") @OneOf(Perspective.class) String perspective,
        @NotBlank(message = "csv-required") @Cell(CellKind.DATE) String date,
        @NotBlank(message = "csv-required") @Cell(CellKind.KEBAB_ID) String competency,
        @Cell(CellKind.INTEGER) String score,
        @Size(max = 10_000, message = "csv-too-long") String reflection,
        @Size(max = 10_000, message = "csv-too-long") String action) implements CatalogReferences {
}
