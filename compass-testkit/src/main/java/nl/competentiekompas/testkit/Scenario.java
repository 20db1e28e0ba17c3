package nl.competentiekompas.testkit;

import java.util.Objects;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.organisation.Organisation;

/**
 * An organisation, its allocation and the catalog the allocation refers to: what a {@link Violation} changes
 * and what the rules evaluate. Immutable and thread-safe.
 *
 * @param organisation the organisation; not null
 * @param allocation its allocation; not null
 * @param catalog the catalog; not null
 * @since 0.1
 */
public record Scenario(Organisation organisation, Allocation allocation, Catalog catalog) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Scenario {
        Objects.requireNonNull(organisation, "Scenario.organisation");
        Objects.requireNonNull(allocation, "Scenario.allocation");
        Objects.requireNonNull(catalog, "Scenario.catalog");
    }

    /**
     * The organisation with the allocation {@link Allocator} proposes for it.
     *
     * @param organisation the organisation; not null
     * @param catalog the catalog; not null
     * @return the scenario; never null
     */
    public static Scenario proposed(Organisation organisation, Catalog catalog) {
        return new Scenario(organisation, Allocator.propose(organisation, catalog), catalog);
    }

    /**
     * A copy with another organisation.
     *
     * @param value the organisation; not null
     * @return the scenario; never null
     */
    public Scenario withOrganisation(Organisation value) {
        return new Scenario(value, allocation, catalog);
    }

    /**
     * A copy with another allocation.
     *
     * @param value the allocation; not null
     * @return the scenario; never null
     */
    public Scenario withAllocation(Allocation value) {
        return new Scenario(organisation, value, catalog);
    }

    /**
     * A compact form: the organisation, counts of assignments, and the catalog id.
     *
     * @return the text; never null
     */
    @Override
    public String toString() {
        return "Scenario[" + organisation + ", " + allocation + ", catalog " + catalog.id() + "]";
    }
}
