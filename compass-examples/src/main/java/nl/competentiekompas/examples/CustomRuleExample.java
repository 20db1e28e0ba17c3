package nl.competentiekompas.examples;

import java.util.List;
import nl.competentiekompas.core.allocation.AllocationRule;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.RuleCategory;
import nl.competentiekompas.core.allocation.RuleContext;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.testkit.CompassArbitraries;

/**
 * Example: write your own allocation rule and property-test it with compass-testkit.
 *
 * <p>The rule, {@link EssentialCisoNotSideJob}, is a stricter house policy than the compass itself: in an
 * essential entity (NIS2) the CISO role is not held as a side job. Its law — it flags exactly the side-job CISO
 * appointments of essential entities, and nothing else — is checked here on organisations the testkit generates,
 * sampled outside a jqwik property; {@code CustomRuleExampleProperties} in this module's tests checks the same law
 * as a {@code @Property}, which is how you would do it in your own test suite.
 *
 * <p>Run it with {@code java -cp compass-examples/target/compass.jar
 * nl.competentiekompas.examples.CustomRuleExample}; it exits with 1 if the law fails for an organisation.
 */
public final class CustomRuleExample {

    /** How many generated organisations {@link #main(String[])} checks. */
    static final int ORGANISATIONS = 500;

    private CustomRuleExample() {
    }

    /**
     * A house rule: in an essential entity the CISO role is not a side job. A rule is an {@link AllocationRule}:
     * an id, a category, a default severity, its sources, and a check that turns the context into findings.
     * Immutable and thread-safe.
     */
    public static final class EssentialCisoNotSideJob implements AllocationRule {

        /** The rule's id, as findings carry it. */
        public static final String ID = "essential-ciso-not-side-job";

        /** Creates the rule. */
        public EssentialCisoNotSideJob() {
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public RuleCategory category() {
            return RuleCategory.STRUCTURAL;
        }

        @Override
        public Severity defaultSeverity(Sector sector, boolean essentialEntity) {
            return Severity.WARNING;
        }

        @Override
        public List<SourceRef> sources(Catalog catalog) {
            // Where the sources are silent, say that the rule is your own choice.
            return List.of(SourceRef.editorial(LocalizedText.of(
                    "Eigen beleid: een essentiële entiteit heeft een CISO die de rol niet als nevenfunctie vervult.",
                    "Our policy: an essential entity has a CISO who does not hold the role as a side job.")));
        }

        @Override
        public List<Finding> check(RuleContext context) {
            if (!context.organisation().essentialEntity()) {
                return List.of();
            }
            // Findings name appointment ids only, never people's names.
            return context.appointments(RoleKind.CISO).stream()
                    .filter(appointment -> appointment.sideJob())
                    .map(appointment -> context.finding(this, List.of(appointment.id().value()), LocalizedText.of(
                            "CISO-aanstelling " + appointment.id() + " is een nevenfunctie in een essentiële entiteit.",
                            "CISO appointment " + appointment.id() + " is a side job in an essential entity.")))
                    .toList();
        }
    }

    /**
     * The appointments the rule flags on the allocation the {@link Allocator} proposes for an organisation.
     *
     * @param organisation the organisation; not null
     * @param catalog the catalog; not null
     * @return the flagged appointment ids, sorted; never null
     */
    public static List<String> flagged(Organisation organisation, Catalog catalog) {
        Rules rules = Rules.builtIn().with(new EssentialCisoNotSideJob());
        Evaluation evaluation = rules.evaluate(organisation, Allocator.propose(organisation, catalog), catalog);
        return evaluation.findings(EssentialCisoNotSideJob.ID).stream().map(Finding::subject).sorted().toList();
    }

    /**
     * The law of the rule: it flags exactly the side-job CISO appointments of an essential entity, and none in
     * any other organisation. The expectation is computed independently of the rule, from the appointments.
     *
     * @param organisation the organisation; not null
     * @param catalog the catalog; not null
     * @return whether the law holds for the organisation
     */
    public static boolean lawHolds(Organisation organisation, Catalog catalog) {
        List<String> expected = organisation.appointments().stream()
                .filter(a -> organisation.essentialEntity() && a.sideJob()
                        && catalog.profile(a.role()).map(p -> p.kind() == RoleKind.CISO).orElse(false))
                .map(a -> a.id().value()).sorted().toList();
        return flagged(organisation, catalog).equals(expected);
    }

    /**
     * Checks the law on {@value #ORGANISATIONS} generated organisations and prints the outcome.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Catalog catalog = Catalogs.builtIn();
        // Organisations of every sector, essential or not, with CISOs and ISOs that may be side jobs.
        List<Organisation> organisations = CompassArbitraries.organisations().withSideJobs()
                .sampleStream()
                .limit(ORGANISATIONS)
                .toList();
        List<Organisation> failures = organisations.stream()
                .filter(organisation -> !lawHolds(organisation, catalog)).toList();
        // A law that never meets a case it flags proves little: count the organisations the rule flagged.
        long withFindings = organisations.stream().filter(o -> !flagged(o, catalog).isEmpty()).count();
        System.out.println("Checked " + ORGANISATIONS + " generated organisations against the law of rule "
                + EssentialCisoNotSideJob.ID + "; the rule flagged " + withFindings + " of them.");
        if (failures.isEmpty()) {
            System.out.println("The law held for every organisation.");
        } else {
            System.out.println("The law failed for " + failures.size() + " organisations, for example "
                    + failures.get(0).id() + ".");
            System.exit(1);
        }
    }
}
