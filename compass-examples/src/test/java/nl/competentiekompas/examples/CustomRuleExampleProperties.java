package nl.competentiekompas.examples;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.testkit.CompassArbitraries;

/** The law of {@link CustomRuleExample}'s rule as jqwik properties, the way a user's own test suite states it. */
class CustomRuleExampleProperties {

    private final Catalog catalog = Catalogs.builtIn();

    @Provide
    Arbitrary<Organisation> withSideJobs() {
        return CompassArbitraries.organisations().withSideJobs();
    }

    @Property(tries = 200)
    void flagsExactlyTheSideJobCisosOfEssentialEntities(@ForAll("withSideJobs") Organisation organisation) {
        assertThat(CustomRuleExample.lawHolds(organisation, catalog)).isTrue();
    }

    @Provide
    Arbitrary<Organisation> notEssential() {
        return CompassArbitraries.organisations().withSideJobs().essentialEntity(false);
    }

    @Property(tries = 100)
    void neverFlagsAnOrganisationThatIsNotAnEssentialEntity(@ForAll("notEssential") Organisation organisation) {
        assertThat(CustomRuleExample.flagged(organisation, catalog)).isEmpty();
    }
}
