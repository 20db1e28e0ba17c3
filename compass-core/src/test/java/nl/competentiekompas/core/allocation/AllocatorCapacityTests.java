package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.ScopeKind;
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
import java.util.Set;

/**
 * The allocator spends capacity in the catalog's order: when the process-owner profile comes first, the effort of
 * the processes a person owns is gone before the next pick, by exactly its amount.
 */
class AllocatorCapacityTests {

    private static final PersonId A = PersonId.of("p-a");
    private static final PersonId B = PersonId.of("p-b");
    private static final UnitId TOP = UnitId.of("u-top");
    private static final UnitId CARE = UnitId.of("u-care");

    /** The process-owner profile first, 0.050 FTE per process; then the ISO's plans per unit. */
    private static Catalog processesFirst() {
        return Catalog.builder("test").version("1").name(LocalizedText.of("t", "t"))
                .document(Fixtures.SOURCE_A).document(Fixtures.SOURCE_B)
                .profile(Fixtures.profile(Catalogs.PROCESS_OWNER, RoleKind.PROCESS_OWNER,
                        Fixtures.item("po-security", Level.TACTICAL, ScopeKind.PROCESS, 50)))
                .profile(Fixtures.profile(Catalogs.ISO, RoleKind.ISO,
                        Fixtures.item("iso-plans", Level.OPERATIONAL, ScopeKind.UNIT, 50)))
                .build();
    }

    /** Two ISOs covering one unit, A at 1.000 FTE owning some processes, B at 0.900 owning none. */
    private static Organisation owning(int processes) {
        Organisation.Builder b = Organisation.builder(OrganisationId.of("o"), Sector.HEALTHCARE)
                .unit(Unit.top(TOP)).unit(Unit.under(CARE, TOP))
                .appointment(Appointment.of(AppointmentId.of("a-a"), A, Catalogs.ISO, CARE, Fte.ONE)
                        .withCovers(Set.of(CARE)))
                .appointment(Appointment.of(AppointmentId.of("a-b"), B, Catalogs.ISO, CARE, Fte.ofThousandths(900))
                        .withCovers(Set.of(CARE)));
        for (int i = 0; i < processes; i++) {
            b.process(new Process(ProcessId.of("pr-" + i), A, CARE));
        }
        return b.build();
    }

    private static PersonId plansFor(Organisation organisation) {
        Allocation proposal = Allocator.propose(organisation, processesFirst());
        return proposal.forKey(new Assignment.Key(ResponsibilityId.of("iso-plans"), Scope.unit(CARE))).get(0)
                .person();
    }

    @Test
    void oneOwnedProcessLeavesTheOwnerTheMostCapacity() {
        // 1.000 - 0.050 = 0.950 against 0.900
        assertThat(plansFor(owning(1))).isEqualTo(A);
    }

    @Test
    void threeOwnedProcessesLeaveTheOtherIsoTheMostCapacity() {
        // 1.000 - 3 × 0.050 = 0.850 against 0.900
        assertThat(plansFor(owning(3))).isEqualTo(B);
    }

    @Test
    void withoutProcessesTheLargerAppointmentWins() {
        assertThat(plansFor(owning(0))).isEqualTo(A);
    }

    @Test
    void onATieTheFirstInIdOrderWinsWhateverTheOrderOfTheAppointments() {
        // the appointment of the person later in id order comes first; a third ISO, at 0.900 FTE over two
        // appointments, covers the unit twice
        PersonId later = PersonId.of("p-z");
        PersonId third = PersonId.of("p-y");
        Fte half = Fte.ofThousandths(500);
        Organisation org = Organisation.builder(OrganisationId.of("o"), Sector.HEALTHCARE)
                .unit(Unit.top(TOP)).unit(Unit.under(CARE, TOP))
                .appointment(Appointment.of(AppointmentId.of("a-1"), later, Catalogs.ISO, CARE, Fte.ONE)
                        .withCovers(Set.of(CARE)))
                .appointment(Appointment.of(AppointmentId.of("a-2"), B, Catalogs.ISO, CARE, Fte.ONE)
                        .withCovers(Set.of(CARE)))
                .appointment(Appointment.of(AppointmentId.of("a-3"), third, Catalogs.ISO, CARE, half)
                        .withCovers(Set.of(CARE)))
                .appointment(Appointment.of(AppointmentId.of("a-4"), third, Catalogs.ISO, TOP, Fte.ofThousandths(400))
                        .withCovers(Set.of(CARE, TOP)))
                .build();
        assertThat(plansFor(org)).isEqualTo(B);
        // once B has the plans, B has 0.950 FTE left against p-z's 1.000: the reviews go to p-z
        Allocation proposal = Allocator.propose(org, twoPlans());
        assertThat(proposal.forKey(new Assignment.Key(ResponsibilityId.of("iso-review"), Scope.unit(CARE))))
                .extracting(Assignment::person).containsExactly(later);
    }

    /** The ISO's plans per unit, then its reviews per unit. */
    private static Catalog twoPlans() {
        return Catalog.builder("test").version("1").name(LocalizedText.of("t", "t"))
                .document(Fixtures.SOURCE_A).document(Fixtures.SOURCE_B)
                .profile(Fixtures.profile(Catalogs.ISO, RoleKind.ISO,
                        Fixtures.item("iso-plans", Level.OPERATIONAL, ScopeKind.UNIT, 50),
                        Fixtures.item("iso-review", Level.OPERATIONAL, ScopeKind.UNIT, 50)))
                .build();
    }
}
