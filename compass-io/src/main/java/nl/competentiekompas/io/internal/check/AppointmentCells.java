package nl.competentiekompas.io.internal.check;

import jakarta.validation.constraints.NotBlank;

/**
 * One row of an appointments CSV file as stripped cells, with the constraints that describe what is wrong with
 * it. Only built for rows the fast path rejected.
 *
 * @param appointment the appointment's id
 * @param person the person appointed
 * @param role the role, one the catalog knows
 * @param unit the unit
 * @param fte the FTE, 0 to 100 with at most three decimals
 * @param sideJob yes or no, may be empty (no)
 * @param covers the units an ISO covers, may be empty
 */
public record AppointmentCells(
        @NotBlank(message = "csv-required") @Cell(CellKind.KEBAB_ID) String appointment,
        @NotBlank(message = "csv-required") @Cell(CellKind.PERSON_ID) String person,
        @NotBlank(message = "csv-required") @Cell(CellKind.KEBAB_ID) @KnownRole String role,
        @NotBlank(message = "csv-required") @Cell(CellKind.KEBAB_ID) String unit,
        @NotBlank(message = "csv-fte") @Cell(CellKind.FTE) String fte,
        @Cell(CellKind.BOOLEAN) String sideJob,
        @Cell(CellKind.UNIT_LIST) String covers) {
}
