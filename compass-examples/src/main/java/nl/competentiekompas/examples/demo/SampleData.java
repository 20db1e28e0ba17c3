package nl.competentiekompas.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.allocation.Scope;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.Certification;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.Sector;
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
 * The fictional sample data of the demo: the municipality of Zeestad and the Rivierland hospital, each with a
 * CISO, ISOs, decentral ISOs and process owners, a few deliberate rule violations, assessments of the two
 * CISOs from every perspective in two annual reviews, and three candidates for a CISO vacancy.
 *
 * <p>Everything is fixed: the same data every run, so the demo's output is the same bytes every run. People
 * are pseudonymous ids only.
 */
public final class SampleData {

    /** The date of the latest review, used as "today" by the demo. */
    public static final LocalDate REVIEW_DATE = LocalDate.of(2026, 11, 16);
    /** The date of the review a year before. */
    public static final LocalDate PREVIOUS_REVIEW_DATE = LocalDate.of(2025, 11, 17);

    /** The municipal CISO. */
    public static final PersonId MUNICIPAL_CISO = PersonId.of("zs-0101");
    /** The hospital CISO, who holds the role as a side job. */
    public static final PersonId HOSPITAL_CISO = PersonId.of("rl-0201");

    private final Catalog catalog = Catalogs.builtIn();

    /** Creates the sample data on the bundled catalog. */
    public SampleData() {
    }

    /**
     * The catalog the data is written against.
     *
     * @return the bundled catalog
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * The municipality of Zeestad. Deliberate faults: the decentral ISO of Ruimte has no line to the CISO, and
     * the allocation lets the CISO do operational ISO work and gives one task two accountables.
     *
     * @return the organisation
     */
    public Organisation municipality() {
        UnitId concern = UnitId.of("concernstaf");
        UnitId operations = UnitId.of("bedrijfsvoering");
        UnitId it = UnitId.of("ict");
        UnitId social = UnitId.of("sociaal-domein");
        UnitId civil = UnitId.of("publiekszaken");
        UnitId space = UnitId.of("ruimte");
        AppointmentId ciso = AppointmentId.of("zs-ciso");
        AppointmentId iso = AppointmentId.of("zs-iso");
        AppointmentId diso = AppointmentId.of("zs-diso-ruimte");
        return Organisation.builder(OrganisationId.of("gemeente-zeestad"), Sector.MUNICIPALITY)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY)
                .governingBody(GoverningBody.PORTFOLIO_HOLDER)
                .unit(Unit.top(concern))
                .unit(Unit.top(operations))
                .unit(new Unit(it, Optional.of(operations), true, false))
                .unit(new Unit(social, Optional.empty(), false, true))
                .unit(new Unit(civil, Optional.empty(), false, true))
                .unit(new Unit(space, Optional.empty(), false, true))
                .appointment(Appointment.of(ciso, MUNICIPAL_CISO, Catalogs.CISO_MUNICIPALITY, concern, fte("0.9")))
                .appointment(new Appointment(iso, PersonId.of("zs-0102"), Catalogs.ISO, operations, fte("0.8"), false,
                        Set.of(social, civil)))
                .appointment(Appointment.of(diso, PersonId.of("zs-0103"), Catalogs.DISO, space, fte("0.5")))
                .appointment(Appointment.of(AppointmentId.of("zs-it-manager"), PersonId.of("zs-0104"),
                        Catalogs.IT_MANAGER, it, fte("1")))
                .appointment(Appointment.of(AppointmentId.of("zs-po-uitkeringen"), PersonId.of("zs-0105"),
                        Catalogs.LINE_MANAGER, social, fte("1")))
                .appointment(Appointment.of(AppointmentId.of("zs-po-reisdocumenten"), PersonId.of("zs-0106"),
                        Catalogs.LINE_MANAGER, civil, fte("1")))
                .appointment(Appointment.of(AppointmentId.of("zs-po-vergunningen"), PersonId.of("zs-0107"),
                        Catalogs.LINE_MANAGER, space, fte("1")))
                .line(ReportingLine.toBody(ciso, ReportingLine.Kind.HIERARCHICAL, GoverningBody.MUNICIPAL_SECRETARY))
                .line(ReportingLine.toBody(ciso, ReportingLine.Kind.FUNCTIONAL, GoverningBody.PORTFOLIO_HOLDER))
                .line(ReportingLine.toAppointment(iso, ReportingLine.Kind.FUNCTIONAL, ciso))
                .process(new Process(ProcessId.of("uitkeringen"), PersonId.of("zs-0105"), social))
                .process(new Process(ProcessId.of("reisdocumenten"), PersonId.of("zs-0106"), civil))
                .process(new Process(ProcessId.of("omgevingsvergunningen"), PersonId.of("zs-0107"), space))
                .build();
    }

    /**
     * The Rivierland hospital, an essential entity. Deliberate faults: the CISO sits under the IT department and
     * reports to the IT manager instead of the board.
     *
     * @return the organisation
     */
    public Organisation hospital() {
        UnitId staff = UnitId.of("bestuursstaf");
        UnitId it = UnitId.of("ict");
        UnitId care = UnitId.of("zorg");
        UnitId support = UnitId.of("ondersteuning");
        AppointmentId ciso = AppointmentId.of("rl-ciso");
        AppointmentId itManager = AppointmentId.of("rl-it-manager");
        AppointmentId iso = AppointmentId.of("rl-iso");
        return Organisation.builder(OrganisationId.of("ziekenhuis-rivierland"), Sector.HEALTHCARE)
                .essentialEntity(true)
                .governingBody(GoverningBody.BOARD_OF_DIRECTORS)
                .unit(Unit.top(staff))
                .unit(new Unit(it, Optional.empty(), true, false))
                .unit(new Unit(care, Optional.empty(), false, true))
                .unit(new Unit(support, Optional.empty(), false, true))
                .appointment(new Appointment(ciso, HOSPITAL_CISO, Catalogs.CISO_HEALTHCARE, it, fte("0.5"), true,
                        Set.of()))
                .appointment(Appointment.of(itManager, PersonId.of("rl-0204"), Catalogs.IT_MANAGER, it, fte("1")))
                .appointment(new Appointment(iso, PersonId.of("rl-0202"), Catalogs.ISO, staff, fte("0.8"), false,
                        Set.of(care, support)))
                .appointment(Appointment.of(AppointmentId.of("rl-po-epd"), PersonId.of("rl-0205"),
                        Catalogs.LINE_MANAGER, care, fte("1")))
                .appointment(Appointment.of(AppointmentId.of("rl-po-lab"), PersonId.of("rl-0206"),
                        Catalogs.LINE_MANAGER, support, fte("1")))
                .line(ReportingLine.toAppointment(ciso, ReportingLine.Kind.HIERARCHICAL, itManager))
                .line(ReportingLine.toAppointment(iso, ReportingLine.Kind.FUNCTIONAL, ciso))
                .process(new Process(ProcessId.of("elektronisch-patientendossier"), PersonId.of("rl-0205"), care))
                .process(new Process(ProcessId.of("laboratorium"), PersonId.of("rl-0206"), support))
                .build();
    }

    /**
     * The municipality's allocation: the proposal, then two changes made by hand that break rules — the CISO
     * takes an operational ISO task as Responsible, and a process owner is made a second Accountable.
     *
     * @param municipality the municipality
     * @return the allocation
     */
    public Allocation municipalAllocation(Organisation municipality) {
        List<Assignment> assignments = new ArrayList<>(Allocator.propose(municipality, catalog).assignments());
        RoleProfile iso = catalog.requireProfile(Catalogs.ISO);
        ResponsibilityId isoTask = iso.responsibilities().get(0).id();
        assignments.add(Assignment.of(isoTask, Scope.unit(UnitId.of("ruimte")), MUNICIPAL_CISO, Raci.R));
        ResponsibilityId policy = catalog.requireProfile(Catalogs.CISO_MUNICIPALITY).responsibilities().get(0).id();
        assignments.add(Assignment.of(policy, Scope.organisation(), PersonId.of("zs-0105"), Raci.A));
        return Allocation.of(assignments);
    }

    /**
     * The hospital's allocation: the proposal as the allocator makes it.
     *
     * @param hospital the hospital
     * @return the allocation
     */
    public Allocation hospitalAllocation(Organisation hospital) {
        return Allocator.propose(hospital, catalog);
    }

    /**
     * The assessments of the two CISOs: for the hospital CISO from every perspective (self, board, manager, HR
     * and three peers) in two annual reviews; for the municipal CISO self, board and two peers (too few peers
     * to show).
     *
     * @return the assessments
     */
    public List<Assessment> assessments() {
        List<Assessment> all = new ArrayList<>();
        RoleProfile healthcare = catalog.requireProfile(Catalogs.CISO_HEALTHCARE);
        // competency order of the profile: advisory, strategic, risk, social, project, sensitivity, motivating
        int[] selfThen = {3, 3, 2, 3, 2, 3, 2};
        int[] selfNow = {4, 4, 3, 4, 3, 3, 3};
        int[] boardNow = {3, 3, 3, 4, 3, 3, 2};
        int[] managerNow = {3, 4, 3, 4, 4, 3, 2};
        int[] hrNow = {3, 3, 3, 5, 3, 4, 3};
        int[][] peersNow = {{3, 3, 3, 4, 4, 4, 2}, {2, 3, 3, 5, 3, 3, 3}, {3, 4, 2, 4, 3, 4, 3}};
        int[] boardThen = {2, 3, 2, 3, 2, 3, 2};
        all.add(assessment(healthcare, HOSPITAL_CISO, HOSPITAL_CISO, Perspective.SELF, PREVIOUS_REVIEW_DATE, selfThen));
        all.add(assessment(healthcare, HOSPITAL_CISO, PersonId.of("rl-0210"), Perspective.BOARD, PREVIOUS_REVIEW_DATE,
                boardThen));
        all.add(assessment(healthcare, HOSPITAL_CISO, HOSPITAL_CISO, Perspective.SELF, REVIEW_DATE, selfNow));
        all.add(assessment(healthcare, HOSPITAL_CISO, PersonId.of("rl-0210"), Perspective.BOARD, REVIEW_DATE, boardNow));
        all.add(assessment(healthcare, HOSPITAL_CISO, PersonId.of("rl-0211"), Perspective.MANAGER, REVIEW_DATE,
                managerNow));
        all.add(assessment(healthcare, HOSPITAL_CISO, PersonId.of("rl-0212"), Perspective.HR, REVIEW_DATE, hrNow));
        for (int i = 0; i < peersNow.length; i++) {
            all.add(assessment(healthcare, HOSPITAL_CISO, PersonId.of("rl-022" + i), Perspective.PEER, REVIEW_DATE,
                    peersNow[i]));
        }
        RoleProfile municipal = catalog.requireProfile(Catalogs.CISO_MUNICIPALITY);
        all.add(assessment(municipal, MUNICIPAL_CISO, MUNICIPAL_CISO, Perspective.SELF, REVIEW_DATE,
                new int[] {4, 4, 4, 3, 3, 4, 3}));
        all.add(assessment(municipal, MUNICIPAL_CISO, PersonId.of("zs-0110"), Perspective.BOARD, REVIEW_DATE,
                new int[] {4, 3, 4, 3, 3, 3, 3}));
        all.add(assessment(municipal, MUNICIPAL_CISO, PersonId.of("zs-0120"), Perspective.PEER, REVIEW_DATE,
                new int[] {3, 3, 4, 3, 3, 3, 3}));
        all.add(assessment(municipal, MUNICIPAL_CISO, PersonId.of("zs-0121"), Perspective.PEER, REVIEW_DATE,
                new int[] {4, 3, 3, 2, 3, 3, 3}));
        return List.copyOf(all);
    }

    private static Assessment assessment(RoleProfile profile, PersonId subject, PersonId rater, Perspective perspective,
            LocalDate date, int[] scores) {
        Assessment.Builder builder = Assessment.builder(profile, subject, rater, perspective, date);
        List<CompetencyId> competencies = profile.competencyTargets().stream().map(t -> t.competency()).toList();
        for (int i = 0; i < competencies.size(); i++) {
            builder.score(competencies.get(i), scores[i]);
        }
        if (perspective == Perspective.SELF) {
            builder.reflection(Catalogs.RISK_MANAGEMENT,
                    "Risico's breng ik goed in kaart, maar mijn adviezen aan het bestuur kunnen concreter.")
                    .action(Catalogs.RISK_MANAGEMENT, "Elk kwartaal een risicobeeld van één pagina voor het bestuur.")
                    .reflection(Catalogs.MOTIVATING, "Teams haken af als beveiliging als controle voelt.")
                    .action(Catalogs.MOTIVATING, "Met twee afdelingen een pilot met veilige-werkplekgesprekken.")
                    .developmentGoal("CISM-certificering halen")
                    .developmentGoal("Informatieveiligheid vast agendapunt in het bestuursoverleg");
        }
        return builder.build();
    }

    /**
     * Three candidates for a CISO vacancy in healthcare: one with CISM, one with CISSP, one whose CISM has
     * expired.
     *
     * @return the candidates
     */
    public List<Candidate> candidates() {
        LocalDate issued = LocalDate.of(2021, 3, 1);
        return List.of(
                Candidate.of(PersonId.of("kandidaat-01")).withEducation(List.of("wo"))
                        .withCertifications(List.of(new Certification("cism", issued,
                                Optional.of(LocalDate.of(2027, 3, 1)))))
                        .withKnowledge(List.of("nen-7510", "nis2-cbw", "avg-gdpr", "technology"))
                        .withExperienceYears(Map.of("security-practice", 7, "behaviour-change", 3,
                                "security-projects", 4)),
                Candidate.of(PersonId.of("kandidaat-02")).withEducation(List.of("hbo"))
                        .withCertifications(List.of(new Certification("cissp", issued, Optional.empty())))
                        .withKnowledge(List.of("nen-7510", "avg-gdpr", "technology"))
                        .withExperienceYears(Map.of("security-practice", 6, "behaviour-change", 2,
                                "security-projects", 2)),
                Candidate.of(PersonId.of("kandidaat-03")).withEducation(List.of("wo"))
                        .withCertifications(List.of(new Certification("cism", LocalDate.of(2019, 1, 1),
                                Optional.of(LocalDate.of(2025, 1, 1)))))
                        .withKnowledge(List.of("nen-7510", "nis2-cbw", "avg-gdpr", "technology"))
                        .withExperienceYears(Map.of("security-practice", 4, "behaviour-change", 1,
                                "security-projects", 1)));
    }

    private static Fte fte(String value) {
        return Fte.parse(value);
    }
}
