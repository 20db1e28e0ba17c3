package nl.competentiekompas.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.internal.IntList;
import nl.competentiekompas.core.internal.IntRuns;
import nl.competentiekompas.core.internal.Numbering;
import nl.competentiekompas.core.internal.OrganisationNumbers;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
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
 * appointments and responsibilities, and reads people by the numbers the organisation keeps rather than looking
 * up their ids. Thread-safe; holds no state.
 *
 * @since 0.1
 */
public final class Allocator {

    /** The letters R and A, and C, as {@link Allocation#letters()} holds them. */
    private static final int RESPONSIBLE_ACCOUNTABLE = Allocation.R | Allocation.A;
    private static final int CONSULTED = 1 << Raci.C.ordinal();

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
        /**
         * Everyone the organisation knows, numbered in id order by the organisation itself: people are handled by
         * this number, their rank, here and in the proposal, which shares the numbering, and compared as ranks
         * rather than ids; no person is looked up per appointment, process or assignment.
         */
        private final Numbering<PersonId> people;
        private final OrganisationNumbers<PersonId, RoleId, UnitId> numbers;
        /** The rank of each process's owner, in the order of the processes. */
        private final int[] owners;
        /**
         * The capacity each person has left, in thousandths of an FTE, by rank, before the effort of the processes
         * they own (see {@link #capacity}).
         */
        private final long[] left;
        /**
         * The effort per owned process of the process-scoped responsibilities decided so far: a person's
         * capacity is less by that times the number of processes they own. Kept as one sum, where subtracting it
         * from everyone's capacity per responsibility would pass over a hundred thousand people to reach the few
         * who are picked from.
         */
        private long processEffort;
        /** The holders of each chosen profile the organisation appoints people to, by rank. */
        private final Map<RoleId, BitSet> holdersByRole = new HashMap<>();
        /**
         * By unit number, the ranks of the ISOs and decentral ISOs who cover the unit, in rank order, each once; null
         * for none. An array of the few ranks rather than a set of bits up to the highest.
         */
        private final int[][] isosByUnit;
        /**
         * By unit number: the rank of the first decentral ISO sitting in it, and of the first ISO or decentral ISO
         * listing it in covers; -1 for none.
         */
        private final int[] diso;
        private final int[] coverer;
        /** By unit number, the rank of the ISO consulted on its processes; null until first asked for. */
        private int @Nullable [] isoOfUnit;
        private final BitSet cisos = new BitSet();
        private Scope @Nullable [] processScopes;
        /** How many processes each person owns, by rank; null until the processes are prepared. */
        private int @Nullable [] owned;
        /** The rank of the CISO consulted on processes, or -1; the unit of each process, by its index. */
        private int consultedCiso = -1;
        private int[] processUnits = new int[0];
        /** The assignments and keys of one process-scoped responsibility. */
        private int processAssignments;

        Run(RuleContext ctx) {
            this.ctx = ctx;
            this.org = ctx.organisation();
            this.numbers = ctx.numbers();
            this.people = numbers.people();
            this.owners = numbers.owners();
            this.left = new long[people.size()];
            // from the organisation's numbers, without reading an appointment
            int[] ranks = numbers.appointees();
            int[] roleOf = numbers.appointmentRoles();
            int[] ftes = numbers.appointmentFtes();
            // holders are kept of the chosen profiles only: most appointments, such as line managers', are to
            // roles no responsibility is picked for
            BitSet[] holders = new BitSet[numbers.roles().size()];
            for (int r = 0; r < holders.length; r++) {
                RoleId role = numbers.roles().get(r);
                if (ctx.chosenProfiles().contains(role)) {
                    holders[r] = new BitSet();
                    holdersByRole.put(role, holders[r]);
                }
            }
            for (int i = 0; i < ranks.length; i++) {
                BitSet h = holders[roleOf[i]];
                if (h != null) {
                    h.set(ranks[i]);
                }
                left[ranks[i]] += ftes[i];
            }
            Workload elsewhere = ctx.workload();
            for (int i = 0; i < people.size() && !elsewhere.isEmpty(); i++) {
                left[i] += elsewhere.fteThousandths(people.get(i)) - elsewhere.effortThousandths(people.get(i));
            }
            int units = numbers.units().size();
            this.diso = new int[units];
            this.coverer = new int[units];
            Arrays.fill(diso, -1);
            Arrays.fill(coverer, -1);
            IntList[] covering = new IntList[units];
            // from the numbers of the appointments and the units they cover: the appointments themselves lie
            // anywhere in memory, and looking their people and units up would read those too
            int[] unitOf = numbers.appointmentUnits();
            IntRuns covers = numbers.covered();
            int[] covered = covers.values();
            for (int i : ctx.appointmentIndexes(RoleKind.DECENTRAL_ISO)) {
                coveredBy(covering, unitOf[i]).add(ranks[i]);
                first(diso, unitOf[i], ranks[i]);
                for (int c = covers.from(i); c < covers.to(i); c++) {
                    first(coverer, covered[c], ranks[i]);
                }
            }
            for (int i : ctx.appointmentIndexes(RoleKind.ISO)) {
                if (covers.from(i) == covers.to(i)) {
                    coveredBy(covering, unitOf[i]).add(ranks[i]);
                }
                for (int c = covers.from(i); c < covers.to(i); c++) {
                    coveredBy(covering, covered[c]).add(ranks[i]);
                    first(coverer, covered[c], ranks[i]);
                }
            }
            this.isosByUnit = new int[units][];
            for (int u = 0; u < covering.length; u++) {
                if (covering[u] != null) {
                    isosByUnit[u] = covering[u].distinctSorted();
                }
            }
            for (int i : ctx.appointmentIndexes(RoleKind.CISO)) {
                cisos.set(ranks[i]);
            }
        }

        Allocation allocate() {
            int consultedCiso = best(cisos);
            // who gets what is decided in the catalog's order, as capacity runs down; the assignments are written
            // afterwards, block by block in responsibility order, straight into the allocation's columns
            List<Block> blocks = new ArrayList<>();
            for (RoleId profileId : ctx.chosenProfiles()) {
                RoleProfile profile = ctx.catalog().requireProfile(profileId);
                BitSet holders = holdersByRole.getOrDefault(profileId, new BitSet());
                for (Responsibility r : profile.responsibilities()) {
                    Block block = new Block(r);
                    if (r.scope() == ScopeKind.PROCESS) {
                        block.perProcess = true;
                        // each owner's processes counted once, their effort taken off as capacity is read
                        prepareProcesses(consultedCiso);
                        processEffort += r.defaultEffort().thousandths();
                    } else if (isIso(profile.kind()) && r.level() == Level.STRATEGIC) {
                        pick(block, Scope.organisation(), best(cisos));
                    } else if (isIso(profile.kind()) && r.scope() == ScopeKind.UNIT) {
                        // the organisation's unit scopes, made by its first proposal, as its process scopes are
                        Scope[] units = numbers.unitValues(Scope[]::new, id -> new Scope(ScopeKind.UNIT, id));
                        for (int u = 0; u < isosByUnit.length; u++) {
                            if (isosByUnit[u] != null) {
                                pick(block, units[u], best(isosByUnit[u], holders));
                            }
                        }
                    } else {
                        BitSet candidates = (BitSet) holders.clone();
                        if (profile.kind() == RoleKind.PROCESS_OWNER) {
                            for (int owner : owners) {
                                candidates.set(owner);
                            }
                        }
                        pick(block, Scope.organisation(), best(candidates));
                    }
                    blocks.add(block);
                }
            }
            blocks.sort(Comparator.comparing(b -> b.responsibility.id()));
            int size = 0;
            int held = 0;
            int keys = 0;
            boolean unique = true;
            boolean processesWritten = false;
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                int assignments = block.perProcess ? processAssignments : block.ranks.size();
                size += assignments;
                // the process-scoped blocks after the first repeat its assignments: held once
                held += block.perProcess && processesWritten ? 0 : assignments;
                processesWritten |= block.perProcess;
                keys += block.perProcess ? org.processes().size() : block.ranks.size();
                unique &= i == 0 || !blocks.get(i - 1).responsibility.id().equals(block.responsibility.id());
            }
            Allocation.Writer out = new Allocation.Writer(size, held, keys, people, false);
            // every process-scoped responsibility gives each process's owner and the people consulted the same
            // letters: the first such block is written process by process, the others repeat it, their
            // assignments held once
            processesWritten = false;
            for (Block block : blocks) {
                ResponsibilityId id = block.responsibility.id();
                if (block.perProcess && processesWritten) {
                    out.repeat(id);
                } else if (block.perProcess) {
                    out.beginRepeatable();
                    for (int i = 0; i < processScopes.length; i++) {
                        out.key(id, processScopes[i]);
                        perProcess(i, out);
                    }
                    out.endRepeatable();
                    processesWritten = true;
                } else {
                    for (int i = 0; i < block.ranks.size(); i++) {
                        out.key(id, block.scopes.get(i));
                        out.add(block.ranks.get(i), RESPONSIBLE_ACCOUNTABLE, -1);
                    }
                }
            }
            // a responsibility in two chosen profiles gives two blocks of one id: then sort as anyone would
            Allocation allocation = out.allocation();
            return unique ? allocation : Allocation.of(allocation.assignments());
        }

        /** The decisions for one responsibility: per process, or the scopes and ranks of the people picked. */
        private static final class Block {
            private final Responsibility responsibility;
            private boolean perProcess;
            private final List<Scope> scopes = new ArrayList<>();
            private final IntList ranks = new IntList();

            Block(Responsibility responsibility) {
                this.responsibility = responsibility;
            }
        }

        /** Gives a responsibility in a scope to the person of a rank as R and A; nobody for rank -1. */
        private void pick(Block block, Scope scope, int rank) {
            if (rank >= 0) {
                block.scopes.add(scope);
                block.ranks.add(rank);
                left[rank] -= block.responsibility.defaultEffort().thousandths();
            }
        }

        private static boolean isIso(RoleKind kind) {
            return kind == RoleKind.ISO || kind == RoleKind.DECENTRAL_ISO;
        }

        /** The capacity a person of a rank has left, in thousandths of an FTE. */
        private long capacity(int rank) {
            int[] count = owned;
            return count == null ? left[rank] : left[rank] - count[rank] * processEffort;
        }

        /**
         * Works out, once, each process's scope, the people consulted besides its owner, and how many processes each
         * person owns.
         */
        private void prepareProcesses(int ciso) {
            if (processScopes != null) {
                return;
            }
            // from the organisation's numbers and id strings, without reading a process. The scopes are the
            // organisation's, made by its first proposal: each proposal holding the same scope objects spares
            // memory, and the rules then match a proposal's scopes by identity
            processScopes = numbers.processValues(Scope[]::new, id -> new Scope(ScopeKind.PROCESS, id));
            consultedCiso = ciso;
            processUnits = numbers.processUnits();
            // the people consulted are counted here, and worked out again as each process is written, rather than
            // kept per process; each owner's processes are counted in the same pass, one loop over local arrays
            int[] isoOf = isoOfUnit();
            int[] count = new int[people.size()];
            int assignments = 0;
            for (int i = 0; i < processUnits.length; i++) {
                int owner = owners[i];
                assignments += 1 + (cisoConsulted(ciso, owner) >= 0 ? 1 : 0)
                        + (isoConsulted(isoOf[processUnits[i]], owner, ciso) >= 0 ? 1 : 0);
                count[owner]++;
            }
            processAssignments = assignments;
            owned = count;
        }

        /** The CISO consulted on a process: the CISO of a rank, unless they own it; -1 for none. */
        private static int cisoConsulted(int ciso, int owner) {
            return ciso != owner ? ciso : -1;
        }

        /** The ISO consulted on a process: the ISO of its unit, unless they own it or are the CISO; -1 for none. */
        private static int isoConsulted(int iso, int owner, int ciso) {
            return iso != owner && iso != ciso ? iso : -1;
        }

        /** Writes one process's assignments: the owner and the people consulted, in id order. */
        private void perProcess(int index, Allocation.Writer out) {
            int owner = owners[index];
            int ciso = cisoConsulted(consultedCiso, owner);
            int iso = isoConsulted(isoOfUnit()[processUnits[index]], owner, consultedCiso);
            // the people consulted in rank order, -1 for none: the two differ where both are consulted
            int first = ciso < 0 || iso >= 0 && iso < ciso ? iso : ciso;
            int second = ciso >= 0 && iso >= 0 ? Math.max(ciso, iso) : -1;
            if (first >= 0 && first < owner) {
                out.add(first, CONSULTED, -1);
                if (second >= 0 && second < owner) {
                    out.add(second, CONSULTED, -1);
                    second = -1;
                }
                first = -1;
            }
            out.add(owner, RESPONSIBLE_ACCOUNTABLE, -1);
            if (first >= 0) {
                out.add(first, CONSULTED, -1);
            }
            if (second >= 0) {
                out.add(second, CONSULTED, -1);
            }
        }

        private static IntList coveredBy(IntList[] covering, int unit) {
            if (covering[unit] == null) {
                covering[unit] = new IntList();
            }
            return covering[unit];
        }

        /** Records a person's rank for a unit in a by-unit array, unless someone came first. */
        private static void first(int[] byUnit, int unit, int rank) {
            if (byUnit[unit] < 0) {
                byUnit[unit] = rank;
            }
        }

        /**
         * By unit number, the rank of the ISO who covers the unit, or -1: an ISO or decentral ISO listing it in
         * covers, else a decentral ISO at or above it.
         */
        private int[] isoOfUnit() {
            int[] iso = isoOfUnit;
            if (iso == null) {
                iso = RuleContext.firstAbove(diso, numbers.unitParents());
                for (int u = 0; u < iso.length; u++) {
                    iso[u] = coverer[u] >= 0 ? coverer[u] : iso[u];
                }
                isoOfUnit = iso;
            }
            return iso;
        }

        /** The candidate with the most capacity left, the first in id order on a tie, or -1 for none. */
        private int best(BitSet candidates) {
            int chosen = -1;
            long most = Long.MIN_VALUE;
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                long capacity = capacity(i);
                if (chosen < 0 || capacity > most) {
                    chosen = i;
                    most = capacity;
                }
            }
            return chosen;
        }

        /** The candidate among some people with the most capacity left, as {@link #best(BitSet)} picks. */
        private int best(int[] candidates, BitSet among) {
            int chosen = -1;
            long most = Long.MIN_VALUE;
            for (int i : candidates) {
                if (among.get(i)) {
                    long capacity = capacity(i);
                    if (chosen < 0 || capacity > most) {
                        chosen = i;
                        most = capacity;
                    }
                }
            }
            return chosen;
        }
    }
}
