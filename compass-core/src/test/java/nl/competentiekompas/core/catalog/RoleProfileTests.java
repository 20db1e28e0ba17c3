package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.EDITORIAL;
import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static nl.competentiekompas.core.catalog.TestValues.profile;
import static nl.competentiekompas.core.catalog.TestValues.question;
import static nl.competentiekompas.core.catalog.TestValues.requirement;
import static nl.competentiekompas.core.catalog.TestValues.responsibility;
import static nl.competentiekompas.core.catalog.TestValues.target;
import static nl.competentiekompas.core.catalog.TestValues.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleProfileTests {

    private static final CompetencyId RISK = CompetencyId.of("risk-management");
    private static final CompetencyId MOTIVATING = CompetencyId.of("motivating");

    @Test
    void builderFillsDefaults() {
        RoleProfile profile = profile("iso").build();
        assertThat(profile.scale()).isEqualTo(ProficiencyScale.defaultScale());
        assertThat(profile.reflectionForm()).isEqualTo(new ReflectionForm(List.of(RISK), 5));
        assertThat(profile.placement()).isEmpty();
        assertThat(profile.sectors()).containsExactly(Sector.MUNICIPALITY);
    }

    @Test
    void looksUpItsParts() {
        Responsibility strategic = new Responsibility(ResponsibilityId.of("s"), TaskDomain.ADVISING, Level.STRATEGIC,
                Topic.ADVICE, ScopeKind.ORGANISATION, Fte.ZERO, text("s"), java.util.Set.of(), List.of(EDITORIAL));
        RoleProfile profile = profile("ciso")
                .responsibility(strategic)
                .competencyTarget(new CompetencyTarget(MOTIVATING, 4, true, List.of(EDITORIAL)))
                .reflectionQuestion(question("q-advice", TaskDomain.ADVISING))
                .sectors(Sector.HEALTHCARE, Sector.MUNICIPALITY)
                .build();
        assertThat(profile.sectors()).containsExactly(Sector.MUNICIPALITY, Sector.HEALTHCARE);
        assertThat(profile.responsibilities(TaskDomain.ADVISING)).containsExactly(strategic);
        assertThat(profile.responsibilities(TaskDomain.REPORTING)).isEmpty();
        assertThat(profile.responsibilities(Level.STRATEGIC)).containsExactly(strategic);
        assertThat(profile.responsibilities(Level.TACTICAL)).extracting(r -> r.id().value())
                .containsExactly("ciso-task");
        assertThat(profile.responsibility(ResponsibilityId.of("s"))).contains(strategic);
        assertThat(profile.responsibility(ResponsibilityId.of("none"))).isEmpty();
        assertThat(profile.target(MOTIVATING)).hasValue(4);
        assertThat(profile.target(RISK)).hasValue(3);
        assertThat(profile.target(CompetencyId.of("social-skills"))).isEmpty();
        assertThat(profile.startHere()).containsExactly(MOTIVATING);
        assertThat(profile.reflectionQuestions(TaskDomain.ADVISING)).extracting(q -> q.id().value())
                .containsExactly("q-advice");
        assertThat(profile.reflectionForm().competencies()).containsExactly(RISK, MOTIVATING);
    }

    @Test
    void rejectsInconsistentParts() {
        assertInvalid(() -> profile("p").responsibility(responsibility("p-task")).build(), "RoleProfile",
                "responsibilities", "duplicate id 'p-task'");
        assertInvalid(() -> profile("p").competencyTarget(target("risk-management", 4)).build(), "RoleProfile",
                "competencyTargets", "duplicate id 'risk-management'");
        assertInvalid(() -> profile("p").requirement(requirement("r")).requirement(requirement("r")).build(),
                "RoleProfile", "requirements", "duplicate id 'r'");
        assertInvalid(() -> profile("p").reflectionQuestion(question("q-p", TaskDomain.ADVISING)).build(),
                "RoleProfile", "reflectionQuestions", "duplicate id 'q-p'");
        assertInvalid(() -> profile("p").competencyTarget(target("motivating", 6)).build(), "RoleProfile",
                "competencyTargets[motivating].target", "must be a level of scale 'default-1-5' (1 to 5), got 6");
        assertInvalid(() -> profile("p").competencyTarget(target("motivating", 0)).build(), "RoleProfile",
                "competencyTargets[motivating].target", "must be a level of scale 'default-1-5' (1 to 5), got 0");
        assertInvalid(() -> profile("p").reflectionForm(new ReflectionForm(List.of(MOTIVATING), 5)).build(),
                "RoleProfile", "reflectionForm", "lists competency 'motivating', which the profile has no target for");
    }

    @Test
    void rejectsASixthGoalSlotOnItsForm() {
        assertInvalid(() -> profile("p").reflectionForm(new ReflectionForm(List.of(RISK), 6)), "ReflectionForm",
                "developmentGoalSlots", "must be between 1 and 5, got 6");
    }

    @Test
    void rejectsMissingSectorsSourcesAndParts() {
        RoleProfile valid = profile("p").build();
        assertInvalid(() -> new RoleProfile(valid.id(), valid.kind(), valid.name(), valid.summary(), java.util.Set.of(),
                valid.responsibilities(), valid.competencyTargets(), valid.requirements(), valid.placement(),
                valid.reflectionQuestions(), valid.reflectionForm(), valid.scale(), valid.sources()),
                "RoleProfile", "sectors", "must name at least one sector");
        assertInvalid(() -> new RoleProfile(valid.id(), valid.kind(), valid.name(), valid.summary(), valid.sectors(),
                valid.responsibilities(), valid.competencyTargets(), valid.requirements(), valid.placement(),
                valid.reflectionQuestions(), valid.reflectionForm(), valid.scale(), List.of()),
                "RoleProfile", "sources", "must not be empty");
        assertNullRejected(() -> new RoleProfile(valid.id(), valid.kind(), valid.name(), valid.summary(),
                valid.sectors(), valid.responsibilities(), valid.competencyTargets(), valid.requirements(), null,
                valid.reflectionQuestions(), valid.reflectionForm(), valid.scale(), valid.sources()),
                "RoleProfile.placement");
        assertNullRejected(() -> RoleProfile.builder(RoleId.of("p")).name(text("p")).summary(text("p"))
                .sectors(Sector.OTHER).source(EDITORIAL).build(), "RoleProfile.kind");
        assertNullRejected(() -> RoleProfile.builder(RoleId.of("p")).kind(RoleKind.ISO).summary(text("p"))
                .sectors(Sector.OTHER).source(EDITORIAL).build(), "RoleProfile.name");
        assertNullRejected(() -> RoleProfile.builder(RoleId.of("p")).kind(RoleKind.ISO).name(text("p"))
                .sectors(Sector.OTHER).source(EDITORIAL).build(), "RoleProfile.summary");
        assertNullRejected(() -> RoleProfile.builder(null), "id");
    }

    @Test
    void aScaleOfItsOwnChecksTargets() {
        ProficiencyScale tenPoint = new ProficiencyScale("ten", text("ten"), List.of(
                new ScaleLevel(0, text("0"), false), new ScaleLevel(3, text("3"), true),
                new ScaleLevel(10, text("10"), true)));
        assertThat(profile("p").scale(tenPoint).competencyTarget(target("motivating", 10)).build()
                .target(MOTIVATING)).hasValue(10);
        assertInvalid(() -> profile("p").scale(tenPoint).competencyTarget(target("motivating", 5)).build(),
                "RoleProfile", "competencyTargets[motivating].target", "must be a level of scale 'ten' (0 to 10), got 5");
    }

    @Test
    void equalByValue() {
        RoleProfile profile = profile("p").build();
        assertValueSemantics(profile, profile("p").build(), profile("q").build(),
                profile("p").placement(new Placement(java.util.Set.of(), List.of(), true, true, text("x"),
                        List.of(EDITORIAL))).build(),
                profile("p").source(EDITORIAL).build(), profile("p").kind(RoleKind.CISO).build());
        assertThat(profile.placement()).isEqualTo(Optional.empty());
    }
}
