package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

/**
 * Each process's responsibilities are its owner's (R and A), with the CISO and the ISO covering the process's unit
 * consulted, unless the owner is one of them.
 */
class AllocatorProcessTests {

    private static final PersonId CISO = PersonId.of("p-ciso");
    private static final PersonId ISO = PersonId.of("p-iso");
    private static final PersonId OWNER = PersonId.of("p-owner");
    private static final UnitId TOP = UnitId.of("u-top");
    private static final UnitId CARE = UnitId.of("u-care");

    private static final Organisation HOSPITAL = Organisation.builder(OrganisationId.of("o"), Sector.HEALTHCARE)
            .essentialEntity(true).governingBody(GoverningBody.BOARD_OF_DIRECTORS)
            .unit(Unit.top(TOP)).unit(Unit.under(CARE, TOP).withNeedsIso(true))
            .appointment(Appointment.of(AppointmentId.of("a-ciso"), CISO, Catalogs.CISO_HEALTHCARE, TOP, Fte.ONE))
            .appointment(Appointment.of(AppointmentId.of("a-iso"), ISO, Catalogs.ISO, TOP, Fte.ONE)
                    .withCovers(Set.of(CARE)))
            .appointment(Appointment.of(AppointmentId.of("a-owner"), OWNER, Catalogs.LINE_MANAGER, CARE, Fte.ONE))
            .process(new Process(ProcessId.of("pr-by-owner"), OWNER, CARE))
            .process(new Process(ProcessId.of("pr-by-iso"), ISO, CARE))
            .process(new Process(ProcessId.of("pr-by-ciso"), CISO, CARE))
            .build();

    /** The people of each key of a process, with their letters, for every process-scoped responsibility. */
    private static Map<String, Map<PersonId, Set<Raci>>> byProcess(Allocation proposal, String process) {
        Map<String, Map<PersonId, Set<Raci>>> out = new TreeMap<>();
        proposal.forEachKey((key, assignments) -> key.scope().processId()
                .filter(p -> p.value().equals(process))
                .ifPresent(p -> assignments.forEach(a -> out.computeIfAbsent(key.responsibility().value(),
                        r -> new TreeMap<>()).put(a.person(), a.raci()))));
        return out;
    }

    @Test
    void theOwnerDoesEachProcessWithTheCisoAndTheCoveringIsoConsulted() {
        Allocation proposal = Allocator.propose(HOSPITAL, Catalogs.builtIn());
        Map<PersonId, Set<Raci>> owner = Map.of(OWNER, Set.of(Raci.R, Raci.A), CISO, Set.of(Raci.C), ISO,
                Set.of(Raci.C));
        Map<PersonId, Set<Raci>> iso = Map.of(ISO, Set.of(Raci.R, Raci.A), CISO, Set.of(Raci.C));
        Map<PersonId, Set<Raci>> ciso = Map.of(CISO, Set.of(Raci.R, Raci.A), ISO, Set.of(Raci.C));
        for (Map.Entry<String, Map<PersonId, Set<Raci>>> expected : List.of(Map.entry("pr-by-owner", owner),
                Map.entry("pr-by-iso", iso), Map.entry("pr-by-ciso", ciso))) {
            Map<String, Map<PersonId, Set<Raci>>> keys = byProcess(proposal, expected.getKey());
            // every process-scoped responsibility of the catalog, and each the same
            assertThat(keys).as(expected.getKey()).hasSizeGreaterThan(1);
            keys.forEach((responsibility, people) -> assertThat(people).as("%s %s", expected.getKey(), responsibility)
                    .isEqualTo(expected.getValue()));
        }
    }
}
