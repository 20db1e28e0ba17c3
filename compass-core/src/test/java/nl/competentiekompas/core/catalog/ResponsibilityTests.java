package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.EDITORIAL;
import static nl.competentiekompas.core.catalog.TestValues.SOURCES;
import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static nl.competentiekompas.core.catalog.TestValues.responsibility;
import static nl.competentiekompas.core.catalog.TestValues.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Responsibility, Competency, CompetencyTarget, Role and Placement. */
class ResponsibilityTests {

    private static final ResponsibilityId ID = ResponsibilityId.of("hc-budget");
    private static final Fte EFFORT = Fte.parse("0.02");

    private static Responsibility with(Set<Norm> norms, List<SourceRef> sources) {
        return new Responsibility(ID, TaskDomain.EXECUTING, Level.TACTICAL, Topic.BUDGET, ScopeKind.ORGANISATION,
                EFFORT, text("budget"), norms, sources);
    }

    @Test
    void holdsItsPartsWithNormsInEnumOrder() {
        Responsibility responsibility = with(Set.of(Norm.NEN_7510, Norm.AVG_GDPR, Norm.NIS2_CBW), SOURCES);
        assertThat(responsibility.norms()).containsExactly(Norm.NEN_7510, Norm.NIS2_CBW, Norm.AVG_GDPR);
        assertThat(responsibility.defaultEffort()).isEqualTo(EFFORT);
        assertThat(responsibility.level()).isEqualTo(Level.TACTICAL);
    }

    @Test
    void rejectsMissingParts() {
        assertInvalid(() -> with(Set.of(), List.of()), "Responsibility", "sources", "must not be empty");
        assertInvalid(() -> with(Set.of(), Arrays.asList(EDITORIAL, null)), "Responsibility", "sources",
                "element 1 must not be null");
        assertNullRejected(() -> new Responsibility(null, TaskDomain.EXECUTING, Level.TACTICAL, Topic.BUDGET,
                ScopeKind.UNIT, EFFORT, text("x"), Set.of(), SOURCES), "Responsibility.id");
        assertNullRejected(() -> new Responsibility(ID, null, Level.TACTICAL, Topic.BUDGET,
                ScopeKind.UNIT, EFFORT, text("x"), Set.of(), SOURCES), "Responsibility.domain");
        assertNullRejected(() -> new Responsibility(ID, TaskDomain.EXECUTING, null, Topic.BUDGET,
                ScopeKind.UNIT, EFFORT, text("x"), Set.of(), SOURCES), "Responsibility.level");
        assertNullRejected(() -> new Responsibility(ID, TaskDomain.EXECUTING, Level.TACTICAL, null,
                ScopeKind.UNIT, EFFORT, text("x"), Set.of(), SOURCES), "Responsibility.topic");
        assertNullRejected(() -> new Responsibility(ID, TaskDomain.EXECUTING, Level.TACTICAL, Topic.BUDGET,
                null, EFFORT, text("x"), Set.of(), SOURCES), "Responsibility.scope");
        assertNullRejected(() -> new Responsibility(ID, TaskDomain.EXECUTING, Level.TACTICAL, Topic.BUDGET,
                ScopeKind.UNIT, null, text("x"), Set.of(), SOURCES), "Responsibility.defaultEffort");
        assertNullRejected(() -> new Responsibility(ID, TaskDomain.EXECUTING, Level.TACTICAL, Topic.BUDGET,
                ScopeKind.UNIT, EFFORT, null, Set.of(), SOURCES), "Responsibility.text");
        assertNullRejected(() -> new Responsibility(ID, TaskDomain.EXECUTING, Level.TACTICAL, Topic.BUDGET,
                ScopeKind.UNIT, EFFORT, text("x"), null, SOURCES), "Responsibility.norms");
    }

    @Test
    void responsibilityIsEqualByValue() {
        assertValueSemantics(with(EnumSet.of(Norm.BIO), SOURCES), with(Set.of(Norm.BIO), SOURCES),
                with(Set.of(), SOURCES), with(Set.of(Norm.BIO), List.of(EDITORIAL)), responsibility("other"));
    }

    @Test
    void competencyChecksAndEquals() {
        CompetencyId id = CompetencyId.of("motivating");
        assertInvalid(() -> new Competency(id, text("m"), text("d"), List.of()), "Competency", "sources",
                "must not be empty");
        assertNullRejected(() -> new Competency(null, text("m"), text("d"), SOURCES), "Competency.id");
        assertNullRejected(() -> new Competency(id, null, text("d"), SOURCES), "Competency.name");
        assertNullRejected(() -> new Competency(id, text("m"), null, SOURCES), "Competency.description");
        assertValueSemantics(new Competency(id, text("m"), text("d"), SOURCES),
                new Competency(id, text("m"), text("d"), SOURCES),
                new Competency(CompetencyId.of("social-skills"), text("m"), text("d"), SOURCES),
                new Competency(id, text("m"), text("other"), SOURCES));
    }

    @Test
    void competencyTargetChecksAndEquals() {
        CompetencyId id = CompetencyId.of("motivating");
        assertInvalid(() -> new CompetencyTarget(id, 3, true, List.of()), "CompetencyTarget", "sources",
                "must not be empty");
        assertNullRejected(() -> new CompetencyTarget(null, 3, true, SOURCES), "CompetencyTarget.competency");
        assertValueSemantics(new CompetencyTarget(id, 3, true, SOURCES), new CompetencyTarget(id, 3, true, SOURCES),
                new CompetencyTarget(id, 4, true, SOURCES), new CompetencyTarget(id, 3, false, SOURCES),
                new CompetencyTarget(CompetencyId.of("social-skills"), 3, true, SOURCES));
    }

    @Test
    void roleChecksAndEquals() {
        RoleId id = RoleId.of("it-manager");
        assertInvalid(() -> new Role(id, text("IT"), List.of()), "Role", "sources", "must not be empty");
        assertNullRejected(() -> new Role(null, text("IT"), SOURCES), "Role.id");
        assertNullRejected(() -> new Role(id, null, SOURCES), "Role.name");
        assertValueSemantics(new Role(id, text("IT"), SOURCES), new Role(id, text("IT"), SOURCES),
                new Role(RoleId.of("line-manager"), text("IT"), SOURCES), new Role(id, text("ICT"), SOURCES));
    }

    @Test
    void placementChecksAndEquals() {
        List<RoleId> cisos = List.of(RoleId.of("ciso-municipality"), RoleId.of("ciso-healthcare"));
        Placement placement = new Placement(Set.of(GoverningBody.PORTFOLIO_HOLDER, GoverningBody.MUNICIPAL_SECRETARY),
                List.of(), true, true, text("p"), SOURCES);
        assertThat(placement.reportsToBodies())
                .containsExactly(GoverningBody.MUNICIPAL_SECRETARY, GoverningBody.PORTFOLIO_HOLDER);
        assertInvalid(() -> new Placement(Set.of(), List.of(RoleId.of("iso"), RoleId.of("iso")), false, false,
                text("p"), SOURCES), "Placement", "reportsToRoles", "duplicate id 'iso'");
        assertInvalid(() -> new Placement(Set.of(), cisos, false, false, text("p"), List.of()), "Placement",
                "sources", "must not be empty");
        assertNullRejected(() -> new Placement(null, cisos, false, false, text("p"), SOURCES),
                "Placement.reportsToBodies");
        assertNullRejected(() -> new Placement(Set.of(), null, false, false, text("p"), SOURCES),
                "Placement.reportsToRoles");
        assertNullRejected(() -> new Placement(Set.of(), cisos, false, false, null, SOURCES),
                "Placement.description");
        assertValueSemantics(new Placement(Set.of(), cisos, false, false, text("p"), SOURCES),
                new Placement(EnumSet.noneOf(GoverningBody.class), List.copyOf(cisos), false, false, text("p"),
                        SOURCES),
                new Placement(Set.of(), cisos, true, false, text("p"), SOURCES),
                new Placement(Set.of(), cisos, false, true, text("p"), SOURCES),
                new Placement(Set.of(), List.of(), false, false, text("p"), SOURCES),
                new Placement(Set.of(GoverningBody.BOARD_OF_DIRECTORS), cisos, false, false, text("p"), SOURCES));
    }
}
