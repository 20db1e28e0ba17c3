package nl.competentiekompas.core.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * Proposes an allocation that satisfies the built-in rules as far as the organisation's structure allows.
 *
 * <p>For every responsibility of the organisation's chosen profiles (see {@link RuleContext#chosenProfiles()}):
 * <ul>
 *   <li>process-scoped responsibilities go to each process's owner as R and A, with one CISO and the ISO who
 *       covers the process's unit consulted (C);</li>
 *   <li>responsibilities of a CISO profile go to a holder of that profile, in the organisation scope;</li>
 *   <li>unit-scoped responsibilities of an ISO or decentral ISO profile go, per unit, to a holder who covers
 *       it (a decentral ISO its own unit; an ISO the units in {@code covers}, else its own unit); other
 *       responsibilities of those profiles to one holder in the organisation scope. A strategic one goes to
 *       a CISO instead, as an ISO may not hold it;</li>
 *   <li>other profiles' responsibilities go to one holder in the organisation scope.</li>
 * </ul>
 * Where several people qualify, the one with the most capacity left (FTE minus effort, over all their
 * organisations) gets it, ties broken by person id. Assignments leave their effort empty: the catalog's
 * default applies. The proposer never throws for a valid organisation: where the structure makes a rule
 * impossible (no CISO, no ISO, a CISO under IT, too little FTE) it returns the best allocation it can and
 * {@link Rules#evaluate} reports what is missing. It runs in time linear in the number of units, processes,
 * appointments and responsibilities (times the depth of the unit tree). Thread-safe; holds no state.
 *
 * @since 0.1
 */
public final class Allocator {

    private static final Set<Raci> RESPONSIBLE_ACCOUNTABLE = Raci.setOf(List.of(Raci.R, Raci.A));
    private static final Set<Raci> CONSULTED = Raci.setOf(List.of(Raci.C));

    private Allocator() {
    }

    /**
     * Proposes an allocation, with no work elsewhere.
     *
     * @param organisation the organisation; not null
     * @param catalog the catalog; not null
     * @return the proposal; never null
     */
    public static Allocation propose(Organisation organisation, Catalog catalog) {
        return propose(organisation, catalog, Workload.none());
    }

    /**
     * Proposes an allocation, balancing effort against the FTE people have left after their work elsewhere.
     *
     * @param organisation the organisation; not null
     * @param catalog the catalog; not null
     * @param elsewhere the work of the same people in other organisations; not null
     * @return the proposal; never null
     */
    public static Allocation propose(Organisation organisation, Catalog catalog, Workload elsewhere) {
        return new Run(RuleContext.of(organisation, Allocation.empty(), catalog, elsewhere)).allocate();
    }

    /** One proposal in progress. */
    private static final class Run {
        private final RuleContext ctx;
        private final Organisation org;
        private final Map<PersonId, long[]> left = new HashMap<>();
        private final Map<RoleId, Set<PersonId>> holdersByRole = new HashMap<>();
        private final Map<UnitId, Set<PersonId>> isoByUnit = new TreeMap<>();
        private final Map<UnitId, PersonId> diso = new HashMap<>();
        private final Map<UnitId, PersonId> coverer = new HashMap<>();
        private final List<Assignment> out = new ArrayList<>();
        private final Map<UnitId, Optional<PersonId>> isoForUnit = new HashMap<>();
        private Scope @Nullable [] processScopes;
        private List<List<PersonId>> consultedPerProcess = List.of();

        Run(RuleContext ctx) {
            this.ctx = ctx;
            this.org = ctx.organisation();
            for (Appointment a : org.appointments()) {
                holdersByRole.computeIfAbsent(a.role(), r -> new TreeSet<>()).add(a.person());
                left(a.person())[0] += a.fte().thousandths();
            }
            for (PersonId p : org.people()) {
                left(p)[0] += ctx.workload().fteThousandths(p) - ctx.workload().effortThousandths(p);
            }
            for (Appointment a : ctx.appointments(RoleKind.DECENTRAL_ISO)) {
                isoByUnit.computeIfAbsent(a.unit(), u -> new TreeSet<>()).add(a.person());
                diso.putIfAbsent(a.unit(), a.person());
                a.covers().forEach(u -> coverer.putIfAbsent(u, a.person()));
            }
            for (Appointment a : ctx.appointments(RoleKind.ISO)) {
                Collection<UnitId> units = a.covers().isEmpty() ? List.of(a.unit()) : a.covers();
                for (UnitId u : units) {
                    isoByUnit.computeIfAbsent(u, x -> new TreeSet<>()).add(a.person());
                }
                a.covers().forEach(u -> coverer.putIfAbsent(u, a.person()));
            }
        }

        Allocation allocate() {
            Optional<PersonId> consultedCiso = best(ctx.holders(RoleKind.CISO));
            // each responsibility's assignments come out as one block in scope and person order; the blocks are
            // put in responsibility order at the end, so the allocation receives them sorted and its sort is
            // linear rather than n log n
            Map<ResponsibilityId, int[]> blocks = new TreeMap<>();
            for (RoleId profileId : ctx.chosenProfiles()) {
                RoleProfile profile = ctx.catalog().requireProfile(profileId);
                Set<PersonId> holders = holdersByRole.getOrDefault(profileId, Set.of());
                for (Responsibility r : profile.responsibilities()) {
                    int from = out.size();
                    if (r.scope() == ScopeKind.PROCESS) {
                        List<Process> processes = org.processes();
                        for (int i = 0; i < processes.size(); i++) {
                            perProcess(r, i, processes.get(i), consultedCiso);
                        }
                    } else if (isIso(profile.kind()) && r.level() == Level.STRATEGIC) {
                        best(ctx.holders(RoleKind.CISO)).ifPresent(c -> assign(r, Scope.organisation(), c));
                    } else if (isIso(profile.kind()) && r.scope() == ScopeKind.UNIT) {
                        for (Map.Entry<UnitId, Set<PersonId>> e : isoByUnit.entrySet()) {
                            Set<PersonId> here = new TreeSet<>(e.getValue());
                            here.retainAll(holders);
                            best(here).ifPresent(p -> assign(r, Scope.unit(e.getKey()), p));
                        }
                    } else {
                        Set<PersonId> candidates = new TreeSet<>(holders);
                        if (profile.kind() == RoleKind.PROCESS_OWNER) {
                            org.processes().forEach(p -> candidates.add(p.owner()));
                        }
                        best(candidates).ifPresent(p -> assign(r, Scope.organisation(), p));
                    }
                    blocks.put(r.id(), new int[] {from, out.size()});
                }
            }
            List<Assignment> sorted = new ArrayList<>(out.size());
            for (int[] block : blocks.values()) {
                sorted.addAll(out.subList(block[0], block[1]));
            }
            return Allocation.of(sorted.size() == out.size() ? sorted : out);
        }

        private static boolean isIso(RoleKind kind) {
            return kind == RoleKind.ISO || kind == RoleKind.DECENTRAL_ISO;
        }

        private void perProcess(Responsibility r, int index, Process p, Optional<PersonId> ciso) {
            if (processScopes == null) {
                processScopes = new Scope[org.processes().size()];
                consultedPerProcess = new ArrayList<>(org.processes().size());
                for (Process each : org.processes()) {
                    processScopes[consultedPerProcess.size()] = Scope.process(each.id());
                    Set<PersonId> consulted = new TreeSet<>();
                    ciso.filter(c -> !c.equals(each.owner())).ifPresent(consulted::add);
                    isoFor(each.unit()).filter(i -> !i.equals(each.owner())).ifPresent(consulted::add);
                    consultedPerProcess.add(List.copyOf(consulted));
                }
            }
            Scope scope = processScopes[index];
            boolean ownerDone = false;
            for (PersonId c : consultedPerProcess.get(index)) {
                if (!ownerDone && p.owner().compareTo(c) < 0) {
                    assign(r, scope, p.owner());
                    ownerDone = true;
                }
                out.add(new Assignment(r.id(), scope, c, CONSULTED, Optional.empty()));
            }
            if (!ownerDone) {
                assign(r, scope, p.owner());
            }
        }

        /** The ISO who covers a unit: a decentral ISO at or above it, or an ISO listing it in covers. */
        private Optional<PersonId> isoFor(UnitId unit) {
            return isoForUnit.computeIfAbsent(unit, this::findIsoFor);
        }

        private Optional<PersonId> findIsoFor(UnitId unit) {
            PersonId listed = coverer.get(unit);
            if (listed != null) {
                return Optional.of(listed);
            }
            for (UnitId u : org.pathToTop(unit)) {
                PersonId d = diso.get(u);
                if (d != null) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        private Optional<PersonId> best(Set<PersonId> candidates) {
            PersonId chosen = null;
            long most = Long.MIN_VALUE;
            for (PersonId p : candidates) {
                long[] entry = left.get(p);
                long l = entry == null ? 0 : entry[0];
                if (chosen == null || l > most) {
                    chosen = p;
                    most = l;
                }
            }
            return Optional.ofNullable(chosen);
        }

        private void assign(Responsibility r, Scope scope, PersonId person) {
            out.add(new Assignment(r.id(), scope, person, RESPONSIBLE_ACCOUNTABLE, Optional.empty()));
            left(person)[0] -= r.defaultEffort().thousandths();
        }

        private long[] left(PersonId person) {
            return left.computeIfAbsent(person, p -> new long[1]);
        }
    }
}
