package nl.competentiekompas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.RuleCategory;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.Unit;

class CompassArbitrariesTests {

    private final Rules rules = Rules.builtIn();

    @Provide
    Arbitrary<Organisation> soundHealthcare() {
        return CompassArbitraries.organisations().sound().ofSector(Sector.HEALTHCARE).essentialEntity(true)
                .units(3, 5).maxDepth(2).processes(2, 2).isos(1).withSideJobs();
    }

    @Property(tries = 200)
    void configurationIsHonoured(@ForAll("soundHealthcare") Organisation organisation) {
        assertThat(organisation.sector()).isEqualTo(Sector.HEALTHCARE);
        assertThat(organisation.essentialEntity()).isTrue();
        assertThat(organisation.units()).hasSizeBetween(3, 5);
        assertThat(organisation.processes()).hasSize(2);
        for (Unit unit : organisation.units()) {
            assertThat(organisation.pathToTop(unit.id()).size() - 1).isLessThanOrEqualTo(2);
        }
    }

    @Property(tries = 200)
    void soundOrganisationsHaveNoStructuralFindings(@ForAll("soundHealthcare") Organisation organisation) {
        Evaluation e = rules.evaluate(organisation, Allocation.empty(), Catalogs.builtIn());
        assertThat(e.findings()).noneMatch(f -> rules.rule(f.ruleId()).orElseThrow().category()
                == RuleCategory.STRUCTURAL);
    }

    @Property(tries = 100)
    void theProviderSuppliesOrganisationsWithoutADomain(@ForAll Organisation organisation) {
        assertThat(organisation.units()).isNotEmpty();
    }

    @Property(tries = 50)
    @Domain(CompassDomain.class)
    void theDomainSuppliesOrganisationsAndViolations(@ForAll Organisation organisation, @ForAll Violation violation) {
        assertThat(Violations.all()).contains(violation);
        assertThat(organisation.units()).isNotEmpty();
    }

    @Property(tries = 100)
    void allocationsStayWithinTheOrganisation(@ForAll Organisation organisation, @ForAll Random random) {
        Allocation allocation = CompassArbitraries.allocations(organisation, Catalogs.builtIn()).generator(10)
                .next(random).value();
        // evaluating checks every scope and responsibility exists; it must not throw
        rules.evaluate(organisation, allocation, Catalogs.builtIn());
        assertThat(allocation.size()).isLessThanOrEqualTo(Allocator.propose(organisation, Catalogs.builtIn()).size());
    }

    @Example
    void badConfigurationIsRejected() {
        assertThatThrownBy(() -> CompassArbitraries.organisations().units(0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("units: need 1 <= min <= max, got 0..3");
        assertThatThrownBy(() -> CompassArbitraries.organisations().processes(3, 2))
                .hasMessage("processes: need 0 <= min <= max, got 3..2");
        assertThatThrownBy(() -> CompassArbitraries.organisations().maxDepth(0))
                .hasMessage("maxDepth: need at least 1, got 0");
        assertThatThrownBy(() -> CompassArbitraries.sharedCiso(1))
                .hasMessage("sharedCiso: need at least 2 organisations, got 1");
    }

    @Example
    void everyBuiltInRuleHasAViolation() {
        assertThat(Violations.all()).extracting(Violation::ruleId)
                .containsAll(rules.rules().stream().map(r -> r.id()).toList());
        assertThat(Violations.all()).extracting(Violation::name).doesNotHaveDuplicates();
    }

    @Example
    void organisationsAreReportedAsReadableParts() {
        Organisation o = CompassArbitraries.organisations().sound().units(2, 2).processes(1, 1).sample();
        OrganisationReportingFormat format = new OrganisationReportingFormat();
        assertThat(format.appliesTo(o)).isTrue();
        assertThat(format.appliesTo("text")).isFalse();
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) format.report(o);
        assertThat(report.keySet()).containsExactly("id", "bodies", "units", "appointments", "lines", "processes");
        assertThat(report.get("units").toString()).contains("u-0");
        assertThat(report.get("appointments").toString()).contains("a-ciso: p-ciso as ciso-");
    }
}
