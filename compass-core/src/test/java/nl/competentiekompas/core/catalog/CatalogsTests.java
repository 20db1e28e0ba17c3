package nl.competentiekompas.core.catalog;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.competentiekompas.core.UnknownIdException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The bundled catalog: what the sources say, our editorial choices marked as such, every text in both languages. */
class CatalogsTests {

    private static final Catalog CATALOG = Catalogs.builtIn();
    private static final String COMPASS = "competentiekompas-ciso-zorg";
    private static final String ARTICLE = "ciso-versus-iso-gemeente";
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** What a text looks like when the bundle handed back its key instead. */
    private static final Pattern BUNDLE_KEY = Pattern.compile("[a-z-]+(\\.[a-z0-9-]+)+");

    /** Source A's headings per task domain, as the document writes them. */
    private static final Map<TaskDomain, String> HEADINGS = Map.of(
            TaskDomain.POLICY_AND_PLANNING, "Planvorming en beleid",
            TaskDomain.COORDINATING, "Coördineren",
            TaskDomain.EXECUTING, "Uitvoeren",
            TaskDomain.SUPPORTING, "Ondersteunen",
            TaskDomain.ADVISING, "Adviseren",
            TaskDomain.REPORTING, "Rapporteren");

    private static final List<CompetencyId> SOURCE_ORDER = List.of(Catalogs.ADVISORY_SKILLS,
            Catalogs.STRATEGIC_INSIGHT, Catalogs.RISK_MANAGEMENT, Catalogs.SOCIAL_SKILLS, Catalogs.PROJECT_MANAGEMENT,
            Catalogs.ORGANISATIONAL_SENSITIVITY, Catalogs.MOTIVATING);

    private static RoleProfile profile(RoleId id) {
        return CATALOG.requireProfile(id);
    }

    private static Map<TaskDomain, Long> countByDomain(List<Responsibility> responsibilities) {
        return responsibilities.stream().collect(groupingBy(Responsibility::domain, () -> new EnumMap<>(TaskDomain.class),
                counting()));
    }

    private static Fte total(RoleProfile profile) {
        return profile.responsibilities().stream().map(Responsibility::defaultEffort).reduce(Fte.ZERO, Fte::plus);
    }

    private static boolean citesSource(List<SourceRef> sources, String document, Predicate<String> section) {
        return sources.stream().anyMatch(s -> s instanceof SourceRef.Source source
                && source.document().id().equals(document) && section.test(source.section()));
    }

    private static boolean citesNorm(List<SourceRef> sources, Norm norm, String version, String clause) {
        return sources.contains(SourceRef.norm(norm, version, clause));
    }

    private static boolean isEditorial(SourceRef ref) {
        return ref.kind() == SourceRef.Kind.EDITORIAL;
    }

    @Test
    void isBuiltOnceAndEqualToAFreshBuild() {
        assertThat(Catalogs.builtIn()).isSameAs(CATALOG);
        Catalog fresh = BuiltInCatalog.create();
        assertThat(fresh).isNotSameAs(CATALOG).isEqualTo(CATALOG).hasSameHashCodeAs(CATALOG);
    }

    @Test
    void namesItselfAndItsSources() {
        assertThat(CATALOG.id()).isEqualTo("competentiekompas");
        assertThat(CATALOG.version()).isEqualTo("2026.1");
        assertThat(CATALOG.documents()).extracting(SourceDocument::id).containsExactly(COMPASS, ARTICLE);
        SourceDocument compass = CATALOG.documents().get(0);
        assertThat(compass.title().in(Language.NL))
                .isEqualTo("Competentiekompas Chief Information Security Officer (CISO)");
        assertThat(compass.year()).isEqualTo(2025);
        assertThat(compass.publisher()).contains("Informatieveilig gedrag in de zorg", "ECP", "VWS");
        SourceDocument article = CATALOG.documents().get(1);
        assertThat(article.title().in(Language.NL)).isEqualTo("CISO versus ISO, wie doet wat?");
        assertThat(article.publisher()).isEqualTo("Erna Havinga");
        assertThat(article.year()).isEqualTo(2023);
    }

    @Test
    void creditsTheHealthcareProgrammeInBothLanguages() {
        Attribution credit = CATALOG.attributions().stream().filter(a -> a.document().id().equals(COMPASS))
                .findFirst().orElseThrow();
        for (Language language : Language.values()) {
            assertThat(credit.text().find(language)).hasValueSatisfying(text -> assertThat(text)
                    .contains("Informatieveilig gedrag in de zorg", "ECP", "VWS"));
        }
    }

    @Test
    void holdsTheSevenCompetenciesInTheSourcesOrder() {
        assertThat(CATALOG.competencies()).extracting(Competency::id).containsExactlyElementsOf(SOURCE_ORDER);
        for (Competency competency : CATALOG.competencies()) {
            assertThat(citesSource(competency.sources(), COMPASS, "Competenties"::equals)).as(competency.id().value())
                    .isTrue();
        }
        assertThat(CATALOG.competency(Catalogs.RISK_MANAGEMENT)).map(c -> c.name().in(Language.NL))
                .contains("Risicomanagement");
    }

    @Test
    void holdsFiveProfilesAndThreeOtherRoles() {
        assertThat(CATALOG.profiles()).extracting(RoleProfile::id).containsExactly(Catalogs.CISO_HEALTHCARE,
                Catalogs.CISO_MUNICIPALITY, Catalogs.ISO, Catalogs.DISO, Catalogs.PROCESS_OWNER);
        assertThat(CATALOG.profiles()).extracting(RoleProfile::kind).containsExactly(RoleKind.CISO, RoleKind.CISO,
                RoleKind.ISO, RoleKind.DECENTRAL_ISO, RoleKind.PROCESS_OWNER);
        assertThat(CATALOG.otherRoles()).extracting(Role::id).containsExactly(Catalogs.IT_MANAGER,
                Catalogs.PRIVACY_OFFICER, Catalogs.LINE_MANAGER);
        assertThat(CATALOG.roleName(Catalogs.IT_MANAGER).in(Language.EN)).isEqualTo("IT manager");
        assertThat(profile(Catalogs.CISO_HEALTHCARE).sectors()).containsExactly(Sector.HEALTHCARE);
        assertThat(profile(Catalogs.CISO_MUNICIPALITY).sectors()).containsExactly(Sector.MUNICIPALITY);
        assertThat(profile(Catalogs.ISO).sectors()).containsExactly(Sector.MUNICIPALITY, Sector.HEALTHCARE);
    }

    @Nested
    class HealthcareCiso {

        private final RoleProfile ciso = profile(Catalogs.CISO_HEALTHCARE);

        @Test
        void has24ResponsibilitiesInSixDomains() {
            assertThat(ciso.responsibilities()).hasSize(24);
            assertThat(countByDomain(ciso.responsibilities())).containsExactly(
                    entry(TaskDomain.POLICY_AND_PLANNING, 4L), entry(TaskDomain.COORDINATING, 5L),
                    entry(TaskDomain.EXECUTING, 6L), entry(TaskDomain.SUPPORTING, 4L), entry(TaskDomain.ADVISING, 3L),
                    entry(TaskDomain.REPORTING, 2L));
            assertThat(ciso.responsibilities()).allSatisfy(r -> {
                assertThat(r.id().value()).startsWith("hc-");
                assertThat(r.scope()).isEqualTo(ScopeKind.ORGANISATION);
                assertThat(r.defaultEffort().isZero()).isFalse();
            });
        }

        @Test
        void citesTheDomainHeadingAndOneSharedEditorialNote() {
            Set<SourceRef> editorials = new HashSet<>();
            for (Responsibility r : ciso.responsibilities()) {
                assertThat(citesSource(r.sources(), COMPASS, HEADINGS.get(r.domain())::equals)).as(r.id().value())
                        .isTrue();
                r.sources().stream().filter(CatalogsTests::isEditorial).forEach(editorials::add);
            }
            assertThat(editorials).hasSize(1);
            String note = ((SourceRef.Editorial) editorials.iterator().next()).rationale().in(Language.EN);
            assertThat(note).contains("level", "topic", "scope", "effort");
        }

        @Test
        void usesAllThreeLevelsAsTheSourceSaysItsCisoDoes() {
            assertThat(ciso.responsibilities()).extracting(Responsibility::level).contains(Level.values());
        }

        @Test
        void namesTheNormsTheSourceNames() {
            assertThat(ciso.responsibility(ResponsibilityId.of("hc-policy-frameworks")).orElseThrow().norms())
                    .containsExactly(Norm.NEN_7510, Norm.NIS2_CBW, Norm.AVG_GDPR);
            assertThat(ciso.responsibility(ResponsibilityId.of("hc-nen-7510-compliance")).orElseThrow().norms())
                    .containsExactly(Norm.NEN_7510);
            assertThat(ciso.responsibility(ResponsibilityId.of("hc-advise-innovation")).orElseThrow().norms())
                    .containsExactly(Norm.NIS2_CBW);
            assertThat(ciso.responsibilities().stream().flatMap(r -> r.norms().stream()))
                    .containsOnly(Norm.NEN_7510, Norm.NIS2_CBW, Norm.AVG_GDPR);
        }

        @Test
        void addsUpToAPlausibleFullTimeRole() {
            assertThat(total(ciso)).isBetween(Fte.parse("0.8"), Fte.parse("1.0"));
        }

        @Test
        void targetsTheSevenCompetenciesAndStartsWithTheFootnotesThree() {
            assertThat(ciso.competencyTargets()).extracting(CompetencyTarget::competency)
                    .containsExactlyElementsOf(SOURCE_ORDER);
            assertThat(ciso.competencyTargets()).allSatisfy(t -> {
                assertThat(ciso.scale().contains(t.target())).isTrue();
                assertThat(t.sources()).anyMatch(CatalogsTests::isEditorial);
            });
            assertThat(ciso.startHere()).containsExactlyInAnyOrder(Catalogs.RISK_MANAGEMENT, Catalogs.ADVISORY_SKILLS,
                    Catalogs.MOTIVATING);
            for (CompetencyTarget target : ciso.competencyTargets()) {
                assertThat(citesSource(target.sources(), COMPASS, s -> s.startsWith("Competenties")))
                        .as(target.competency().value()).isEqualTo(target.startHere());
            }
            assertThat(CATALOG.competenciesOf(Catalogs.CISO_HEALTHCARE)).extracting(Competency::id)
                    .containsExactlyElementsOf(SOURCE_ORDER);
            assertThat(ciso.target(Catalogs.RISK_MANAGEMENT)).isPresent();
        }

        @Test
        void asksForOneCertificationWithCismPreferred() {
            List<Requirement> certifications = ciso.requirements().stream()
                    .filter(r -> r.kind() == RequirementKind.CERTIFICATION).toList();
            assertThat(certifications).hasSize(1);
            Requirement certification = certifications.get(0);
            assertThat(certification.necessity()).isEqualTo(Necessity.REQUIRED);
            assertThat(certification.options()).extracting(RequirementOption::code).containsExactly("cism", "cissp");
            assertThat(certification.preferredOption()).map(RequirementOption::code).contains("cism");
            assertThat(certification.hasAlternatives()).isTrue();
        }

        @Test
        void asksForTheKnowledgeAndExperienceOfTheSource() {
            List<Requirement> requirements = ciso.requirements();
            assertThat(requirements).allSatisfy(r -> {
                assertThat(r.id().value()).startsWith("hc-");
                assertThat(r.necessity()).isEqualTo(Necessity.REQUIRED);
                assertThat(citesSource(r.sources(), COMPASS, "Kennis en ervaring"::equals)).isTrue();
            });
            assertThat(requirements.stream().filter(r -> r.kind() == RequirementKind.EDUCATION)
                    .flatMap(r -> r.options().stream()).map(RequirementOption::code))
                    .containsExactly("hbo", "wo", "equivalent");
            assertThat(requirements.stream().filter(r -> r.kind() == RequirementKind.KNOWLEDGE)
                    .flatMap(r -> r.options().stream()).map(RequirementOption::code))
                    .contains("nen-7510", "nis2-cbw", "avg-gdpr");
            assertThat(requirements.stream().filter(r -> r.kind() == RequirementKind.EXPERIENCE)).hasSize(3);
            assertThat(requirements.stream().filter(r -> r.minimumYears().isPresent()))
                    .singleElement().satisfies(r -> {
                        assertThat(r.kind()).isEqualTo(RequirementKind.EXPERIENCE);
                        assertThat(r.minimumYears()).hasValue(5);
                    });
            assertThat(requirements).hasSize(9);
        }

        @Test
        void reportsToTheBoardIndependentlyOutsideIt() {
            Placement placement = ciso.placement().orElseThrow();
            assertThat(placement.reportsToBodies()).containsExactly(GoverningBody.BOARD_OF_DIRECTORS);
            assertThat(placement.reportsToRoles()).isEmpty();
            assertThat(placement.independent()).isTrue();
            assertThat(placement.outsideItDepartment()).isTrue();
            assertThat(citesSource(placement.sources(), COMPASS, "Plaats in de organisatie"::equals)).isTrue();
            assertThat(citesNorm(placement.sources(), Norm.BIO2, "2025", "5.02.02")).isTrue();
            assertThat(placement.sources()).anyMatch(CatalogsTests::isEditorial);
        }

        @Test
        void has19ReflectionQuestionsInTheSourcesThemes() {
            List<ReflectionQuestion> questions = ciso.reflectionQuestions();
            assertThat(questions).hasSize(19);
            Map<TaskDomain, Long> counts = new LinkedHashMap<>();
            questions.forEach(q -> counts.merge(q.theme(), 1L, Long::sum));
            assertThat(counts).containsExactly(entry(TaskDomain.REPORTING, 3L), entry(TaskDomain.ADVISING, 3L),
                    entry(TaskDomain.COORDINATING, 3L), entry(TaskDomain.SUPPORTING, 3L),
                    entry(TaskDomain.POLICY_AND_PLANNING, 4L), entry(TaskDomain.EXECUTING, 3L));
            assertThat(questions).extracting(q -> q.id().value()).startsWith("q-reporting-1", "q-reporting-2")
                    .contains("q-policy-and-planning-4", "q-executing-3");
            for (ReflectionQuestion question : questions) {
                assertThat(citesSource(question.sources(), COMPASS,
                        ("Reflectievragen: " + HEADINGS.get(question.theme()))::equals)).isTrue();
                assertThat(question.sources()).anyMatch(CatalogsTests::isEditorial);
            }
        }

        @Test
        void wordsSelfInTheFirstPersonAndTheBoardAboutOurCiso() {
            Pattern firstPersonEn = Pattern.compile("\\b(I|my)\\b");
            Pattern firstPersonNl = Pattern.compile("\\b(ik|mijn)\\b");
            for (ReflectionQuestion question : ciso.reflectionQuestions()) {
                String id = question.id().value();
                assertThat(question.wording(Perspective.SELF).in(Language.EN)).as(id).containsPattern(firstPersonEn);
                assertThat(question.wording(Perspective.SELF).in(Language.NL)).as(id).containsPattern(firstPersonNl);
                assertThat(question.wording(Perspective.BOARD).in(Language.EN)).as(id).contains("our CISO");
                assertThat(question.wording(Perspective.BOARD).in(Language.NL)).as(id).contains("onze CISO");
                Set<LocalizedText> distinct = new HashSet<>(question.wordings().values());
                assertThat(distinct).as(id).hasSize(Perspective.values().length);
                for (LocalizedText wording : question.wordings().values()) {
                    assertThat(wording.in(Language.NL)).as(id).endsWith("?").isNotEqualTo(wording.in(Language.EN));
                    assertThat(wording.in(Language.EN)).as(id).endsWith("?");
                }
            }
        }

        @Test
        void hasTheSourcesReflectionForm() {
            assertThat(ciso.reflectionForm().competencies()).containsExactlyElementsOf(SOURCE_ORDER);
            assertThat(ciso.reflectionForm().developmentGoalSlots()).isEqualTo(5);
        }

        @Test
        void citesTheCompassAsAWhole() {
            assertThat(ciso.sources()).allMatch(s -> s.kind() == SourceRef.Kind.SOURCE);
            assertThat(citesSource(ciso.sources(), COMPASS, s -> s.startsWith("Onderdeel 1"))).isTrue();
            assertThat(citesSource(ciso.sources(), COMPASS, s -> s.startsWith("Onderdeel 2"))).isTrue();
        }
    }

    @Nested
    class MunicipalCiso {

        private final RoleProfile ciso = profile(Catalogs.CISO_MUNICIPALITY);

        @Test
        void hasTheArticlesTenStrategicOrTacticalResponsibilities() {
            assertThat(ciso.responsibilities()).hasSize(10).allSatisfy(r -> {
                assertThat(r.id().value()).startsWith("mun-");
                assertThat(r.level()).isIn(Level.STRATEGIC, Level.TACTICAL);
                assertThat(r.scope()).isEqualTo(ScopeKind.ORGANISATION);
                assertThat(citesSource(r.sources(), ARTICLE, "Takenpakket CISO"::equals)).isTrue();
                assertThat(r.sources()).anyMatch(CatalogsTests::isEditorial);
            });
            assertThat(ciso.responsibilities()).extracting(Responsibility::level).contains(Level.STRATEGIC,
                    Level.TACTICAL);
        }

        @Test
        void citesBioAndBio2OnProfileAndPlacement() {
            Placement placement = ciso.placement().orElseThrow();
            for (List<SourceRef> sources : List.of(ciso.sources(), placement.sources())) {
                assertThat(citesNorm(sources, Norm.BIO, "2019", "6.1.1")).isTrue();
                assertThat(citesNorm(sources, Norm.BIO2, "2025", "5.02.02")).isTrue();
            }
            assertThat(placement.reportsToBodies()).containsExactly(GoverningBody.MUNICIPAL_SECRETARY,
                    GoverningBody.PORTFOLIO_HOLDER);
            assertThat(placement.independent()).isTrue();
            assertThat(placement.outsideItDepartment()).isTrue();
            assertThat(citesSource(placement.sources(), ARTICLE, s -> true)).isTrue();
        }

        @Test
        void targetsAndRequirementsAreEditorial() {
            assertThat(ciso.competencyTargets()).hasSize(7)
                    .allSatisfy(t -> assertThat(t.sources()).allMatch(CatalogsTests::isEditorial));
            assertThat(ciso.startHere()).containsExactlyInAnyOrder(Catalogs.RISK_MANAGEMENT, Catalogs.ADVISORY_SKILLS,
                    Catalogs.MOTIVATING);
            assertThat(ciso.requirements()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.sources()).allMatch(CatalogsTests::isEditorial));
            assertThat(ciso.requirements()).filteredOn(r -> r.options().stream().anyMatch(o -> o.code().equals("bio")))
                    .singleElement().satisfies(r -> assertThat(r.necessity()).isEqualTo(Necessity.REQUIRED));
            assertThat(ciso.requirements()).filteredOn(r -> r.kind() == RequirementKind.CERTIFICATION)
                    .singleElement().satisfies(r -> {
                        assertThat(r.necessity()).isEqualTo(Necessity.PREFERRED);
                        assertThat(r.options()).extracting(RequirementOption::code).containsExactly("cism", "cissp");
                    });
        }

        @Test
        void matchesTheHealthcareCisoByTopicExceptRiskAnalysis() {
            Set<Topic> unmatched = new HashSet<>();
            ciso.responsibilities().forEach(r -> unmatched.add(r.topic()));
            profile(Catalogs.CISO_HEALTHCARE).responsibilities().forEach(r -> unmatched.remove(r.topic()));
            // Source A lists no task of guiding risk analyses; source B does.
            assertThat(unmatched).containsExactly(Topic.RISK_ANALYSIS);
        }
    }

    @Nested
    class InformationSecurityOfficers {

        private final RoleProfile iso = profile(Catalogs.ISO);
        private final RoleProfile diso = profile(Catalogs.DISO);

        @Test
        void isoHasTheArticlesSevenOperationalUnitTasks() {
            assertThat(iso.responsibilities()).hasSize(7).allSatisfy(r -> {
                assertThat(r.id().value()).startsWith("iso-");
                assertThat(r.level()).isEqualTo(Level.OPERATIONAL);
                assertThat(r.scope()).isEqualTo(ScopeKind.UNIT);
                assertThat(r.defaultEffort()).isGreaterThan(Fte.ZERO).isLessThanOrEqualTo(Fte.parse("0.05"));
                assertThat(citesSource(r.sources(), ARTICLE, "Takenpakket ISO"::equals)).isTrue();
            });
        }

        @Test
        void isoTasksMatchTheirMunicipalCounterpartsByTopic() {
            Map<String, String> counterparts = Map.of(
                    "iso-operational-plans", "mun-security-policy",
                    "iso-advise-team-leads", "mun-advise-process-owners",
                    "iso-support-risk-analyses", "mun-risk-analyses",
                    "iso-keep-up-improve", "mun-future-risks",
                    "iso-awareness-sessions", "mun-awareness",
                    "iso-point-of-contact", "mun-incident-coordination");
            counterparts.forEach((isoTask, cisoTask) -> assertThat(
                    CATALOG.responsibility(ResponsibilityId.of(isoTask)).orElseThrow().topic()).as(isoTask)
                    .isEqualTo(CATALOG.responsibility(ResponsibilityId.of(cisoTask)).orElseThrow().topic()));
        }

        @Test
        void disoHasUnitTasksOfItsOwn() {
            assertThat(diso.responsibilities()).hasSizeBetween(4, 5).allSatisfy(r -> {
                assertThat(r.id().value()).startsWith("diso-");
                assertThat(r.level()).isEqualTo(Level.OPERATIONAL);
                assertThat(r.scope()).isEqualTo(ScopeKind.UNIT);
                assertThat(citesSource(r.sources(), ARTICLE, s -> true)).isTrue();
                assertThat(r.sources()).anyMatch(CatalogsTests::isEditorial);
            });
        }

        @Test
        void bothHaveAFunctionalLineToTheCisos() {
            for (RoleProfile officer : List.of(iso, diso)) {
                Placement placement = officer.placement().orElseThrow();
                assertThat(placement.reportsToRoles()).containsExactlyInAnyOrder(Catalogs.CISO_MUNICIPALITY,
                        Catalogs.CISO_HEALTHCARE);
                assertThat(placement.reportsToBodies()).isEmpty();
                assertThat(placement.independent()).isFalse();
            }
        }

        @Test
        void targetLowerThanTheCiso() {
            RoleProfile ciso = profile(Catalogs.CISO_MUNICIPALITY);
            for (RoleProfile officer : List.of(iso, diso)) {
                int sum = 0;
                int cisoSum = 0;
                for (CompetencyTarget target : officer.competencyTargets()) {
                    int cisoTarget = ciso.target(target.competency()).orElseThrow();
                    assertThat(target.target()).isLessThanOrEqualTo(cisoTarget);
                    assertThat(target.sources()).allMatch(CatalogsTests::isEditorial);
                    sum += target.target();
                    cisoSum += cisoTarget;
                }
                assertThat(sum).isLessThan(cisoSum);
                assertThat(officer.startHere()).isEmpty();
                assertThat(officer.requirements()).isNotEmpty();
            }
        }

        @Test
        void holdNoStrategicResponsibility() {
            assertThat(CATALOG.responsibilities(Level.STRATEGIC))
                    .noneMatch(r -> r.id().value().startsWith("iso-") || r.id().value().startsWith("diso-"));
        }
    }

    @Nested
    class ProcessOwner {

        private final RoleProfile owner = profile(Catalogs.PROCESS_OWNER);

        @Test
        void isAccountableForItsOwnProcesses() {
            assertThat(owner.responsibilities()).hasSizeBetween(3, 5).allSatisfy(r -> {
                assertThat(r.id().value()).startsWith("po-");
                assertThat(r.scope()).isEqualTo(ScopeKind.PROCESS);
                assertThat(citesSource(r.sources(), ARTICLE, s -> true)).isTrue();
            });
            assertThat(owner.responsibilities()).anyMatch(r -> citesNorm(r.sources(), Norm.BIO2, "2025", "5.02.01"));
            assertThat(citesNorm(owner.sources(), Norm.BIO2, "2025", "5.02.01")).isTrue();
            assertThat(owner.placement()).isEmpty();
        }
    }

    @Test
    void everyTextIsPresentInDutchAndEnglish() {
        List<LocalizedText> texts = allTexts();
        assertThat(texts).hasSizeGreaterThan(200);
        for (LocalizedText text : texts) {
            for (Language language : Language.values()) {
                assertThat(text.find(language)).as(text + " in " + language)
                        .hasValueSatisfying(t -> assertThat(t).isNotBlank().doesNotMatch(BUNDLE_KEY));
            }
        }
    }

    @Test
    void longTextsAreTranslatedNotCopied() {
        for (Responsibility r : CATALOG.responsibilities()) {
            assertThat(r.text().in(Language.NL)).as(r.id().value()).isNotEqualTo(r.text().in(Language.EN));
        }
        for (Competency c : CATALOG.competencies()) {
            assertThat(c.description().in(Language.NL)).isNotEqualTo(c.description().in(Language.EN));
        }
    }

    @Test
    void everySourceRefPointsAtAListedDocument() {
        for (SourceRef ref : allSources()) {
            if (ref instanceof SourceRef.Source source) {
                assertThat(CATALOG.documents()).contains(source.document());
            }
            for (Language language : Language.values()) {
                assertThat(ref.citation(language)).isNotBlank();
            }
        }
    }

    @Test
    void everyResponsibilityCitesASourceDocumentAndSaysWhatIsOurs() {
        for (Responsibility r : CATALOG.responsibilities()) {
            assertThat(r.sources()).as(r.id().value()).anyMatch(s -> s.kind() == SourceRef.Kind.SOURCE)
                    .anyMatch(CatalogsTests::isEditorial);
        }
    }

    @Test
    void idsAreLowerKebabAndUnique() {
        List<String> ids = new ArrayList<>();
        CATALOG.profiles().forEach(p -> ids.add(p.id().value()));
        CATALOG.otherRoles().forEach(r -> ids.add(r.id().value()));
        CATALOG.competencies().forEach(c -> ids.add(c.id().value()));
        CATALOG.responsibilities().forEach(r -> ids.add(r.id().value()));
        CATALOG.profiles().forEach(p -> p.reflectionQuestions().forEach(q -> ids.add(q.id().value())));
        CATALOG.profiles().forEach(p -> p.requirements().forEach(r -> ids.add(r.id().value())));
        assertThat(ids).allMatch(id -> KEBAB.matcher(id).matches()).doesNotHaveDuplicates();
        for (RoleProfile profile : CATALOG.profiles()) {
            for (Requirement requirement : profile.requirements()) {
                assertThat(requirement.options()).extracting(RequirementOption::code)
                        .allMatch(code -> KEBAB.matcher(code).matches());
            }
        }
    }

    @Test
    void optionCodesMeanTheSameEverywhere() {
        Map<String, RequirementOption> byCode = new LinkedHashMap<>();
        for (RoleProfile profile : CATALOG.profiles()) {
            for (Requirement requirement : profile.requirements()) {
                for (RequirementOption option : requirement.options()) {
                    RequirementOption earlier = byCode.putIfAbsent(option.code(), option);
                    if (earlier != null) {
                        assertThat(option.label()).as(option.code()).isEqualTo(earlier.label());
                    }
                }
            }
        }
        assertThat(byCode).containsKeys("cism", "cissp", "hbo", "bio", "nen-7510");
    }

    @Test
    void looksUpAcrossProfiles() {
        assertThat(CATALOG.profile(Catalogs.ISO)).map(RoleProfile::kind).contains(RoleKind.ISO);
        assertThat(CATALOG.profile(Catalogs.IT_MANAGER)).isEmpty();
        assertThat(CATALOG.isKnownRole(Catalogs.LINE_MANAGER)).isTrue();
        assertThatThrownBy(() -> CATALOG.requireProfile(RoleId.of("ciso"))).isInstanceOf(UnknownIdException.class)
                .hasMessage("unknown profile id 'ciso'");
        assertThat(CATALOG.responsibilities(TaskDomain.REPORTING)).extracting(r -> r.id().value())
                .containsExactly("hc-periodic-reporting", "hc-visible-results", "mun-measure-report");
        assertThat(CATALOG.responsibilities(Level.OPERATIONAL)).extracting(r -> r.id().value())
                .contains("iso-operational-plans", "diso-unit-measures", "hc-ciso-networks");
        assertThat(CATALOG.profileOf(ResponsibilityId.of("hc-budget"))).map(RoleProfile::id)
                .contains(Catalogs.CISO_HEALTHCARE);
        assertThat(CATALOG.responsibility(ResponsibilityId.of("po-residual-risks"))).map(Responsibility::scope)
                .contains(ScopeKind.PROCESS);
        assertThat(CATALOG.competenciesOf(Catalogs.ISO)).hasSize(7);
        assertThat(CATALOG.competenciesOf(Catalogs.PROCESS_OWNER)).isEmpty();
        List<LocalizedText> boardOnPolicy = CATALOG.questions(Catalogs.CISO_HEALTHCARE,
                TaskDomain.POLICY_AND_PLANNING, Perspective.BOARD);
        assertThat(boardOnPolicy).hasSize(4).first()
                .isEqualTo(profile(Catalogs.CISO_HEALTHCARE).reflectionQuestions(TaskDomain.POLICY_AND_PLANNING)
                        .get(0).wording(Perspective.BOARD));
        assertThat(CATALOG.questions(Catalogs.CISO_MUNICIPALITY, TaskDomain.REPORTING, Perspective.SELF)).isEmpty();
    }

    @Test
    void theOtherRolesCarryNoResponsibilities() {
        for (Role role : CATALOG.otherRoles()) {
            assertThat(CATALOG.profile(role.id())).isEmpty();
            assertThat(role.sources()).anyMatch(CatalogsTests::isEditorial);
        }
    }

    private static List<SourceRef> allSources() {
        List<SourceRef> sources = new ArrayList<>();
        CATALOG.competencies().forEach(c -> sources.addAll(c.sources()));
        CATALOG.otherRoles().forEach(r -> sources.addAll(r.sources()));
        for (RoleProfile profile : CATALOG.profiles()) {
            sources.addAll(profile.sources());
            profile.responsibilities().forEach(r -> sources.addAll(r.sources()));
            profile.competencyTargets().forEach(t -> sources.addAll(t.sources()));
            profile.requirements().forEach(r -> sources.addAll(r.sources()));
            profile.placement().ifPresent(p -> sources.addAll(p.sources()));
            profile.reflectionQuestions().forEach(q -> sources.addAll(q.sources()));
        }
        return sources;
    }

    private static List<LocalizedText> allTexts() {
        Set<LocalizedText> texts = new LinkedHashSet<>();
        texts.add(CATALOG.name());
        CATALOG.documents().forEach(d -> texts.add(d.title()));
        CATALOG.attributions().forEach(a -> texts.add(a.text()));
        for (Competency competency : CATALOG.competencies()) {
            texts.add(competency.name());
            texts.add(competency.description());
        }
        CATALOG.otherRoles().forEach(r -> texts.add(r.name()));
        for (RoleProfile profile : CATALOG.profiles()) {
            texts.add(profile.name());
            texts.add(profile.summary());
            profile.responsibilities().forEach(r -> texts.add(r.text()));
            for (Requirement requirement : profile.requirements()) {
                texts.add(requirement.text());
                requirement.options().forEach(o -> texts.add(o.label()));
            }
            profile.placement().ifPresent(p -> texts.add(p.description()));
            profile.reflectionQuestions().forEach(q -> texts.addAll(q.wordings().values()));
            profile.scale().levels().forEach(l -> texts.add(l.label()));
        }
        for (SourceRef ref : allSources()) {
            if (ref instanceof SourceRef.Editorial editorial) {
                texts.add(editorial.rationale());
            }
        }
        return List.copyOf(texts);
    }
}
