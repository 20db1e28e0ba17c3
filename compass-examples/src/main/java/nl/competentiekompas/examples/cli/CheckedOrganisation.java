package nl.competentiekompas.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Workload;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.organisation.Organisation;

/**
 * An organisation read from its file, with its allocation (the file's, or the proposal when none is given) and
 * the findings of the sector's rules on a day: what {@code check} and the organisation reports share. The
 * allocation and acceptance files may be null: none given.
 */
record CheckedOrganisation(Organisation organisation, Allocation allocation, Evaluation evaluation) {

    @SuppressWarnings("unchecked")
    static CheckedOrganisation read(Catalog catalog, Path organisationFile, Path allocationFile,
            Path acceptancesFile, LocalDate day) {
        Organisation organisation = (Organisation) InputKind.ORGANISATION.read(organisationFile, catalog);
        Allocation allocation = allocationFile == null ? Allocator.propose(organisation, catalog)
                : (Allocation) InputKind.ALLOCATION.read(allocationFile, catalog);
        List<RiskAcceptance> acceptances = acceptancesFile == null ? List.of()
                : (List<RiskAcceptance>) InputKind.RISK_ACCEPTANCES.read(acceptancesFile, catalog);
        Evaluation evaluation = Rules.forSector(organisation.sector()).evaluate(organisation, allocation, catalog,
                Workload.none(), acceptances, day);
        return new CheckedOrganisation(organisation, allocation, evaluation);
    }

    /** The organisation file and its optional allocation, as the commands that check or report on them take them. */
    static final class Options {
        @picocli.CommandLine.Parameters(paramLabel = "<organisation.json>", description = "The organisation document.")
        Path organisationFile;

        @picocli.CommandLine.Option(names = "--allocation", paramLabel = "<file>",
                description = "The allocation (.json or RACI .csv); without it, the proposal is used.")
        Path allocationFile;

        CheckedOrganisation read(Catalog catalog, Path acceptancesFile, LocalDate day) {
            return CheckedOrganisation.read(catalog, organisationFile, allocationFile, acceptancesFile, day);
        }
    }
}
