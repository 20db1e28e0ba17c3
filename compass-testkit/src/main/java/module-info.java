/**
 * jqwik arbitraries and a domain context for property tests of Competentiekompas rules.
 *
 * @since 0.1
 */
module nl.competentiekompas.testkit {
    requires transitive nl.competentiekompas.core;
    requires transitive net.jqwik.api;
    requires static org.jspecify;

    exports nl.competentiekompas.testkit;

    provides net.jqwik.api.providers.ArbitraryProvider with nl.competentiekompas.testkit.CompassArbitraryProvider;
}
