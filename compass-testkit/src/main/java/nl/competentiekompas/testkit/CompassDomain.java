package nl.competentiekompas.testkit;

import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.SampleReportingFormat;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import nl.competentiekompas.core.organisation.Organisation;

/**
 * A jqwik domain context for Competentiekompas: with {@code @Domain(CompassDomain.class)} on a test class or
 * property, {@code @ForAll Organisation} and {@code @ForAll Violation} draw from {@link CompassArbitraries},
 * and organisations are reported in counterexamples as readable lists of units, appointments, lines and
 * processes instead of one long line.
 *
 * @since 0.1
 */
public class CompassDomain extends DomainContextBase {

    /** Creates the domain; jqwik does this. */
    public CompassDomain() {
    }

    /**
     * Organisations of every sector, with and without structural defects.
     *
     * @return the arbitrary; never null
     */
    @Provide
    public Arbitrary<Organisation> organisations() {
        return CompassArbitraries.organisations();
    }

    /**
     * The built-in violations.
     *
     * @return the arbitrary; never null
     */
    @Provide
    public Arbitrary<Violation> violations() {
        return CompassArbitraries.violations();
    }

    /**
     * The formats of this domain: {@link OrganisationReportingFormat}.
     *
     * @return the formats; never null
     */
    @Override
    public Collection<SampleReportingFormat> getReportingFormats() {
        return List.of(new OrganisationReportingFormat());
    }
}
