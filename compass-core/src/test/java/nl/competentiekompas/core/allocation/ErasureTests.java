package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

class ErasureTests {

    private static final PersonId CISO = PersonId.of("p-ciso");
    private static final PersonId ISO = PersonId.of("p-iso");
    private static final ResponsibilityId POLICY = ResponsibilityId.of("ciso-policy");
    private static final ResponsibilityId RISK = ResponsibilityId.of("iso-risk-analysis");
    private static final LocalDate EXPIRES = LocalDate.of(2027, 1, 1);

    private final Assignment cisoPolicy = Assignment.of(POLICY, Scope.organisation(), CISO, Raci.R, Raci.A);
    private final Assignment isoPolicy = Assignment.of(POLICY, Scope.organisation(), ISO, Raci.C);
    private final Assignment isoRisk = Assignment.of(RISK, Scope.unit(UnitId.of("u-finance")), ISO, Raci.R);
    private final Assignment cisoRisk = Assignment.of(RISK, Scope.process(ProcessId.of("pr-pay")), CISO, Raci.C);

    private static RiskAcceptance acceptance(String subject, String reason) {
        return new RiskAcceptance("capacity", subject, reason, GoverningBody.BOARD_OF_DIRECTORS, EXPIRES);
    }

    @Test
    void withoutPersonDropsOnlyTheirAssignments() {
        Allocation allocation = Allocation.of(List.of(cisoRisk, isoRisk, isoPolicy, cisoPolicy));
        Allocation without = allocation.withoutPerson(CISO);
        assertThat(without.assignments()).containsExactly(isoPolicy, isoRisk);
        assertThat(without.people()).containsExactly(ISO);
        assertThat(without.forPerson(CISO)).isEmpty();
        assertThat(without.keys()).containsExactly(isoPolicy.key(), isoRisk.key());
        assertThat(without).isEqualTo(Allocation.of(List.of(isoRisk, isoPolicy)))
                .hasSameHashCodeAs(Allocation.of(List.of(isoRisk, isoPolicy)));
        assertThat(allocation.withoutPerson(ISO).withoutPerson(CISO)).isEqualTo(Allocation.empty());
    }

    @Test
    void withoutAPersonWhoHoldsNothingReturnsTheSameAllocation() {
        Allocation allocation = Allocation.of(List.of(cisoPolicy, isoRisk));
        assertThat(allocation.withoutPerson(PersonId.of("p-stranger"))).isSameAs(allocation);
        assertThatThrownBy(() -> allocation.withoutPerson(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("person");
    }

    @Test
    void anAcceptanceMentionsAPersonNamedInItsSubject() {
        assertThat(acceptance("p-ciso", "workload is temporary").mentions(CISO)).isTrue();
        assertThat(acceptance("p-ciso ciso-iso-work", "x").mentions(CISO)).isTrue();
        assertThat(acceptance("ciso-policy@process:pr-pay p-ciso", "x").mentions(CISO)).isTrue();
        // part of a longer id in the subject is another id
        assertThat(acceptance("p-ciso-2", "x").mentions(CISO)).isFalse();
        assertThat(acceptance("ciso-policy@organisation", "x").mentions(CISO)).isFalse();
        assertThat(acceptance("org", "x").mentions(PersonId.of("or"))).isFalse();
    }

    @Test
    void anAcceptanceMentionsAPersonNamedInItsReason() {
        assertThat(acceptance("org", "until p-ciso is back").mentions(CISO)).isTrue();
        assertThat(acceptance("org", "p-ciso.").mentions(CISO)).isTrue();
        assertThat(acceptance("org", "(p-ciso)").mentions(CISO)).isTrue();
        // the test errs towards finding the person
        assertThat(acceptance("org", "p-ciso-2 is away").mentions(CISO)).isTrue();
        assertThat(acceptance("org", "p-cisox is away").mentions(CISO)).isFalse();
        assertThat(acceptance("org", "xp-ciso is away").mentions(CISO)).isFalse();
        assertThat(acceptance("org", "P-CISO is away").mentions(CISO)).isFalse();
        assertThat(acceptance("org", "the board accepted").mentions(CISO)).isFalse();
        assertThatThrownBy(() -> acceptance("org", "x").mentions(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("person");
    }
}
