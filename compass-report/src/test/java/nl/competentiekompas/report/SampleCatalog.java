package nl.competentiekompas.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Competency;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.Norm;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.Placement;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.ReflectionQuestion;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.RequirementKind;
import nl.competentiekompas.core.catalog.RequirementOption;
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

/**
 * A small catalog built through the builders, for the reports' tests: two profiles (a CISO and an ISO), four
 * competencies, requirements with alternatives, a placement and sources of every kind. Every text passes
 * through a function, so that a test can put hostile strings into every text field.
 */
final class SampleCatalog {

    static final RoleId CISO = RoleId.of("sample-ciso");
    static final RoleId ISO = RoleId.of("sample-iso");
    static final CompetencyId ADVICE = CompetencyId.of("advisory-skills");
    static final CompetencyId RISK = CompetencyId.of("risk-management");
    static final CompetencyId STRATEGY = CompetencyId.of("strategic-insight");
    static final CompetencyId MOTIVATING = CompetencyId.of("motivating");

    private final UnaryOperator<String> text;

    private SampleCatalog(UnaryOperator<String> text) {
        this.text = text;
    }

    /**
     * The sample catalog with plain texts.
     *
     * @return the catalog
     */
    static Catalog create() {
        return create(UnaryOperator.identity());
    }

    /**
     * The sample catalog with every text passed through a function.
     *
     * @param text the function
     * @return the catalog
     */
    static Catalog create(UnaryOperator<String> text) {
        return new SampleCatalog(text).build();
    }

    private LocalizedText t(String nl, String en) {
        return LocalizedText.of(text.apply(nl), text.apply(en));
    }

    private Catalog build() {
        SourceDocument compass = new SourceDocument("sample-compass", t("Voorbeeldkompas", "Sample compass"),
                text.apply("Stichting Voorbeeld"), 2024);
        SourceRef tasks = SourceRef.source(compass, text.apply("Taken & verantwoordelijkheden"));
        SourceRef bio = SourceRef.norm(Norm.BIO, "2019", "6.1.1");
        SourceRef editorial = SourceRef.editorial(t("Niveau en inzet zijn een eigen keuze.",
                "Level and effort are our own choice."));

        Competency advice = new Competency(ADVICE, t("Adviesvaardigheden", "Advisory skills"),
                t("Geeft gevraagd en ongevraagd advies.", "Gives advice, asked and unasked."), List.of(tasks));
        Competency risk = new Competency(RISK, t("Risicomanagement", "Risk management"),
                t("Weegt risico's en kiest maatregelen.", "Weighs risks and chooses measures."), List.of(tasks));
        Competency strategy = new Competency(STRATEGY, t("Strategisch inzicht", "Strategic insight"),
                t("Ziet de lange lijn.", "Sees the long line."), List.of(tasks));
        Competency motivating = new Competency(MOTIVATING, t("Motiveren", "Motivating"),
                t("Krijgt mensen in beweging.", "Gets people moving."), List.of(tasks));

        RoleProfile ciso = RoleProfile.builder(CISO).kind(RoleKind.CISO)
                .name(t("Voorbeeld-CISO", "Sample CISO"))
                .summary(t("Stuurt informatiebeveiliging op strategisch niveau.",
                        "Steers information security at strategic level."))
                .sectors(Sector.HEALTHCARE, Sector.MUNICIPALITY)
                .responsibility(task("ciso-policy", TaskDomain.POLICY_AND_PLANNING, Level.STRATEGIC, Topic.POLICY,
                        250, t("Stelt het beveiligingsbeleid op.", "Drafts the security policy."),
                        Set.of(Norm.BIO, Norm.NEN_7510), tasks, bio))
                .responsibility(task("ciso-plan", TaskDomain.POLICY_AND_PLANNING, Level.TACTICAL, Topic.PLANNING,
                        100, t("Maakt het jaarplan.", "Makes the annual plan."), Set.of(), tasks, editorial))
                .responsibility(task("ciso-incidents", TaskDomain.COORDINATING, Level.TACTICAL, Topic.INCIDENT,
                        150, t("Coördineert incidenten.", "Coordinates incidents."), Set.of(), tasks, editorial))
                .responsibility(task("ciso-report", TaskDomain.REPORTING, Level.STRATEGIC, Topic.REPORTING,
                        50, t("Rapporteert aan het bestuur.", "Reports to the board."), Set.of(Norm.NIS2_CBW),
                        tasks, editorial))
                .competencyTarget(new CompetencyTarget(ADVICE, 4, true, List.of(editorial)))
                .competencyTarget(new CompetencyTarget(RISK, 5, true, List.of(editorial)))
                .competencyTarget(new CompetencyTarget(STRATEGY, 4, false, List.of(editorial)))
                .competencyTarget(new CompetencyTarget(MOTIVATING, 3, true, List.of(editorial)))
                .requirement(new Requirement(RequirementId.of("ciso-certification"), RequirementKind.CERTIFICATION,
                        Necessity.REQUIRED, t("Een beveiligingscertificaat", "A security certification"),
                        List.of(new RequirementOption("cism", t("CISM", "CISM"), true),
                                new RequirementOption("cissp", t("CISSP", "CISSP"), false)),
                        OptionalInt.empty(), List.of(tasks)))
                .requirement(new Requirement(RequirementId.of("ciso-experience"), RequirementKind.EXPERIENCE,
                        Necessity.PREFERRED, t("Ervaring in complexe organisaties",
                                "Experience in complex organisations"),
                        List.of(new RequirementOption("complex-organisations", t("Complexe organisaties",
                                "Complex organisations"), false)),
                        OptionalInt.of(5), List.of(tasks)))
                .placement(new Placement(Set.of(GoverningBody.BOARD_OF_DIRECTORS), List.of(), true, true,
                        t("Onafhankelijk, dicht bij het bestuur.", "Independent, close to the board."),
                        List.of(tasks, bio)))
                .reflectionQuestion(question("ciso-q-reporting", TaskDomain.REPORTING,
                        "Helpt mijn rapportage het bestuur?", "Does my reporting help the board?", tasks))
                .reflectionQuestion(question("ciso-q-advice", TaskDomain.ADVISING,
                        "Wordt mijn advies gevolgd?", "Is my advice followed?", tasks))
                .source(tasks)
                .build();

        RoleProfile iso = RoleProfile.builder(ISO).kind(RoleKind.ISO)
                .name(t("Voorbeeld-ISO", "Sample ISO"))
                .summary(t("Vertaalt beleid naar maatregelen.", "Turns policy into measures."))
                .sectors(Sector.MUNICIPALITY)
                .responsibility(task("iso-plans", TaskDomain.POLICY_AND_PLANNING, Level.OPERATIONAL,
                        Topic.PLANNING, 200, t("Maakt operationele plannen.", "Makes operational plans."), Set.of(),
                        tasks, editorial))
                .responsibility(task("iso-awareness", TaskDomain.SUPPORTING, Level.OPERATIONAL, Topic.AWARENESS,
                        125, t("Geeft bewustwordingssessies.", "Gives awareness sessions."), Set.of(), tasks,
                        editorial))
                .competencyTarget(new CompetencyTarget(ADVICE, 3, false, List.of(editorial)))
                .competencyTarget(new CompetencyTarget(RISK, 3, false, List.of(editorial)))
                .source(tasks)
                .build();

        return Catalog.builder("sample-catalog").version("2026.1")
                .name(t("Voorbeeldcatalogus", "Sample catalog"))
                .document(compass)
                .attribution(new Attribution(compass, t("Gebaseerd op het Voorbeeldkompas (Stichting Voorbeeld).",
                        "Based on the Sample compass (Stichting Voorbeeld).")))
                .competency(advice).competency(risk).competency(strategy).competency(motivating)
                .profile(ciso).profile(iso)
                .otherRole(new Role(RoleId.of("it-manager"), t("ICT-manager", "IT manager"), List.of(editorial)))
                .build();
    }

    private static Responsibility task(String id, TaskDomain domain, Level level, Topic topic, int effort,
            LocalizedText text, Set<Norm> norms, SourceRef... sources) {
        return new Responsibility(ResponsibilityId.of(id), domain, level, topic, ScopeKind.ORGANISATION,
                Fte.ofThousandths(effort), text, norms, List.of(sources));
    }

    private ReflectionQuestion question(String id, TaskDomain theme, String nl, String en, SourceRef source) {
        Map<Perspective, LocalizedText> wordings = new EnumMap<>(Perspective.class);
        for (Perspective perspective : Perspective.values()) {
            wordings.put(perspective, t(nl, en));
        }
        return new ReflectionQuestion(QuestionId.of(id), theme, wordings, List.of(source));
    }
}
