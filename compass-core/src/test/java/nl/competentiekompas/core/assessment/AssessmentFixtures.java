package nl.competentiekompas.core.assessment;

import static nl.competentiekompas.core.catalog.Catalogs.ADVISORY_SKILLS;
import static nl.competentiekompas.core.catalog.Catalogs.MOTIVATING;
import static nl.competentiekompas.core.catalog.Catalogs.ORGANISATIONAL_SENSITIVITY;
import static nl.competentiekompas.core.catalog.Catalogs.PROJECT_MANAGEMENT;
import static nl.competentiekompas.core.catalog.Catalogs.RISK_MANAGEMENT;
import static nl.competentiekompas.core.catalog.Catalogs.SOCIAL_SKILLS;
import static nl.competentiekompas.core.catalog.Catalogs.STRATEGIC_INSIGHT;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.ReflectionQuestion;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.RequirementKind;
import nl.competentiekompas.core.catalog.RequirementOption;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.catalog.Topic;
import nl.competentiekompas.core.organisation.PersonId;

/** Small hand-built profiles for the assessment tests, independent of the bundled catalog. */
final class AssessmentFixtures {

    static final SourceRef EDITORIAL = SourceRef.editorial(LocalizedText.of("test", "test"));
    static final PersonId ANNA = PersonId.of("p-anna");
    static final PersonId BOARD = PersonId.of("p-board");
    static final PersonId MANAGER = PersonId.of("p-manager");
    static final PersonId HR = PersonId.of("p-hr");
    static final QuestionId Q1 = QuestionId.of("q-reporting-1");

    /** The seven competencies of source A, targets 4 (3 for project management), three to start with. */
    static final List<CompetencyId> SEVEN = List.of(ADVISORY_SKILLS, STRATEGIC_INSIGHT, RISK_MANAGEMENT,
            SOCIAL_SKILLS, PROJECT_MANAGEMENT, ORGANISATIONAL_SENSITIVITY, MOTIVATING);

    private AssessmentFixtures() {
    }

    static CompetencyTarget target(CompetencyId id, int level, boolean startHere) {
        return new CompetencyTarget(id, level, startHere, List.of(EDITORIAL));
    }

    static Responsibility responsibility(String id, Topic topic, Level level) {
        return new Responsibility(ResponsibilityId.of(id), TaskDomain.POLICY_AND_PLANNING, level, topic,
                ScopeKind.ORGANISATION, Fte.ofThousandths(50), LocalizedText.of(id, id), java.util.Set.of(),
                List.of(EDITORIAL));
    }

    static Requirement requirement(String id, RequirementKind kind, Necessity necessity, OptionalInt years,
            RequirementOption... options) {
        return new Requirement(RequirementId.of(id), kind, necessity, LocalizedText.of(id, id), List.of(options),
                years, List.of(EDITORIAL));
    }

    static RequirementOption option(String code, boolean preferred) {
        return new RequirementOption(code, LocalizedText.of(code, code), preferred);
    }

    static ReflectionQuestion question(QuestionId id) {
        Map<Perspective, LocalizedText> wordings = new EnumMap<>(Perspective.class);
        for (Perspective p : Perspective.values()) {
            wordings.put(p, LocalizedText.of(id + " " + p.id(), id + " " + p.id()));
        }
        return new ReflectionQuestion(id, TaskDomain.REPORTING, wordings, List.of(EDITORIAL));
    }

    /** A CISO-like profile: seven competencies, strategic responsibilities, CISM-or-CISSP. */
    static RoleProfile ciso() {
        RoleProfile.Builder b = RoleProfile.builder(RoleId.of("ciso-test")).kind(RoleKind.CISO)
                .name(LocalizedText.of("CISO", "CISO")).summary(LocalizedText.of("CISO", "CISO"))
                .sectors(Sector.HEALTHCARE).source(EDITORIAL)
                .responsibility(responsibility("c-policy", Topic.POLICY, Level.STRATEGIC))
                .responsibility(responsibility("c-risk", Topic.RISK_ANALYSIS, Level.TACTICAL))
                .responsibility(responsibility("c-awareness", Topic.AWARENESS, Level.STRATEGIC))
                .responsibility(responsibility("c-reporting", Topic.REPORTING, Level.STRATEGIC))
                .responsibility(responsibility("c-budget", Topic.BUDGET, Level.TACTICAL))
                .requirement(requirement("c-education", RequirementKind.EDUCATION, Necessity.REQUIRED,
                        OptionalInt.empty(), option("hbo", false), option("wo", false)))
                .requirement(requirement("c-certification", RequirementKind.CERTIFICATION, Necessity.REQUIRED,
                        OptionalInt.empty(), option("cism", true), option("cissp", false)))
                .requirement(requirement("c-nen-7510", RequirementKind.KNOWLEDGE, Necessity.REQUIRED,
                        OptionalInt.empty(), option("nen-7510", false)))
                .requirement(requirement("c-practice", RequirementKind.EXPERIENCE, Necessity.REQUIRED,
                        OptionalInt.of(5), option("security-practice", false)))
                .requirement(requirement("c-behaviour", RequirementKind.EXPERIENCE, Necessity.PREFERRED,
                        OptionalInt.empty(), option("behaviour-change", false)))
                .reflectionQuestion(question(Q1));
        for (CompetencyId c : SEVEN) {
            boolean startHere = c.equals(RISK_MANAGEMENT) || c.equals(ADVISORY_SKILLS) || c.equals(MOTIVATING);
            b.competencyTarget(target(c, c.equals(PROJECT_MANAGEMENT) ? 3 : 4, startHere));
        }
        return b.build();
    }

    /** An ISO-like profile: operational counterparts on shared topics, lower targets. */
    static RoleProfile iso() {
        return RoleProfile.builder(RoleId.of("iso-test")).kind(RoleKind.ISO).name(LocalizedText.of("ISO", "ISO"))
                .summary(LocalizedText.of("ISO", "ISO")).sectors(Sector.MUNICIPALITY).source(EDITORIAL)
                .responsibility(responsibility("i-plans", Topic.POLICY, Level.OPERATIONAL))
                .responsibility(responsibility("i-risk", Topic.RISK_ANALYSIS, Level.OPERATIONAL))
                .responsibility(responsibility("i-awareness", Topic.AWARENESS, Level.STRATEGIC))
                .responsibility(responsibility("i-projects", Topic.PROJECTS, Level.OPERATIONAL))
                .requirement(requirement("i-education", RequirementKind.EDUCATION, Necessity.REQUIRED,
                        OptionalInt.empty(), option("hbo", false)))
                .requirement(requirement("i-practice", RequirementKind.EXPERIENCE, Necessity.REQUIRED,
                        OptionalInt.of(2), option("security-practice", false)))
                .competencyTarget(target(RISK_MANAGEMENT, 3, false))
                .competencyTarget(target(ADVISORY_SKILLS, 3, false))
                .competencyTarget(target(PROJECT_MANAGEMENT, 3, false))
                .build();
    }
}
