package nl.competentiekompas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.AllocationRule;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.RuleCategory;
import nl.competentiekompas.core.allocation.RuleContext;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.Organisation;

/**
 * The example of the README: a user's own rule ("a CISO has at least 0.5 FTE, unless the role is a side job")
 * and its property tests with the testkit.
 */
@Domain(CompassDomain.class)
class CustomRuleExampleTests {

    /** A user's rule: a CISO who is not a side job needs at least half an FTE. */
    static final class CisoHasTime implements AllocationRule {
        static final Fte MINIMUM = Fte.ofThousandths(500);

        @Override
        public String id() {
            return "ciso-has-time";
        }

        @Override
        public RuleCategory category() {
            return RuleCategory.STRUCTURAL;
        }

        @Override
        public Severity defaultSeverity(Sector sector, boolean essentialEntity) {
            return essentialEntity ? Severity.ERROR : Severity.WARNING;
        }

        @Override
        public List<SourceRef> sources(Catalog catalog) {
            return List.of(SourceRef.editorial(LocalizedText.of("Eigen beleid: de CISO heeft tijd nodig.",
                    "Our policy: the CISO needs time.")));
        }

        @Override
        public List<Finding> check(RuleContext context) {
            return context.appointments(RoleKind.CISO).stream()
                    .filter(a -> !a.sideJob() && a.fte().compareTo(MINIMUM) < 0)
                    .map(a -> context.finding(this, List.of(a.id().value()), LocalizedText.of(
                            "CISO-aanstelling " + a.id() + " heeft minder dan " + MINIMUM + " fte.",
                            "CISO appointment " + a.id() + " has less than " + MINIMUM + " FTE.")))
                    .toList();
        }
    }

    private final Catalog catalog = Catalogs.builtIn();
    private final Rules rules = Rules.builtIn().with(new CisoHasTime());

    @Property(tries = 200)
    void flagsExactlyTheCisosWithTooLittleTime(@ForAll Organisation organisation) {
        Evaluation evaluation = rules.evaluate(organisation, Allocator.propose(organisation, catalog), catalog);
        List<String> flagged = evaluation.findings("ciso-has-time").stream().map(Finding::subject).toList();
        List<String> expected = organisation.appointments().stream()
                .filter(a -> a.role().value().startsWith("ciso-") && !a.sideJob() && a.fte().thousandths() < 500)
                .map(a -> a.id().value()).toList();
        assertThat(flagged).containsExactlyElementsOf(expected);
    }

    @Property(tries = 100)
    void isAnErrorOnlyForEssentialEntities(@ForAll Organisation organisation) {
        Evaluation evaluation = rules.evaluate(organisation, Allocator.propose(organisation, catalog), catalog);
        assertThat(evaluation.findings("ciso-has-time")).allMatch(f -> f.severity()
                == (organisation.essentialEntity() ? Severity.ERROR : Severity.WARNING));
    }

    @Property(tries = 100)
    void aSideJobIsNeverFlagged(@ForAll Organisation organisation) {
        Organisation sideJobs = organisation;
        for (Appointment a : organisation.appointments()) {
            sideJobs = sideJobs.withAppointment(a.withSideJob(true));
        }
        assertThat(rules.evaluate(sideJobs, Allocator.propose(sideJobs, catalog), catalog).has("ciso-has-time"))
                .isFalse();
    }

    @Example
    void theBuiltInRulesStayAsTheyWere() {
        assertThat(rules.rules()).hasSize(13);
        assertThat(rules.rule("ciso-has-time")).containsInstanceOf(CisoHasTime.class);
    }
}
