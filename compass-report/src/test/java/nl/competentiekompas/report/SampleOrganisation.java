package nl.competentiekompas.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.Scope;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Norm;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;

/**
 * A municipality on the sample catalog whose CISO also does ISO work and is over his or her FTE, with
 * hand-made findings of every severity, one risk accepted until next year and one whose acceptance expired.
 * Every free text passes through a function.
 */
final class SampleOrganisation {

    static final PersonId CISO = PersonId.of("p-ciso-01");
    static final PersonId ISO = PersonId.of("p-iso-01");
    static final PersonId IT = PersonId.of("p-it-01");
    static final UnitId TOP = UnitId.of("u-top");
    static final UnitId IT_DEPT = UnitId.of("u-ict");
    static final UnitId SOCIAL = UnitId.of("u-sociaal-domein");
    static final UnitId CITY = UnitId.of("u-stadsbeheer");

    final Catalog catalog;
    final Organisation organisation;
    final Allocation allocation;
    final Evaluation evaluation;

    private SampleOrganisation(Catalog catalog, UnaryOperator<String> text) {
        this.catalog = catalog;
        AppointmentId ciso = AppointmentId.of("a-ciso");
        AppointmentId iso = AppointmentId.of("a-iso");
        organisation = Organisation.builder(OrganisationId.of("gemeente-voorbeeld"), Sector.MUNICIPALITY)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY).governingBody(GoverningBody.PORTFOLIO_HOLDER)
                .unit(Unit.top(TOP))
                .unit(Unit.under(IT_DEPT, TOP).withItDepartment(true))
                .unit(Unit.under(SOCIAL, TOP).withNeedsIso(true))
                .unit(Unit.under(CITY, TOP).withNeedsIso(true))
                .appointment(Appointment.of(ciso, CISO, SampleCatalog.CISO, TOP, Fte.ofThousandths(700)))
                .appointment(Appointment.of(iso, ISO, SampleCatalog.ISO, SOCIAL, Fte.ONE).withCovers(Set.of(SOCIAL)))
                .appointment(Appointment.of(AppointmentId.of("a-it"), IT, RoleId.of("it-manager"), IT_DEPT, Fte.ONE))
                .line(ReportingLine.toBody(ciso, ReportingLine.Kind.HIERARCHICAL, GoverningBody.MUNICIPAL_SECRETARY))
                .line(ReportingLine.toBody(ciso, ReportingLine.Kind.FUNCTIONAL, GoverningBody.PORTFOLIO_HOLDER))
                .line(ReportingLine.toAppointment(iso, ReportingLine.Kind.FUNCTIONAL, ciso))
                .build();
        allocation = Allocation.of(List.of(
                Assignment.of(ResponsibilityId.of("ciso-policy"), Scope.organisation(), CISO, Raci.R, Raci.A),
                Assignment.of(ResponsibilityId.of("ciso-plan"), Scope.organisation(), CISO, Raci.R, Raci.A),
                Assignment.of(ResponsibilityId.of("ciso-incidents"), Scope.organisation(), CISO, Raci.A),
                Assignment.of(ResponsibilityId.of("ciso-incidents"), Scope.organisation(), ISO, Raci.R),
                Assignment.of(ResponsibilityId.of("ciso-incidents"), Scope.organisation(), IT, Raci.C),
                Assignment.of(ResponsibilityId.of("ciso-report"), Scope.organisation(), CISO, Raci.R, Raci.A),
                new Assignment(ResponsibilityId.of("iso-plans"), Scope.unit(CITY), CISO, Set.of(Raci.R, Raci.A),
                        Optional.of(Fte.ofThousandths(400))),
                Assignment.of(ResponsibilityId.of("iso-plans"), Scope.unit(SOCIAL), ISO, Raci.R, Raci.A),
                Assignment.of(ResponsibilityId.of("iso-awareness"), Scope.organisation(), ISO, Raci.R),
                Assignment.of(ResponsibilityId.of("iso-awareness"), Scope.organisation(), CISO, Raci.A, Raci.I)));
        SourceRef sourceB = SourceRef.norm(Norm.BIO2, "2025", "5.02.02");
        SourceRef editorial = SourceRef.editorial(LocalizedText.of(text.apply("Eigen norm voor belasting."),
                text.apply("Our own norm for workload.")));
        Finding doingIsoWork = Finding.of("ciso-doing-iso-work", Severity.WARNING, List.of(CISO.value()),
                LocalizedText.of(text.apply("CISO p-ciso-01 doet ISO-werk: 0,4 fte, 50% van de inzet."),
                        text.apply("CISO p-ciso-01 does ISO work: 0.4 FTE, 50% of the effort.")), List.of(sourceB));
        Finding capacity = Finding.of("capacity", Severity.WARNING, List.of(CISO.value()),
                LocalizedText.of(text.apply("p-ciso-01 heeft 0,8 fte toegewezen bij 0,7 fte."),
                        text.apply("p-ciso-01 is assigned 0.8 FTE against 0.7 FTE.")), List.of(editorial));
        Finding coverage = Finding.of("iso-present", Severity.WARNING, List.of(CITY.value()),
                LocalizedText.of(text.apply("Onderdeel u-stadsbeheer heeft geen ISO."),
                        text.apply("Unit u-stadsbeheer has no ISO.")), List.of(sourceB));
        Finding levelFit = Finding.of("level-fit", Severity.ERROR, List.of("iso-plans"),
                LocalizedText.of(text.apply("Voorbeeldfout op niveau."), text.apply("Sample level error.")),
                List.of(sourceB, editorial));
        Finding info = Finding.of("raci-responsible", Severity.INFO, List.of("ciso-plan"),
                LocalizedText.of(text.apply("Ter informatie."), text.apply("For information.")), List.of(editorial));
        evaluation = Evaluation.of(List.of(doingIsoWork, capacity,
                coverage.withAcceptance(RiskAcceptance.of(coverage, text.apply("Werving loopt."),
                        GoverningBody.MUNICIPAL_SECRETARY, LocalDate.of(2027, 6, 30))),
                levelFit.withAcceptance(RiskAcceptance.of(levelFit, text.apply("Tijdelijk."),
                        GoverningBody.PORTFOLIO_HOLDER, LocalDate.of(2026, 10, 1))),
                info));
    }

    static SampleOrganisation create(Catalog catalog, UnaryOperator<String> text) {
        return new SampleOrganisation(catalog, text);
    }

    static SampleOrganisation create() {
        return create(SampleCatalog.create(), UnaryOperator.identity());
    }

    Report allocationReport() {
        return Reports.allocation(catalog, organisation, allocation, evaluation);
    }
}
