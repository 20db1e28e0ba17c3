package nl.competentiekompas.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Sector;
import org.junit.jupiter.api.Test;

class OrganisationTests {

    private static final UnitId TOP = UnitId.of("u-top");
    private static final UnitId IT = UnitId.of("u-it");
    private static final UnitId NET = UnitId.of("u-net");
    private static final AppointmentId A = AppointmentId.of("a-ciso");
    private static final AppointmentId B = AppointmentId.of("a-iso");

    private static Organisation.Builder base() {
        return Organisation.builder(OrganisationId.of("org"), Sector.MUNICIPALITY)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY)
                .unit(Unit.top(TOP)).unit(Unit.under(IT, TOP).withItDepartment(true)).unit(Unit.under(NET, IT));
    }

    @Test
    void buildsIndexesAndKeepsIdOrder() {
        Organisation org = base()
                .appointment(Appointment.of(B, PersonId.of("p-2"), Catalogs.ISO, NET, Fte.ONE))
                .appointment(Appointment.of(A, PersonId.of("p-1"), Catalogs.CISO_MUNICIPALITY, TOP, Fte.ONE))
                .process(new Process(ProcessId.of("pr-x"), PersonId.of("p-3"), NET))
                .line(ReportingLine.toAppointment(B, ReportingLine.Kind.FUNCTIONAL, A))
                .build();
        assertThat(org.appointments()).extracting(Appointment::id).containsExactly(A, B);
        assertThat(org.people()).containsExactly(PersonId.of("p-1"), PersonId.of("p-2"), PersonId.of("p-3"));
        assertThat(org.children(TOP)).containsExactly(IT);
        assertThat(org.pathToTop(NET)).containsExactly(NET, IT, TOP);
        assertThat(org.inItDepartment(NET)).isTrue();
        assertThat(org.inItDepartment(TOP)).isFalse();
        assertThat(org.linesFrom(B)).hasSize(1);
        assertThat(org.appointmentsOf(PersonId.of("p-1"))).extracting(Appointment::id).containsExactly(A);
        assertThat(org.appointmentsWithRole(Catalogs.ISO)).extracting(Appointment::id).containsExactly(B);
        assertThatThrownBy(() -> org.pathToTop(UnitId.of("u-none"))).isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> org.requireAppointment(AppointmentId.of("a-none")))
                .hasMessage("unknown appointment id 'a-none'");
    }

    @Test
    void equalWhateverTheOrderOfParts() {
        Organisation one = base().appointment(Appointment.of(A, PersonId.of("p-1"), Catalogs.ISO, TOP, Fte.ONE))
                .appointment(Appointment.of(B, PersonId.of("p-2"), Catalogs.ISO, TOP, Fte.ONE)).build();
        Organisation two = Organisation.builder(OrganisationId.of("org"), Sector.MUNICIPALITY)
                .appointment(Appointment.of(B, PersonId.of("p-2"), Catalogs.ISO, TOP, Fte.ONE))
                .unit(Unit.under(NET, IT)).unit(Unit.under(IT, TOP).withItDepartment(true)).unit(Unit.top(TOP))
                .appointment(Appointment.of(A, PersonId.of("p-1"), Catalogs.ISO, TOP, Fte.ONE))
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY).build();
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(one.toBuilder().essentialEntity(true).build());
        assertThat(one.toBuilder().build()).isEqualTo(one);
    }

    @Test
    void dismissingRemovesLinesFromAndToTheAppointment() {
        Organisation org = base()
                .appointment(Appointment.of(A, PersonId.of("p-1"), Catalogs.CISO_MUNICIPALITY, TOP, Fte.ONE))
                .appointment(Appointment.of(B, PersonId.of("p-2"), Catalogs.ISO, NET, Fte.ONE))
                .line(ReportingLine.toAppointment(B, ReportingLine.Kind.FUNCTIONAL, A))
                .line(ReportingLine.toBody(A, ReportingLine.Kind.HIERARCHICAL, GoverningBody.MUNICIPAL_SECRETARY))
                .build();
        Organisation without = org.withoutAppointment(A);
        assertThat(without.lines()).isEmpty();
        assertThat(without.appointments()).extracting(Appointment::id).containsExactly(B);
    }

    @Test
    void rejectsInconsistentParts() {
        assertThatThrownBy(() -> base().unit(Unit.under(UnitId.of("u-x"), UnitId.of("u-missing"))).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Organisation.units: unit 'u-x' has parent 'u-missing', which the organisation does not hold");
        assertThatThrownBy(() -> base().unit(Unit.top(TOP).withParent(Optional.of(NET))).build())
                .hasMessageContaining("form a cycle");
        assertThatThrownBy(() -> base().process(new Process(ProcessId.of("p"), PersonId.of("x"), UnitId.of("u-no")))
                .build()).hasMessage("Organisation.processes: process 'p' belongs to 'u-no', which the organisation does not hold");
        assertThatThrownBy(() -> base().appointment(new Appointment(A, PersonId.of("p"), Catalogs.ISO, TOP, Fte.ONE,
                false, Set.of(UnitId.of("u-no")))).build())
                .hasMessage("Organisation.appointments: appointment 'a-ciso' covers 'u-no', which the organisation does not hold");
        assertThatThrownBy(() -> base().line(ReportingLine.toAppointment(A, ReportingLine.Kind.FUNCTIONAL, B)).build())
                .hasMessage("Organisation.lines: a line runs from appointment 'a-ciso', which the organisation does not hold");
        assertThatThrownBy(() -> base()
                .appointment(Appointment.of(A, PersonId.of("p-1"), Catalogs.CISO_MUNICIPALITY, TOP, Fte.ONE))
                .line(ReportingLine.toBody(A, ReportingLine.Kind.FUNCTIONAL, GoverningBody.BOARD_OF_DIRECTORS)).build())
                .hasMessage("Organisation.lines: a line runs to governing body 'board', which the organisation does not have");
    }

    @Test
    void valuePartsCheckThemselves() {
        assertThatThrownBy(() -> Unit.top(TOP).withParent(Optional.of(TOP)))
                .hasMessage("Unit.parent: must not be the unit itself ('u-top')");
        assertThatThrownBy(() -> new ReportingLine(A, ReportingLine.Kind.FUNCTIONAL, Optional.empty(), Optional.empty()))
                .hasMessage("ReportingLine.to: must run to exactly one governing body or appointment");
        assertThatThrownBy(() -> ReportingLine.toAppointment(A, ReportingLine.Kind.FUNCTIONAL, A))
                .hasMessage("ReportingLine.toAppointment: must not run from appointment 'a-ciso' to itself");
        assertThatThrownBy(() -> UnitId.of("U X")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Process(null, PersonId.of("p"), TOP)).hasMessage("Process.id");
        Appointment a = new Appointment(A, PersonId.of("p"), Catalogs.ISO, TOP, Fte.ONE, true,
                Set.of(NET, IT));
        assertThat(a.covers()).containsExactly(IT, NET);
        assertThat(a).isEqualTo(a.withSideJob(true)).hasSameHashCodeAs(a.withCovers(Set.of(IT, NET)))
                .isNotEqualTo(a.withFte(Fte.ZERO));
        assertThat(Unit.top(TOP)).isEqualTo(Unit.top(TOP)).isNotEqualTo(Unit.top(TOP).withNeedsIso(true));
        assertThat(new Process(ProcessId.of("p"), PersonId.of("x"), TOP))
                .isEqualTo(new Process(ProcessId.of("p"), PersonId.of("y"), TOP).withOwner(PersonId.of("x")));
    }
}
