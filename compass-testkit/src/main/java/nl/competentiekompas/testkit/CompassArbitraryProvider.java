package nl.competentiekompas.testkit;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import nl.competentiekompas.core.organisation.Organisation;

/**
 * Makes {@code @ForAll Organisation} and {@code @ForAll Violation} work in every property, without a
 * domain. Registered as a service both in {@code module-info} and in {@code META-INF/services}.
 *
 * @since 0.1
 */
public final class CompassArbitraryProvider implements ArbitraryProvider {

    /** Creates the provider; the service loader does this. */
    public CompassArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Organisation.class) || targetType.isOfType(Violation.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(Organisation.class)) {
            return Set.of(CompassArbitraries.organisations());
        }
        return Set.of(CompassArbitraries.violations());
    }
}
