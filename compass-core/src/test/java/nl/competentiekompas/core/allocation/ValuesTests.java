package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

class ValuesTests {

    private static final ResponsibilityId R1 = ResponsibilityId.of("r-one");
    private static final PersonId P1 = PersonId.of("p-1");

    @Test
    void scopeOrdersAndPrints() {
        assertThat(Scope.organisation()).hasToString("organisation");
        assertThat(Scope.unit(UnitId.of("u-a"))).hasToString("unit:u-a");
        assertThat(Scope.process(ProcessId.of("p-a")).processId()).contains(ProcessId.of("p-a"));
        assertThat(List.of(Scope.process(ProcessId.of("a")), Scope.unit(UnitId.of("b")), Scope.organisation())
                .stream().sorted().toList()).containsExactly(Scope.organisation(), Scope.unit(UnitId.of("b")),
                        Scope.process(ProcessId.of("a")));
        assertThat(Scope.unit(UnitId.of("u-a"))).isEqualTo(new Scope(ScopeKind.UNIT, "u-a"))
                .hasSameHashCodeAs(new Scope(ScopeKind.UNIT, "u-a"));
    }

    @Test
    void scopeRejectsBadRefs() {
        assertThatThrownBy(() -> new Scope(ScopeKind.ORGANISATION, "x")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Scope.ref: must be empty for the organisation scope");
        assertThatThrownBy(() -> new Scope(ScopeKind.UNIT, "")).hasMessage("Scope.ref: must be the lower-kebab id of the unit");
        assertThatThrownBy(() -> new Scope(null, "")).isInstanceOf(NullPointerException.class).hasMessage("Scope.kind");
    }

    @Test
    void assignmentEffortDefaultsOnlyForResponsible() {
        var item = Fixtures.item("r-one", nl.competentiekompas.core.catalog.Level.OPERATIONAL, ScopeKind.UNIT, 70);
        assertThat(Assignment.of(R1, Scope.organisation(), P1, Raci.R).effortFor(item)).isEqualTo(Fte.ofThousandths(70));
        assertThat(Assignment.of(R1, Scope.organisation(), P1, Raci.A).effortFor(item)).isEqualTo(Fte.ZERO);
        assertThat(Assignment.of(R1, Scope.organisation(), P1, Raci.C).withEffort(Fte.ofThousandths(5)).effortFor(item))
                .isEqualTo(Fte.ofThousandths(5));
        var other = Fixtures.item("r-two", nl.competentiekompas.core.catalog.Level.OPERATIONAL, ScopeKind.UNIT, 70);
        assertThatThrownBy(() -> Assignment.of(R1, Scope.organisation(), P1, Raci.R).effortFor(other))
                .hasMessage("Assignment.responsibility: is 'r-one', not 'r-two'");
    }

    @Test
    void assignmentEqualityAndChecks() {
        Assignment a = Assignment.of(R1, Scope.organisation(), P1, Raci.A, Raci.R);
        assertThat(a).isEqualTo(new Assignment(R1, Scope.organisation(), P1, Set.of(Raci.R, Raci.A), Optional.empty()))
                .hasSameHashCodeAs(Assignment.of(R1, Scope.organisation(), P1, Raci.R, Raci.A))
                .isNotEqualTo(a.withRaci(Set.of(Raci.R)));
        assertThat(a.raci()).containsExactly(Raci.R, Raci.A);
        assertThat(a.key()).hasToString("r-one@organisation");
        assertThatThrownBy(() -> Assignment.of(R1, Scope.organisation(), P1))
                .isInstanceOf(InvalidValueException.class).hasMessage("Assignment.raci: must hold at least one letter");
        assertThatThrownBy(() -> new Assignment(R1, Scope.organisation(), null, Set.of(Raci.A), Optional.empty()))
                .hasMessage("Assignment.person");
    }

    @Test
    void raciParsesLetters() {
        assertThat(Raci.parse("ar")).containsExactly(Raci.R, Raci.A);
        assertThatThrownBy(() -> Raci.parse("RX")).hasMessage("Raci.letters: must hold only the letters R, A, C and I");
        assertThatThrownBy(() -> Raci.parse("")).hasMessage("Raci.letters: must hold at least one letter");
    }

    @Test
    void allocationIsOrderIndependentAndRejectsDuplicates() {
        Assignment a = Assignment.of(R1, Scope.organisation(), P1, Raci.A);
        Assignment b = Assignment.of(R1, Scope.organisation(), PersonId.of("p-2"), Raci.R);
        Assignment c = Assignment.of(ResponsibilityId.of("r-zero"), Scope.organisation(), P1, Raci.R);
        assertThat(Allocation.of(List.of(a, b, c))).isEqualTo(Allocation.of(List.of(c, b, a)))
                .hasSameHashCodeAs(Allocation.of(List.of(b, a, c)));
        assertThat(Allocation.of(List.of(a, b, c)).assignments()).containsExactly(a, b, c);
        assertThat(Allocation.of(List.of(a, b)).forKey(a.key())).containsExactly(a, b);
        assertThat(Allocation.of(List.of(a, c)).forPerson(P1)).containsExactly(a, c);
        assertThat(Allocation.of(List.of(a, b)).without(a.key(), P1)).isEqualTo(Allocation.of(List.of(b)));
        assertThat(Allocation.of(List.of(a)).with(a.withRaci(Set.of(Raci.C))).assignments())
                .containsExactly(a.withRaci(Set.of(Raci.C)));
        assertThatThrownBy(() -> Allocation.of(List.of(a, a.withRaci(Set.of(Raci.R)))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Allocation.assignments: person 'p-1' is assigned twice to r-one@organisation");
    }

    @Test
    void findingChecksAndOrders() {
        LocalizedText m = LocalizedText.of("m", "m");
        List<SourceRef> s = List.of(SourceRef.editorial(m));
        Finding warning = Finding.of("capacity", Severity.WARNING, List.of("p-1"), m, s);
        Finding error = Finding.of("coverage", Severity.ERROR, List.of("r-1"), m, s);
        assertThat(Evaluation.of(List.of(warning, error)).findings()).containsExactly(error, warning);
        assertThat(Evaluation.of(List.of(warning, error))).isEqualTo(Evaluation.of(List.of(error, warning)))
                .hasSameHashCodeAs(Evaluation.of(List.of(error, warning)))
                .isNotEqualTo(Evaluation.of(List.of(error)))
                .hasToString("Evaluation[1 error, 1 warning, 0 info]");
        assertThat(Evaluation.of(List.of(warning, error)).errors()).containsExactly(error);
        assertThat(Evaluation.of(List.of(warning)).hasErrors()).isFalse();
        assertThat(warning).isEqualTo(Finding.of("capacity", Severity.WARNING, List.of("p-1"), m, s))
                .hasSameHashCodeAs(Finding.of("capacity", Severity.WARNING, List.of("p-1"), m, s));
        assertThatThrownBy(() -> Finding.of("Bad Id", Severity.ERROR, List.of("x"), m, s))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Finding.value: must be a lower-kebab id");
        assertThatThrownBy(() -> Finding.of("x", Severity.ERROR, List.of(), m, s))
                .hasMessage("Finding.subjects: must not be empty");
        assertThatThrownBy(() -> Finding.of("x", Severity.ERROR, List.of("a"), m, List.of()))
                .hasMessage("Finding.sources: must not be empty");
        RiskAcceptance other = new RiskAcceptance("coverage", "p-1", "r", GoverningBody.BOARD_OF_DIRECTORS,
                LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> warning.withAcceptance(other))
                .hasMessage("Finding.acceptance: must be for rule 'capacity' and this finding's subject");
    }

    @Test
    void riskAcceptanceChecksAndHidesTheReason() {
        RiskAcceptance a = new RiskAcceptance("capacity", "p-1", "secret reason", GoverningBody.BOARD_OF_DIRECTORS,
                LocalDate.of(2027, 1, 1));
        assertThat(a).isEqualTo(new RiskAcceptance("capacity", "p-1", "secret reason",
                GoverningBody.BOARD_OF_DIRECTORS, LocalDate.of(2027, 1, 1)));
        assertThat(a.toString()).doesNotContain("secret").contains("capacity p-1");
        assertThat(a.expiredOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(a.expiredOn(LocalDate.of(2027, 1, 2))).isTrue();
        assertThatThrownBy(() -> new RiskAcceptance("capacity", " ", "r", GoverningBody.BOARD_OF_DIRECTORS,
                LocalDate.of(2027, 1, 1))).hasMessage("RiskAcceptance.subject: must not be blank");
        assertThatThrownBy(() -> new RiskAcceptance("capacity", "s", "", GoverningBody.BOARD_OF_DIRECTORS,
                LocalDate.of(2027, 1, 1))).hasMessage("RiskAcceptance.reason: must not be blank");
    }

    @Test
    void separationOfDutiesChecksCardinality() {
        SeparationOfDuties sod = SeparationOfDuties.cisoAndItManager();
        assertThat(sod.memberIds()).containsExactly("ciso", "it-manager");
        assertThat(sod).isEqualTo(new SeparationOfDuties("ciso-it-manager", Set.of(RoleKind.CISO),
                Set.of(Catalogs.IT_MANAGER), 2));
        assertThatThrownBy(() -> new SeparationOfDuties("x", Set.of(RoleKind.CISO), Set.of(), 2))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("SeparationOfDuties.cardinality: must be between 2 and the number of members (1), got 2");
    }

    @Test
    void workloadSumsAndEquals() {
        Workload w = Workload.builder().addFte(P1, Fte.ofThousandths(400)).addFte(P1, Fte.ofThousandths(100))
                .addEffort(P1, Fte.ofThousandths(50)).build();
        assertThat(w.fteThousandths(P1)).isEqualTo(500);
        assertThat(w.effortThousandths(P1)).isEqualTo(50);
        assertThat(w.fteThousandths(PersonId.of("p-2"))).isZero();
        assertThat(w).isEqualTo(Workload.builder().addFte(P1, Fte.ofThousandths(500))
                .addEffort(P1, Fte.ofThousandths(50)).build());
        assertThat(Workload.none()).isNotEqualTo(w);
    }
}
