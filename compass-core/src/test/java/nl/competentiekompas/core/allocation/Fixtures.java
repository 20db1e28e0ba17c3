package nl.competentiekompas.core.allocation;

import java.util.List;
import java.util.Set;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.Role;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceDocument;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.catalog.Topic;
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

/** A small catalog shaped like the bundled one, and a sound municipality. */
final class Fixtures {

    static final SourceDocument SOURCE_A = new SourceDocument("competentiekompas-ciso-zorg",
            LocalizedText.of("Competentiekompas CISO", "CISO competency compass"), "ECP", 2025);
    static final SourceDocument SOURCE_B = new SourceDocument("ciso-versus-iso-gemeente",
            LocalizedText.of("CISO versus ISO", "CISO versus ISO"), "blog", 2023);

    static final PersonId CISO = PersonId.of("p-ciso");
    static final PersonId ISO = PersonId.of("p-iso");
    static final PersonId OWNER = PersonId.of("p-owner");
    static final PersonId IT = PersonId.of("p-it");

    private Fixtures() {
    }

    static Responsibility item(String id, Level level, ScopeKind scope, int effort) {
        return new Responsibility(ResponsibilityId.of(id), TaskDomain.EXECUTING, level, Topic.POLICY, scope,
                Fte.ofThousandths(effort), LocalizedText.of(id, id), Set.of(), List.of(SourceRef.source(SOURCE_B, "x")));
    }

    static RoleProfile profile(RoleId id, RoleKind kind, Responsibility... items) {
        RoleProfile.Builder b = RoleProfile.builder(id).kind(kind).name(LocalizedText.of(id.value(), id.value()))
                .summary(LocalizedText.of("s", "s")).sectors(Sector.MUNICIPALITY, Sector.HEALTHCARE)
                .source(SourceRef.source(SOURCE_B, "x"));
        for (Responsibility r : items) {
            b.responsibility(r);
        }
        return b.build();
    }

    static Catalog catalog() {
        return Catalog.builder("test").version("1").name(LocalizedText.of("t", "t"))
                .document(SOURCE_A).document(SOURCE_B)
                .profile(profile(Catalogs.CISO_MUNICIPALITY, RoleKind.CISO,
                        item("cm-policy", Level.STRATEGIC, ScopeKind.ORGANISATION, 100),
                        item("cm-incident", Level.TACTICAL, ScopeKind.ORGANISATION, 50),
                        item("cm-awareness", Level.OPERATIONAL, ScopeKind.ORGANISATION, 50)))
                .profile(profile(Catalogs.CISO_HEALTHCARE, RoleKind.CISO,
                        item("ch-policy", Level.STRATEGIC, ScopeKind.ORGANISATION, 100)))
                .profile(profile(Catalogs.ISO, RoleKind.ISO,
                        item("iso-plans", Level.OPERATIONAL, ScopeKind.UNIT, 50),
                        item("iso-contact", Level.OPERATIONAL, ScopeKind.ORGANISATION, 20)))
                .profile(profile(Catalogs.DISO, RoleKind.DECENTRAL_ISO,
                        item("diso-awareness", Level.OPERATIONAL, ScopeKind.UNIT, 50)))
                .profile(profile(Catalogs.PROCESS_OWNER, RoleKind.PROCESS_OWNER,
                        item("po-security", Level.TACTICAL, ScopeKind.PROCESS, 20)))
                .otherRole(new Role(Catalogs.IT_MANAGER, LocalizedText.of("ICT-manager", "IT manager"),
                        List.of(SourceRef.source(SOURCE_B, "x"))))
                .build();
    }

    static final UnitId TOP = UnitId.of("u-top");
    static final UnitId IT_DEPT = UnitId.of("u-it");
    static final UnitId SOCIAL = UnitId.of("u-social");
    static final AppointmentId A_CISO = AppointmentId.of("a-ciso");
    static final AppointmentId A_ISO = AppointmentId.of("a-iso");

    /** A municipality that satisfies every structural rule. */
    static Organisation municipality() {
        return Organisation.builder(OrganisationId.of("gemeente-test"), Sector.MUNICIPALITY)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY).governingBody(GoverningBody.PORTFOLIO_HOLDER)
                .unit(Unit.top(TOP))
                .unit(Unit.under(IT_DEPT, TOP).withItDepartment(true))
                .unit(Unit.under(SOCIAL, TOP).withNeedsIso(true))
                .process(new Process(ProcessId.of("pr-benefits"), OWNER, SOCIAL))
                .appointment(Appointment.of(A_CISO, CISO, Catalogs.CISO_MUNICIPALITY, TOP, Fte.ONE))
                .appointment(Appointment.of(A_ISO, ISO, Catalogs.ISO, SOCIAL, Fte.ONE).withCovers(Set.of(SOCIAL)))
                .appointment(Appointment.of(AppointmentId.of("a-owner"), OWNER, RoleId.of("line-manager"), SOCIAL,
                        Fte.ONE))
                .appointment(Appointment.of(AppointmentId.of("a-it"), IT, Catalogs.IT_MANAGER, IT_DEPT, Fte.ONE))
                .line(ReportingLine.toBody(A_CISO, ReportingLine.Kind.HIERARCHICAL, GoverningBody.MUNICIPAL_SECRETARY))
                .line(ReportingLine.toBody(A_CISO, ReportingLine.Kind.FUNCTIONAL, GoverningBody.PORTFOLIO_HOLDER))
                .line(ReportingLine.toAppointment(A_ISO, ReportingLine.Kind.FUNCTIONAL, A_CISO))
                .build();
    }
}
