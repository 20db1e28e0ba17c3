package nl.competentiekompas.examples;

import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;

/**
 * Example: build a small municipality with the public builders, let the {@link Allocator} propose who does which
 * security task, check the organisation and that allocation against the built-in rules, and print the findings.
 *
 * <p>The municipality has two deliberate faults: its CISO sits in the IT department and reports to the IT
 * manager (so the CISO is not independent), and its ISO has no functional line to the CISO.
 *
 * <p>Run it with {@code java -cp compass-examples/target/compass.jar
 * nl.competentiekompas.examples.CheckOrganisationExample}.
 */
public final class CheckOrganisationExample {

    private CheckOrganisationExample() {
    }

    /**
     * Builds the municipality, checks it and prints the findings in English.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Catalog catalog = Catalogs.builtIn();
        Organisation municipality = municipality();

        // Without an allocation of our own, check the one the Allocator proposes: the findings then show what
        // no allocation can fix, only a change to the organisation itself.
        Allocation allocation = Allocator.propose(municipality, catalog);
        Evaluation evaluation = Rules.forSector(municipality.sector()).evaluate(municipality, allocation, catalog);

        System.out.println(municipality.id() + ": " + evaluation.findings().size() + " findings, "
                + evaluation.errors().size() + " of them errors");
        for (Finding finding : evaluation.findings()) {
            // Every finding names its rule, its subjects (ids, never personal data) and the sources behind it.
            System.out.println();
            System.out.println(finding.severity() + " " + finding.ruleId() + " " + finding.subjects());
            System.out.println("  " + finding.message().in(Language.EN));
            for (SourceRef source : finding.sources()) {
                System.out.println("  source: " + source.citation(Language.EN));
            }
        }
    }

    /**
     * The small municipality of this example, built with the public builders.
     *
     * @return the organisation; never null
     */
    static Organisation municipality() {
        UnitId board = UnitId.of("bestuursstaf");
        UnitId it = UnitId.of("ict");
        UnitId civilAffairs = UnitId.of("burgerzaken");
        AppointmentId ciso = AppointmentId.of("ciso");
        AppointmentId itManager = AppointmentId.of("it-manager");
        AppointmentId iso = AppointmentId.of("iso");
        return Organisation.builder(OrganisationId.of("gemeente-voorbeeld"), Sector.MUNICIPALITY)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY)
                // Units: a top unit, the IT department, and a unit whose processes need an ISO.
                .unit(Unit.top(board))
                .unit(new Unit(it, Optional.empty(), true, false))
                .unit(new Unit(civilAffairs, Optional.empty(), false, true))
                // People are pseudonymous ids; each appointment gives one of them a role in a unit.
                // Fault 1: the CISO sits in the IT department ...
                .appointment(Appointment.of(ciso, PersonId.of("p-001"), Catalogs.CISO_MUNICIPALITY, it,
                        Fte.parse("0.8")))
                .appointment(Appointment.of(itManager, PersonId.of("p-002"), Catalogs.IT_MANAGER, it, Fte.parse("1")))
                // The ISO sits in the board staff and looks after civil affairs (not a side job).
                .appointment(new Appointment(iso, PersonId.of("p-003"), Catalogs.ISO, board, Fte.parse("0.6"), false,
                        Set.of(civilAffairs)))
                .appointment(Appointment.of(AppointmentId.of("po-burgerzaken"), PersonId.of("p-004"),
                        Catalogs.LINE_MANAGER, civilAffairs, Fte.parse("1")))
                // ... and reports to the IT manager instead of the municipal secretary.
                .line(ReportingLine.toAppointment(ciso, ReportingLine.Kind.HIERARCHICAL, itManager))
                // Fault 2: no functional line from the ISO to the CISO.
                .process(new Process(ProcessId.of("reisdocumenten"), PersonId.of("p-004"), civilAffairs))
                .build();
    }
}
