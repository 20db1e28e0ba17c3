package nl.competentiekompas.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Sector;
import org.junit.jupiter.api.Test;

class WithoutPersonTests {

    private static final UnitId TOP = UnitId.of("u-top");
    private static final UnitId IT = UnitId.of("u-it");
    private static final UnitId FINANCE = UnitId.of("u-finance");
    private static final PersonId CISO = PersonId.of("p-ciso");
    private static final PersonId ISO = PersonId.of("p-iso");
    private static final PersonId OWNER = PersonId.of("p-owner");
    private static final PersonId LISTED = PersonId.of("p-listed");
    private static final AppointmentId A_CISO = AppointmentId.of("a-ciso");
    private static final AppointmentId A_CISO_IT = AppointmentId.of("a-ciso-it");
    private static final AppointmentId A_ISO = AppointmentId.of("a-iso");
    private static final AppointmentId A_OWNER = AppointmentId.of("a-owner");
    private static final ProcessId INCIDENTS = ProcessId.of("pr-incidents");
    private static final ProcessId PAYROLL = ProcessId.of("pr-payroll");
    private static final ProcessId AUDIT = ProcessId.of("pr-audit");

    /** A CISO who is also IT manager and owns two processes; an ISO reporting to the CISO; a line manager. */
    private static Organisation municipality() {
        return Organisation.builder(OrganisationId.of("gemeente-a"), Sector.MUNICIPALITY)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY).governingBody(GoverningBody.PORTFOLIO_HOLDER)
                .unit(Unit.top(TOP)).unit(Unit.under(IT, TOP).withItDepartment(true))
                .unit(Unit.under(FINANCE, TOP).withNeedsIso(true))
                .appointment(Appointment.of(A_CISO, CISO, Catalogs.CISO_MUNICIPALITY, TOP, Fte.ONE))
                .appointment(Appointment.of(A_CISO_IT, CISO, Catalogs.IT_MANAGER, IT, Fte.ofThousandths(200)))
                .appointment(Appointment.of(A_ISO, ISO, Catalogs.ISO, FINANCE, Fte.ONE))
                .appointment(Appointment.of(A_OWNER, OWNER, Catalogs.LINE_MANAGER, FINANCE, Fte.ONE))
                .line(ReportingLine.toBody(A_CISO, ReportingLine.Kind.HIERARCHICAL, GoverningBody.MUNICIPAL_SECRETARY))
                .line(ReportingLine.toBody(A_CISO, ReportingLine.Kind.HIERARCHICAL, GoverningBody.PORTFOLIO_HOLDER))
                .line(ReportingLine.toAppointment(A_ISO, ReportingLine.Kind.FUNCTIONAL, A_CISO))
                .line(ReportingLine.toAppointment(A_ISO, ReportingLine.Kind.HIERARCHICAL, A_OWNER))
                .process(new Process(INCIDENTS, CISO, TOP))
                .process(new Process(AUDIT, CISO, TOP))
                .process(new Process(PAYROLL, OWNER, FINANCE))
                .person(LISTED)
                .build();
    }

    @Test
    void removesThePersonTheirAppointmentsTheirLinesAndTheProcessesTheyOwn() {
        Organisation org = municipality();
        Organisation without = org.withoutPerson(CISO);
        assertThat(without.people()).containsExactly(ISO, LISTED, OWNER);
        assertThat(without.appointments()).extracting(Appointment::id).containsExactly(A_ISO, A_OWNER);
        assertThat(without.lines()).containsExactly(
                ReportingLine.toAppointment(A_ISO, ReportingLine.Kind.HIERARCHICAL, A_OWNER));
        assertThat(without.processes()).extracting(Process::id).containsExactly(PAYROLL);
        assertThat(without.processesOwnedBy(CISO)).isEmpty();
        assertThat(without.appointmentsOf(CISO)).isEmpty();
        // units, bodies and the rest of the organisation stay
        assertThat(without.units()).isEqualTo(org.units());
        assertThat(without.governingBodies()).isEqualTo(org.governingBodies());
        assertThat(without.id()).isEqualTo(org.id());
        assertThat(without.sector()).isEqualTo(org.sector());
    }

    @Test
    void removesAListedPersonWhoHoldsNothingElse() {
        Organisation without = municipality().withoutPerson(LISTED);
        assertThat(without.people()).containsExactly(CISO, ISO, OWNER);
        assertThat(without).isEqualTo(municipality().toBuilder().build().withoutPerson(LISTED))
                .isNotEqualTo(municipality());
        assertThat(without.appointments()).isEqualTo(municipality().appointments());
    }

    @Test
    void erasingALineManagerKeepsTheLinesOfOthersThatDoNotInvolveThem() {
        Organisation without = municipality().withoutPerson(OWNER);
        assertThat(without.lines()).extracting(ReportingLine::from).containsExactly(A_CISO, A_CISO, A_ISO);
        assertThat(without.processes()).extracting(Process::id).containsExactly(AUDIT, INCIDENTS);
    }

    @Test
    void aPersonTheOrganisationDoesNotMentionChangesNothing() {
        Organisation org = municipality();
        assertThat(org.withoutPerson(PersonId.of("p-stranger"))).isSameAs(org);
    }

    @Test
    void processesOwnedByAPersonAreInIdOrder() {
        assertThat(municipality().processesOwnedBy(CISO)).extracting(Process::id).containsExactly(AUDIT, INCIDENTS);
        assertThat(municipality().processesOwnedBy(ISO)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> municipality().withoutPerson(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("person");
        assertThatThrownBy(() -> municipality().processesOwnedBy(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("person");
    }
}
