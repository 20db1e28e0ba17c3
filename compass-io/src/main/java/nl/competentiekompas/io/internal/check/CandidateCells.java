package nl.competentiekompas.io.internal.check;

import jakarta.validation.constraints.NotBlank;

/**
 * One row of a candidates CSV file as stripped cells, with the constraints that describe what is wrong with it.
 * Only built for rows the fast path rejected.
 *
 * @param candidate the candidate's person id
 * @param kind education, certification, knowledge or experience (Dutch or English), or empty
 * @param code the item's id
 * @param issued a certification's issue date
 * @param expires a certification's expiry date, may be empty
 * @param years years of experience
 */
@CandidateItem
public record CandidateCells(
        @NotBlank(message = "csv-required") @Cell(CellKind.PERSON_ID) String candidate,
        String kind,
        String code,
        String issued,
        String expires,
        String years) {
}
