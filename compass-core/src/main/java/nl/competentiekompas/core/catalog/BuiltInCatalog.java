package nl.competentiekompas.core.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import nl.competentiekompas.core.internal.TextBundle;

import static nl.competentiekompas.core.catalog.Level.OPERATIONAL;
import static nl.competentiekompas.core.catalog.Level.STRATEGIC;
import static nl.competentiekompas.core.catalog.Level.TACTICAL;
import static nl.competentiekompas.core.catalog.Necessity.PREFERRED;
import static nl.competentiekompas.core.catalog.Necessity.REQUIRED;
import static nl.competentiekompas.core.catalog.RequirementKind.CERTIFICATION;
import static nl.competentiekompas.core.catalog.RequirementKind.EDUCATION;
import static nl.competentiekompas.core.catalog.RequirementKind.EXPERIENCE;
import static nl.competentiekompas.core.catalog.RequirementKind.KNOWLEDGE;
import static nl.competentiekompas.core.catalog.TaskDomain.ADVISING;
import static nl.competentiekompas.core.catalog.TaskDomain.COORDINATING;
import static nl.competentiekompas.core.catalog.TaskDomain.EXECUTING;
import static nl.competentiekompas.core.catalog.TaskDomain.POLICY_AND_PLANNING;
import static nl.competentiekompas.core.catalog.TaskDomain.REPORTING;
import static nl.competentiekompas.core.catalog.TaskDomain.SUPPORTING;

/**
 * Builds the bundled catalog from Java code (structure, levels, topics, efforts, sources) and the nl/en
 * bundles (texts).
 *
 * <p>Every text comes from {@code catalog_nl.properties} and {@code catalog_en.properties} under a key derived
 * from the item's id: {@code responsibility.<id>}, {@code question.<id>.<perspective>}, {@code
 * requirement.<id>}, {@code option.<code>}, {@code competency.<id>.name}, {@code profile.<id>.summary}, and so
 * on. Levels, topics, scopes and efforts are editorial: the sources give none.
 */
final class BuiltInCatalog {

    /** The id of the healthcare CISO competency compass (source A). */
    public static final String COMPASS_ID = "competentiekompas-ciso-zorg";
    /** The id of the CISO-versus-ISO article for municipalities (source B). */
    public static final String ARTICLE_ID = "ciso-versus-iso-gemeente";

    /** Source A's headings of the six task domains, also the themes of its reflection questions. */
    private static final Map<TaskDomain, String> COMPASS_HEADINGS = headings();

    private static final String COMPETENCIES = "Competenties";
    private static final String KNOWLEDGE_AND_EXPERIENCE = "Kennis en ervaring";
    private static final String ARTICLE_CISO = "De Chief Information Security Officer (CISO)";
    private static final String ARTICLE_CISO_TASKS = "Takenpakket CISO";
    private static final String ARTICLE_ISO = "De Information Security Officer";
    private static final String ARTICLE_ISO_TASKS = "Takenpakket ISO";
    private static final String ARTICLE_DIFFERENCES = "De verschillen?";

    /** The source A competencies in the order of its reflection form. */
    private static final List<CompetencyId> COMPETENCY_ORDER = List.of(Catalogs.ADVISORY_SKILLS,
            Catalogs.STRATEGIC_INSIGHT, Catalogs.RISK_MANAGEMENT, Catalogs.SOCIAL_SKILLS, Catalogs.PROJECT_MANAGEMENT,
            Catalogs.ORGANISATIONAL_SENSITIVITY, Catalogs.MOTIVATING);

    /** Source A's footnote: in a side job, start with these three. */
    private static final Set<CompetencyId> START_HERE = Set.of(Catalogs.RISK_MANAGEMENT, Catalogs.ADVISORY_SKILLS,
            Catalogs.MOTIVATING);

    private final Texts texts;
    private final SourceDocument compass;
    private final SourceDocument article;

    private BuiltInCatalog(Texts texts) {
        this.texts = texts;
        this.compass = new SourceDocument(COMPASS_ID, texts.text("document." + COMPASS_ID + ".title"),
                "Programma Informatieveilig gedrag in de zorg (stichting ECP, in opdracht van het ministerie van VWS)",
                2025);
        this.article = new SourceDocument(ARTICLE_ID, texts.text("document." + ARTICLE_ID + ".title"),
                "Erna Havinga", 2023);
    }

    /**
     * Builds the catalog.
     *
     * @return the bundled catalog; never null
     * @throws IllegalStateException if a text is missing in either bundle (a bug in the catalog)
     */
    static Catalog create() {
        return new BuiltInCatalog(new Texts(TextBundle.load(BuiltInCatalog.class, "catalog"))).build();
    }

    private Catalog build() {
        Catalog.Builder catalog = Catalog.builder("competentiekompas")
                .version("2026.1")
                .name(texts.text("catalog.name"))
                .document(compass)
                .document(article)
                .attribution(new Attribution(compass, texts.text("attribution." + COMPASS_ID)))
                .attribution(new Attribution(article, texts.text("attribution." + ARTICLE_ID)));
        for (CompetencyId id : COMPETENCY_ORDER) {
            catalog.competency(new Competency(id, texts.text("competency." + id + ".name"),
                    texts.text("competency." + id + ".description"), List.of(source(compass, COMPETENCIES))));
        }
        return catalog
                .profile(cisoHealthcare())
                .profile(cisoMunicipality())
                .profile(iso())
                .profile(diso())
                .profile(processOwner())
                .otherRole(role(Catalogs.IT_MANAGER, source(article, ARTICLE_CISO_TASKS), editorial("other-roles")))
                .otherRole(role(Catalogs.PRIVACY_OFFICER, editorial("other-roles")))
                .otherRole(role(Catalogs.LINE_MANAGER, source(article, ARTICLE_CISO), editorial("other-roles")))
                .build();
    }

    // ---------------------------------------------------------------------------------------------------
    // ciso-healthcare: source A

    private RoleProfile cisoHealthcare() {
        RoleProfile.Builder profile = profile(Catalogs.CISO_HEALTHCARE, RoleKind.CISO, Sector.HEALTHCARE)
                .source(source(compass, "Onderdeel 1: profiel CISO"))
                .source(source(compass, "Onderdeel 2: Reflectievragen en reflectieformulier competenties"));
        SourceRef classified = editorial("classification-compass");

        Task policy = compassTask(POLICY_AND_PLANNING, classified);
        profile.responsibility(policy.item("hc-policy-frameworks", STRATEGIC, Topic.POLICY, 80,
                Norm.AVG_GDPR, Norm.NIS2_CBW, Norm.NEN_7510));
        profile.responsibility(policy.item("hc-annual-plans", TACTICAL, Topic.PLANNING, 30));
        profile.responsibility(policy.item("hc-external-developments", STRATEGIC, Topic.KNOWLEDGE, 30));
        profile.responsibility(policy.item("hc-isms", TACTICAL, Topic.ISMS, 60));

        Task coordinating = compassTask(COORDINATING, classified);
        profile.responsibility(coordinating.item("hc-coordinate-programme", TACTICAL, Topic.PROJECTS, 50));
        profile.responsibility(coordinating.item("hc-nen-7510-compliance", TACTICAL, Topic.COMPLIANCE_AUDIT, 40,
                Norm.NEN_7510));
        profile.responsibility(coordinating.item("hc-align-departments", TACTICAL, Topic.COORDINATION, 50));
        profile.responsibility(coordinating.item("hc-major-incidents", STRATEGIC, Topic.INCIDENT, 30));
        profile.responsibility(coordinating.item("hc-assessments-audits", TACTICAL, Topic.COMPLIANCE_AUDIT, 30));

        Task executing = compassTask(EXECUTING, classified);
        profile.responsibility(executing.item("hc-supervise-compliance", TACTICAL, Topic.COMPLIANCE_AUDIT, 50));
        profile.responsibility(executing.item("hc-guidelines-standards", TACTICAL, Topic.POLICY, 30));
        profile.responsibility(executing.item("hc-budget", TACTICAL, Topic.BUDGET, 20));
        profile.responsibility(executing.item("hc-behaviour-interventions", TACTICAL, Topic.AWARENESS, 50));
        profile.responsibility(executing.item("hc-external-contacts", OPERATIONAL, Topic.EXTERNAL_LIAISON, 20));
        profile.responsibility(executing.item("hc-ciso-networks", OPERATIONAL, Topic.KNOWLEDGE, 10));

        Task supporting = compassTask(SUPPORTING, classified);
        profile.responsibility(supporting.item("hc-point-of-contact", STRATEGIC, Topic.ADVICE, 30));
        profile.responsibility(supporting.item("hc-support-managers-awareness", OPERATIONAL, Topic.AWARENESS, 40));
        profile.responsibility(supporting.item("hc-represent-externally", TACTICAL, Topic.EXTERNAL_LIAISON, 20));
        profile.responsibility(supporting.item("hc-knowledge-networks", OPERATIONAL, Topic.KNOWLEDGE, 10));

        Task advising = compassTask(ADVISING, classified);
        profile.responsibility(advising.item("hc-advise-strategy", STRATEGIC, Topic.ADVICE, 50));
        profile.responsibility(advising.item("hc-advise-innovation", STRATEGIC, Topic.ADVICE, 30, Norm.NIS2_CBW));
        profile.responsibility(advising.item("hc-advise-crisis-team", STRATEGIC, Topic.INCIDENT, 20));

        Task reporting = compassTask(REPORTING, classified);
        profile.responsibility(reporting.item("hc-periodic-reporting", STRATEGIC, Topic.REPORTING, 40));
        profile.responsibility(reporting.item("hc-visible-results", TACTICAL, Topic.REPORTING, 20));

        SourceRef targets = editorial("targets");
        SourceRef footnote = source(compass, COMPETENCIES + ", voetnoot 1");
        targets(profile, new int[] {4, 4, 4, 4, 4, 4, 4}, targets, footnote);

        SourceRef knowledge = source(compass, KNOWLEDGE_AND_EXPERIENCE);
        profile.requirement(requirement("hc-education", EDUCATION, REQUIRED, knowledge,
                option("hbo"), option("wo"), option("equivalent")));
        profile.requirement(requirement("hc-certification", CERTIFICATION, REQUIRED, knowledge,
                preferredOption("cism"), option("cissp")));
        profile.requirement(requirement("hc-knowledge-nen-7510", KNOWLEDGE, REQUIRED, knowledge, option("nen-7510")));
        profile.requirement(requirement("hc-knowledge-nis2-cbw", KNOWLEDGE, REQUIRED, knowledge, option("nis2-cbw")));
        profile.requirement(requirement("hc-knowledge-avg-gdpr", KNOWLEDGE, REQUIRED, knowledge, option("avg-gdpr")));
        profile.requirement(requirement("hc-technical-knowledge", KNOWLEDGE, REQUIRED, knowledge,
                option("technology")));
        profile.requirement(experience("hc-experience-security", REQUIRED, 5, knowledge, option("security-practice")));
        profile.requirement(requirement("hc-experience-behaviour-change", EXPERIENCE, REQUIRED, knowledge,
                option("behaviour-change")));
        profile.requirement(requirement("hc-experience-security-projects", EXPERIENCE, REQUIRED, knowledge,
                option("security-projects")));

        profile.placement(new Placement(Set.of(GoverningBody.BOARD_OF_DIRECTORS), List.of(), true, true,
                texts.text("placement." + Catalogs.CISO_HEALTHCARE), List.of(
                        source(compass, "Plaats in de organisatie"),
                        SourceRef.norm(Norm.BIO2, "2025", "5.02.02"),
                        editorial("placement-it-healthcare"))));

        SourceRef variants = editorial("question-variants");
        questions(profile, REPORTING, 3, variants);
        questions(profile, ADVISING, 3, variants);
        questions(profile, COORDINATING, 3, variants);
        questions(profile, SUPPORTING, 3, variants);
        questions(profile, POLICY_AND_PLANNING, 4, variants);
        questions(profile, EXECUTING, 3, variants);
        profile.reflectionForm(new ReflectionForm(COMPETENCY_ORDER, ReflectionForm.MAX_DEVELOPMENT_GOALS));
        return profile.build();
    }

    // ---------------------------------------------------------------------------------------------------
    // ciso-municipality: source B

    private RoleProfile cisoMunicipality() {
        SourceRef bio = SourceRef.norm(Norm.BIO, "2019", "6.1.1");
        SourceRef bio2 = SourceRef.norm(Norm.BIO2, "2025", "5.02.02");
        RoleProfile.Builder profile = profile(Catalogs.CISO_MUNICIPALITY, RoleKind.CISO, Sector.MUNICIPALITY)
                .source(source(article, ARTICLE_CISO))
                .source(source(article, ARTICLE_CISO_TASKS))
                .source(bio)
                .source(bio2);
        SourceRef tasks = source(article, ARTICLE_CISO_TASKS);
        SourceRef classified = editorial("classification-article");
        ScopeKind org = ScopeKind.ORGANISATION;
        profile.responsibility(new Task(POLICY_AND_PLANNING, org, tasks, classified)
                .item("mun-security-policy", STRATEGIC, Topic.POLICY, 100));
        profile.responsibility(new Task(ADVISING, org, tasks, classified)
                .item("mun-advise-process-owners", STRATEGIC, Topic.ADVICE, 80));
        profile.responsibility(new Task(POLICY_AND_PLANNING, org, tasks, classified)
                .item("mun-security-organisation", TACTICAL, Topic.ISMS, 60));
        profile.responsibility(new Task(COORDINATING, org, tasks, classified)
                .item("mun-incident-coordination", TACTICAL, Topic.INCIDENT, 60));
        profile.responsibility(new Task(COORDINATING, org, tasks, classified)
                .item("mun-security-domains", TACTICAL, Topic.COORDINATION, 40));
        profile.responsibility(new Task(EXECUTING, org, tasks, classified)
                .item("mun-compliance-supervision", TACTICAL, Topic.COMPLIANCE_AUDIT, 60));
        profile.responsibility(new Task(SUPPORTING, org, tasks, classified)
                .item("mun-awareness", TACTICAL, Topic.AWARENESS, 50));
        profile.responsibility(new Task(POLICY_AND_PLANNING, org, tasks, classified)
                .item("mun-future-risks", STRATEGIC, Topic.KNOWLEDGE, 40));
        profile.responsibility(new Task(ADVISING, org, tasks, classified)
                .item("mun-risk-analyses", TACTICAL, Topic.RISK_ANALYSIS, 60));
        profile.responsibility(new Task(REPORTING, org, tasks, classified)
                .item("mun-measure-report", STRATEGIC, Topic.REPORTING, 60));

        targets(profile, new int[] {4, 4, 4, 4, 4, 4, 4}, editorial("targets"), editorial("start-here-municipality"));

        SourceRef requirements = editorial("requirements");
        profile.requirement(requirement("mun-education", EDUCATION, REQUIRED, requirements,
                option("hbo"), option("wo"), option("equivalent")));
        profile.requirement(requirement("mun-knowledge-bio", KNOWLEDGE, REQUIRED, requirements, option("bio")));
        profile.requirement(requirement("mun-certification", CERTIFICATION, PREFERRED, requirements,
                option("cism"), option("cissp")));
        profile.requirement(experience("mun-experience-security", PREFERRED, 5, requirements,
                option("security-practice")));

        profile.placement(new Placement(Set.of(GoverningBody.MUNICIPAL_SECRETARY, GoverningBody.PORTFOLIO_HOLDER),
                List.of(), true, true, texts.text("placement." + Catalogs.CISO_MUNICIPALITY),
                List.of(source(article, ARTICLE_CISO_TASKS), bio, bio2)));
        return profile.build();
    }

    // ---------------------------------------------------------------------------------------------------
    // iso and diso: source B

    private RoleProfile iso() {
        RoleProfile.Builder profile = profile(Catalogs.ISO, RoleKind.ISO, Sector.MUNICIPALITY, Sector.HEALTHCARE)
                .source(source(article, ARTICLE_ISO))
                .source(source(article, ARTICLE_ISO_TASKS));
        SourceRef tasks = source(article, ARTICLE_ISO_TASKS);
        SourceRef classified = editorial("classification-article");
        ScopeKind unit = ScopeKind.UNIT;
        profile.responsibility(new Task(POLICY_AND_PLANNING, unit, tasks, classified)
                .item("iso-operational-plans", OPERATIONAL, Topic.POLICY, 20));
        profile.responsibility(new Task(ADVISING, unit, tasks, classified)
                .item("iso-advise-team-leads", OPERATIONAL, Topic.ADVICE, 20));
        profile.responsibility(new Task(SUPPORTING, unit, tasks, classified)
                .item("iso-support-risk-analyses", OPERATIONAL, Topic.RISK_ANALYSIS, 30, Norm.AVG_GDPR));
        profile.responsibility(new Task(EXECUTING, unit, tasks, classified)
                .item("iso-keep-up-improve", OPERATIONAL, Topic.KNOWLEDGE, 10));
        profile.responsibility(new Task(SUPPORTING, unit, tasks, classified)
                .item("iso-awareness-sessions", OPERATIONAL, Topic.AWARENESS, 20));
        profile.responsibility(new Task(SUPPORTING, unit, tasks, classified)
                .item("iso-point-of-contact", OPERATIONAL, Topic.INCIDENT, 30));
        profile.responsibility(new Task(EXECUTING, unit, tasks, classified)
                .item("iso-implementation-projects", OPERATIONAL, Topic.PROJECTS, 30));

        targets(profile, new int[] {3, 2, 3, 3, 3, 3, 3}, editorial("targets"));

        SourceRef requirements = editorial("requirements");
        profile.requirement(requirement("iso-education", EDUCATION, REQUIRED, requirements,
                option("hbo"), option("equivalent")));
        profile.requirement(requirement("iso-knowledge-baseline", KNOWLEDGE, REQUIRED, requirements,
                option("bio"), option("nen-7510")));
        profile.requirement(requirement("iso-domain-knowledge", KNOWLEDGE, REQUIRED, source(article, ARTICLE_ISO),
                option("domain-knowledge")));
        profile.requirement(requirement("iso-certification", CERTIFICATION, PREFERRED, requirements,
                option("iso-27001-foundation"), option("cism")));
        profile.requirement(experience("iso-experience-security", PREFERRED, 2, requirements,
                option("security-practice")));

        profile.placement(lineToCiso(Catalogs.ISO, source(article, ARTICLE_ISO)));
        return profile.build();
    }

    private RoleProfile diso() {
        RoleProfile.Builder profile = profile(Catalogs.DISO, RoleKind.DECENTRAL_ISO, Sector.MUNICIPALITY,
                Sector.HEALTHCARE)
                .source(source(article, ARTICLE_ISO))
                .source(editorial("diso-tasks"));
        SourceRef iso = source(article, ARTICLE_ISO);
        SourceRef derived = editorial("diso-tasks");
        ScopeKind unit = ScopeKind.UNIT;
        profile.responsibility(new Task(POLICY_AND_PLANNING, unit, iso, derived)
                .item("diso-translate-policy", OPERATIONAL, Topic.POLICY, 50));
        profile.responsibility(new Task(SUPPORTING, unit, iso, derived)
                .item("diso-unit-risk-analyses", OPERATIONAL, Topic.RISK_ANALYSIS, 50));
        profile.responsibility(new Task(EXECUTING, unit, iso, derived)
                .item("diso-unit-measures", OPERATIONAL, Topic.COMPLIANCE_AUDIT, 80));
        profile.responsibility(new Task(SUPPORTING, unit, iso, derived)
                .item("diso-unit-contact", OPERATIONAL, Topic.INCIDENT, 50));
        profile.responsibility(new Task(SUPPORTING, unit, iso, derived)
                .item("diso-unit-awareness", OPERATIONAL, Topic.AWARENESS, 40));

        targets(profile, new int[] {3, 2, 3, 3, 2, 3, 3}, editorial("targets"));

        SourceRef requirements = editorial("requirements");
        profile.requirement(requirement("diso-unit-knowledge", KNOWLEDGE, REQUIRED, source(article, ARTICLE_ISO),
                option("unit-knowledge")));
        profile.requirement(requirement("diso-knowledge-baseline", KNOWLEDGE, REQUIRED, requirements,
                option("bio"), option("nen-7510")));

        profile.placement(lineToCiso(Catalogs.DISO, source(article, ARTICLE_ISO)));
        return profile.build();
    }

    private Placement lineToCiso(RoleId role, SourceRef source) {
        return new Placement(Set.of(), List.of(Catalogs.CISO_MUNICIPALITY, Catalogs.CISO_HEALTHCARE), false, false,
                texts.text("placement." + role), List.of(source, editorial("line-to-ciso")));
    }

    // ---------------------------------------------------------------------------------------------------
    // process-owner: source B and BIO2 5.02.01

    private RoleProfile processOwner() {
        SourceRef bio2 = SourceRef.norm(Norm.BIO2, "2025", "5.02.01");
        RoleProfile.Builder profile = profile(Catalogs.PROCESS_OWNER, RoleKind.PROCESS_OWNER, Sector.MUNICIPALITY,
                Sector.HEALTHCARE)
                .source(source(article, ARTICLE_CISO))
                .source(source(article, ARTICLE_DIFFERENCES))
                .source(bio2);
        SourceRef owner = source(article, ARTICLE_CISO);
        SourceRef derived = editorial("process-owner-tasks");
        ScopeKind process = ScopeKind.PROCESS;
        profile.responsibility(new Task(EXECUTING, process, owner, derived, bio2)
                .item("po-process-security", TACTICAL, Topic.COMPLIANCE_AUDIT, 20));
        profile.responsibility(new Task(COORDINATING, process, owner, derived, bio2)
                .item("po-risk-analyses", TACTICAL, Topic.RISK_ANALYSIS, 20, Norm.AVG_GDPR));
        profile.responsibility(new Task(EXECUTING, process, owner, derived)
                .item("po-baseline-measures", OPERATIONAL, Topic.COMPLIANCE_AUDIT, 30, Norm.BIO, Norm.BIO2));
        profile.responsibility(new Task(POLICY_AND_PLANNING, process, owner, derived, bio2)
                .item("po-residual-risks", TACTICAL, Topic.RISK_ANALYSIS, 10));
        return profile.build();
    }

    // ---------------------------------------------------------------------------------------------------
    // helpers

    /** The shared parts of a group of responsibilities: domain, scope and sources. */
    private final class Task {
        private final TaskDomain domain;
        private final ScopeKind scope;
        private final List<SourceRef> sources;

        Task(TaskDomain domain, ScopeKind scope, SourceRef... sources) {
            this.domain = domain;
            this.scope = scope;
            this.sources = List.of(sources);
        }

        Responsibility item(String id, Level level, Topic topic, int effortThousandths, Norm... norms) {
            return new Responsibility(ResponsibilityId.of(id), domain, level, topic, scope,
                    Fte.ofThousandths(effortThousandths), texts.text("responsibility." + id), Set.of(norms), sources);
        }
    }

    /** A group of source A's responsibilities: one task domain, organisation-wide, cited by its heading. */
    private Task compassTask(TaskDomain domain, SourceRef classified) {
        return new Task(domain, ScopeKind.ORGANISATION, source(compass, COMPASS_HEADINGS.get(domain)), classified);
    }

    private RoleProfile.Builder profile(RoleId id, RoleKind kind, Sector... sectors) {
        return RoleProfile.builder(id).kind(kind).sectors(sectors)
                .name(texts.text("profile." + id + ".name"))
                .summary(texts.text("profile." + id + ".summary"));
    }

    /**
     * Adds the seven targets in source A's order. With start-here sources, the three start-here competencies
     * get {@code startHere} and those sources; without, no competency is marked.
     */
    private static void targets(RoleProfile.Builder profile, int[] levels, SourceRef targets,
            SourceRef... startHere) {
        for (int i = 0; i < COMPETENCY_ORDER.size(); i++) {
            CompetencyId id = COMPETENCY_ORDER.get(i);
            boolean start = startHere.length > 0 && START_HERE.contains(id);
            List<SourceRef> sources = new ArrayList<>();
            sources.add(targets);
            if (start) {
                sources.addAll(List.of(startHere));
            }
            profile.competencyTarget(new CompetencyTarget(id, levels[i], start, sources));
        }
    }

    private Requirement requirement(String id, RequirementKind kind, Necessity necessity, SourceRef source,
            RequirementOption... options) {
        return new Requirement(RequirementId.of(id), kind, necessity, texts.text("requirement." + id),
                List.of(options), OptionalInt.empty(), List.of(source));
    }

    private Requirement experience(String id, Necessity necessity, int years, SourceRef source,
            RequirementOption... options) {
        return new Requirement(RequirementId.of(id), EXPERIENCE, necessity, texts.text("requirement." + id),
                List.of(options), OptionalInt.of(years), List.of(source));
    }

    private RequirementOption option(String code) {
        return new RequirementOption(code, texts.text("option." + code), false);
    }

    private RequirementOption preferredOption(String code) {
        return new RequirementOption(code, texts.text("option." + code), true);
    }

    /** Adds the questions {@code q-<theme>-1} to {@code q-<theme>-<count>} of one theme of source A. */
    private void questions(RoleProfile.Builder profile, TaskDomain theme, int count, SourceRef variants) {
        SourceRef source = source(compass, "Reflectievragen: " + COMPASS_HEADINGS.get(theme));
        for (int number = 1; number <= count; number++) {
            String id = "q-" + theme.id() + "-" + number;
            Map<Perspective, LocalizedText> wordings = new EnumMap<>(Perspective.class);
            for (Perspective perspective : Perspective.values()) {
                wordings.put(perspective, texts.text("question." + id + "." + perspective.id()));
            }
            profile.reflectionQuestion(new ReflectionQuestion(QuestionId.of(id), theme, wordings,
                    List.of(source, variants)));
        }
    }

    private Role role(RoleId id, SourceRef... sources) {
        return new Role(id, texts.text("role." + id), List.of(sources));
    }

    private static SourceRef source(SourceDocument document, String section) {
        return SourceRef.source(document, section);
    }

    private SourceRef editorial(String key) {
        return SourceRef.editorial(texts.text("editorial." + key));
    }

    private static Map<TaskDomain, String> headings() {
        Map<TaskDomain, String> headings = new EnumMap<>(TaskDomain.class);
        headings.put(POLICY_AND_PLANNING, "Planvorming en beleid");
        headings.put(COORDINATING, "Coördineren");
        headings.put(EXECUTING, "Uitvoeren");
        headings.put(SUPPORTING, "Ondersteunen");
        headings.put(ADVISING, "Adviseren");
        headings.put(REPORTING, "Rapporteren");
        return headings;
    }

    /** The catalog's texts as {@link LocalizedText}s. */
    private record Texts(TextBundle bundle) {
        LocalizedText text(String key) {
            return LocalizedText.of(bundle.nl(key), bundle.en(key));
        }
    }
}
