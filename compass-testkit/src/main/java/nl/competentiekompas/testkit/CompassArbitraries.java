package nl.competentiekompas.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * Arbitraries for property tests of allocation rules: organisations, allocations and violations.
 *
 * <p>Use them directly ({@code @Provide Arbitrary<Organisation> orgs() { return
 * CompassArbitraries.organisations().ofSector(Sector.HEALTHCARE); }}) or through {@link CompassDomain}, which
 * lets {@code @ForAll Organisation} work. Everything shrinks towards small organisations without defects and
 * allocations close to the proposal of {@link Allocator}.
 *
 * @since 0.1
 */
public final class CompassArbitraries {

    private CompassArbitraries() {
    }

    /**
     * Organisations of every sector, with and without structural defects; configure the result.
     *
     * @return the arbitrary; never null
     */
    public static OrganisationArbitrary organisations() {
        return new OrganisationArbitrary();
    }

    /**
     * Groups of organisations that share one CISO ({@code p-ciso}), with ids {@code org-1}, {@code org-2}, ...:
     * capacity must be summed over the group.
     *
     * @param size the number of organisations, at least 2
     * @return the arbitrary; never null
     * @throws IllegalArgumentException if size is below 2
     */
    public static Arbitrary<List<Organisation>> sharedCiso(int size) {
        if (size < 2) {
            throw new IllegalArgumentException("sharedCiso: need at least 2 organisations, got " + size);
        }
        List<Arbitrary<Organisation>> parts = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            parts.add(organisations().sound().withId(OrganisationId.of("org-" + i)));
        }
        return Combinators.combine(parts).as(List::copyOf);
    }

    /**
     * Allocations for an organisation against the bundled catalog; see {@link #allocations(Organisation, Catalog)}.
     *
     * @param organisation the organisation; not null
     * @return the arbitrary; never null
     */
    public static Arbitrary<Allocation> allocations(Organisation organisation) {
        return allocations(organisation, Catalogs.builtIn());
    }

    /**
     * Allocations for an organisation: the proposal of {@link Allocator}, with some assignments dropped, given
     * to another person of the organisation, given other RACI letters or an explicit effort. Shrinks towards
     * the proposal itself.
     *
     * @param organisation the organisation; not null
     * @param catalog the catalog; not null
     * @return the arbitrary; never null
     */
    public static Arbitrary<Allocation> allocations(Organisation organisation, Catalog catalog) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(catalog, "catalog");
        Allocation proposal = Allocator.propose(organisation, catalog);
        List<Assignment> base = proposal.assignments();
        List<PersonId> people = List.copyOf(organisation.people());
        if (base.isEmpty()) {
            return Arbitraries.just(proposal);
        }
        Arbitrary<Change> change = Combinators.combine(
                Arbitraries.integers().between(0, base.size() - 1),
                Arbitraries.of(Change.Kind.class),
                Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 15)).as(Change::new);
        return change.list().ofMaxSize(Math.min(10, base.size())).map(changes -> apply(base, people, changes));
    }

    private record Change(int index, Kind kind, int choice, int letters) {
        enum Kind { DROP, OTHER_PERSON, OTHER_LETTERS, EFFORT }
    }

    private static Allocation apply(List<Assignment> base, List<PersonId> people, List<Change> changes) {
        List<Assignment> list = new ArrayList<>(base);
        for (Change c : changes) {
            int index = c.index() % list.size();
            Assignment a = list.get(index);
            switch (c.kind()) {
                case DROP -> list.remove(index);
                case OTHER_PERSON -> {
                    if (!people.isEmpty()) {
                        list.set(index, a.withPerson(people.get(c.choice() % people.size())));
                    }
                }
                case OTHER_LETTERS -> {
                    Set<Raci> letters = EnumSet.noneOf(Raci.class);
                    for (Raci r : Raci.values()) {
                        if ((c.letters() & (1 << r.ordinal())) != 0) {
                            letters.add(r);
                        }
                    }
                    list.set(index, a.withRaci(letters.isEmpty() ? Set.of(Raci.I) : letters));
                }
                case EFFORT -> list.set(index, a.withEffort(Fte.ofThousandths(c.choice())));
            }
            if (list.isEmpty()) {
                break;
            }
        }
        // a change of person may make two assignments of one person for the same key: keep the first
        List<Assignment> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Assignment a : list) {
            if (seen.add(a.key() + " " + a.person())) {
                unique.add(a);
            }
        }
        return Allocation.of(unique);
    }

    /**
     * The built-in violations, shrinking towards the first of {@link Violations#all()}.
     *
     * @return the arbitrary; never null
     */
    public static Arbitrary<Violation> violations() {
        return Arbitraries.of(Violations.all());
    }

    /**
     * Scenarios: a sound organisation with its proposed allocation against a catalog.
     *
     * @param catalog the catalog; not null
     * @return the arbitrary; never null
     */
    public static Arbitrary<Scenario> soundScenarios(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return organisations().sound().map(o -> Scenario.proposed(o, catalog));
    }
}
