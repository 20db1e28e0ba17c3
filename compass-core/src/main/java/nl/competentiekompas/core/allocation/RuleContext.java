package nl.competentiekompas.core.allocation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.internal.IntRuns;
import nl.competentiekompas.core.internal.Numbering;
import nl.competentiekompas.core.internal.OrganisationNumbers;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * What a rule checks: an organisation, its allocation, the catalog and the workload elsewhere, with the
 * indexes rules need (effort per person, the process of each key, units covered by ISOs).
 *
 * <p>The context checks that the allocation fits the organisation and the catalog: every responsibility
 * exists in the catalog and every unit or process scope in the organisation. It is built once per evaluation
 * and shared by all rules. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleContext {

    /** In {@link #keyFacts}: where the count of accountables (0, 1, or 2 for more) starts. */
    private static final int ACCOUNTABLE_SHIFT = 4;
    /** In {@link #keyFacts}: the owner of the key's process is accountable. */
    private static final int OWNER_ACCOUNTABLE = 1 << 6;
    /** In {@link #keyFacts}: someone other than the owner of the key's process is responsible or accountable. */
    private static final int OTHERS_RESPONSIBLE = 1 << 7;
    /** How far ahead {@link #slotsOf} seeks a person by identity before it looks them up. */
    private static final int NEARBY = 16;

    private final Organisation organisation;
    private final Allocation allocation;
    private final Catalog catalog;
    private final Workload workload;
    private final Function<AllocationRule, Severity> severity;

    /** The organisation's numbers of its people and roles, per appointment and process. */
    private final OrganisationNumbers<PersonId, RoleId, UnitId> numbers;
    /** The appointments to profiles of each kind, as indexes in the organisation's appointments. */
    private final Map<RoleKind, List<Appointment>> appointmentsByKind = new EnumMap<>(RoleKind.class);
    /** By kind's ordinal, the indexes in the organisation's appointments of the appointments to profiles of it. */
    private final int[][] appointmentIndexes;
    /** The kind of each role's profile, by the role's number in the organisation's numbers; null for none. */
    private final @Nullable RoleKind[] kindOfRole;
    /** The kind of each profile the organisation appoints people to. */
    private final Map<RoleId, RoleKind> kindByRole = new HashMap<>();
    private final long[] effortBySlot;
    /** The FTE each slot's person is appointed for here, in thousandths. */
    private final long[] fteBySlot;
    /** The kinds of profile each slot's person is appointed to, as a mask of the kinds' ordinals. */
    private final byte[] kindsBySlot;
    /** Each rule's sources, asked for once per evaluation rather than once per finding. */
    private final Map<AllocationRule, List<SourceRef>> sources = new ConcurrentHashMap<>();
    /** The slot in the allocation of each process's owner, by the process's index, or -1; null for no assignments. */
    private final int @Nullable [] ownerSlots;
    /** The keys of the allocation whose scope is a process. */
    private final BitSet processKeys;
    /**
     * For each key of the allocation: the letters anyone holds, as a mask like {@link Allocation#letters()}; the
     * number of accountables; for a process's key, whether its owner is accountable, and whether anyone else is
     * responsible or accountable.
     */
    private final byte[] keyFacts;
    private final Set<RoleId> chosenProfiles;
    /**
     * The covered units by number, and as a set of ids, made when first asked for: only a rule needs them, the
     * allocator does not. Racing threads make equal values.
     */
    private volatile @Nullable BitSet covered;
    private volatile @Nullable Set<UnitId> coveredUnits;

    RuleContext(Organisation organisation, Allocation allocation, Catalog catalog, Workload workload,
            Function<AllocationRule, Severity> severity) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.allocation = Objects.requireNonNull(allocation, "allocation");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.workload = Objects.requireNonNull(workload, "workload");
        this.severity = severity;
        Set<RoleId> chosen = new HashSet<>();
        // from the organisation's numbers, in passes over arrays of ints, without reading an appointment: the kind of
        // each role, the appointments per kind, and the FTE of each slot of the allocation
        this.numbers = OrganisationNumbers.of(organisation);
        // each person's slot in the allocation, by their number, or -1. An allocation being proposed is empty: then
        // nobody has a slot, and no slot is looked for
        int @Nullable [] slotOfPerson = allocation.size() > 0 ? slotsOf(numbers.people(), allocation) : null;
        int[] owners = numbers.owners();
        this.ownerSlots = slotOfPerson != null ? new int[owners.length] : null;
        for (int p = 0; ownerSlots != null && p < owners.length; p++) {
            ownerSlots[p] = slotOfPerson[owners[p]];
        }
        List<RoleId> roles = numbers.roles();
        this.kindOfRole = new RoleKind[roles.size()];
        for (int r = 0; r < kindOfRole.length; r++) {
            RoleId role = roles.get(r);
            kindOfRole[r] = catalog.profile(role).map(RoleProfile::kind).orElse(null);
            if (kindOfRole[r] != null) {
                chosen.add(role);
                kindByRole.put(role, kindOfRole[r]);
            }
        }
        int[] appointees = numbers.appointees();
        int[] roleOf = numbers.appointmentRoles();
        int[] ftes = numbers.appointmentFtes();
        this.fteBySlot = new long[allocation.slots()];
        this.kindsBySlot = new byte[allocation.slots()];
        int[] perKind = new int[RoleKind.values().length];
        for (int i = 0; i < appointees.length; i++) {
            int slot = slotOfPerson != null ? slotOfPerson[appointees[i]] : -1;
            RoleKind kind = kindOfRole[roleOf[i]];
            if (slot >= 0) {
                fteBySlot[slot] += ftes[i];
                kindsBySlot[slot] |= (byte) (kind != null ? 1 << kind.ordinal() : 0);
            }
            if (kind != null) {
                perKind[kind.ordinal()]++;
            }
        }
        int[][] indexes = new int[perKind.length][];
        for (int k = 0; k < perKind.length; k++) {
            indexes[k] = new int[perKind[k]];
            perKind[k] = 0;
        }
        for (int i = 0; i < roleOf.length; i++) {
            RoleKind kind = kindOfRole[roleOf[i]];
            if (kind != null) {
                indexes[kind.ordinal()][perKind[kind.ordinal()]++] = i;
            }
        }
        this.appointmentIndexes = indexes;
        for (RoleKind kind : RoleKind.values()) {
            if (indexes[kind.ordinal()].length > 0) {
                appointmentsByKind.put(kind, new Picked(organisation.appointments(), indexes[kind.ordinal()]));
            }
        }
        if (!organisation.processes().isEmpty()) {
            catalog.profiles().stream().filter(p -> p.kind() == RoleKind.PROCESS_OWNER).forEach(p -> chosen.add(p.id()));
        }
        Set<RoleId> inCatalogOrder = new LinkedHashSet<>();
        catalog.profiles().stream().map(RoleProfile::id).filter(chosen::contains).forEach(inCatalogOrder::add);
        this.chosenProfiles = Collections.unmodifiableSet(inCatalogOrder);
        // one pass over the keys and their assignments. Keys are sorted by responsibility, then by scope kind and
        // id, as units and processes are by id: one merge per responsibility checks every scope and finds each
        // process scope's process, where a lookup per key in maps of a hundred thousand scopes misses the cache at
        // a million assignments. Each key's assignments are summed into the people's slots and summed up for the
        // key, so that the rules read a byte per key rather than each walking the columns again
        int keys = allocation.starts().length - 1;
        this.processKeys = new BitSet(keys);
        this.effortBySlot = new long[allocation.slots()];
        this.keyFacts = new byte[keys];
        // the scope object each process was last matched with: responsibilities share one scope per process,
        // so after the first they match by identity, without reading the scope, let alone comparing ids
        Object[] matched = new Object[keys > 0 ? numbers.processIds().length : 0];
        // the effort of each process's owner is summed per process, in the order of the keys, and added to the
        // owner's slot once at the end: owners are people at random, and adding to their slots key by key missed
        // the cache at a million assignments, where the slots no longer fit in it
        long[] ownerEffort = new long[matched.length];
        for (int run = 0; run + 1 < allocation.runStarts().length; run++) {
            sumUp(run, matched, ownerEffort);
        }
        int @Nullable [] owned = ownerSlots;
        for (int p = 0; owned != null && p < ownerEffort.length; p++) {
            if (owned[p] >= 0) {
                effortBySlot[owned[p]] += ownerEffort[p];
            }
        }
    }

    /**
     * Sums up the keys of one run of the allocation, and their assignments, read where the run's scopes and
     * assignments are held: sets {@link #keyFacts} and {@link #processKeys} for the keys, and adds each assignment's
     * effort to {@link #effortBySlot}, or to {@code ownerEffort} for a process's owner.
     *
     * @param matched by process index, the scope object the process was last matched with
     * @param ownerEffort by process index, the effort summed so far of the process's owner on its keys
     */
    private void sumUp(int run, Object[] matched, long[] ownerEffort) {
        int fromKey = allocation.runStarts()[run];
        int toKey = allocation.runStarts()[run + 1];
        int[] starts = allocation.starts();
        String[] unitIds = numbers.unitIds();
        String[] processIds = numbers.processIds();
        int[] slots = allocation.personSlots();
        byte[] letters = allocation.letters();
        // read as an array: a call per assignment, which the JIT does not always inline, doubled this loop's time
        int @Nullable [] efforts = allocation.efforts();
        int[] ownerOf = ownerSlots != null ? ownerSlots : new int[0];
        long[] effort = effortBySlot;
        byte[] facts = keyFacts;
        int shift = allocation.runShift(run);
        int keyShift = allocation.runKeyShift(run);
        int byDefault = responsibilityOfRun(run).defaultEffort().thousandths();
        int unit = 0;
        int process = 0;
        boolean first = true;
        for (int k = fromKey; k < toKey; k++) {
            int next = first ? 0 : process + 1;
            int owner = -2;
            if (next < matched.length && matched[next] == allocation.heldScopeObject(k - keyShift)) {
                process = next;
                first = false;
                processKeys.set(k);
                owner = ownerOf[process];
            } else {
                Scope scope = allocation.keyScope(k, run);
                if (scope.kind() == ScopeKind.UNIT) {
                    unit = seek(unitIds, unit, scope.ref(), "unit");
                } else if (scope.kind() == ScopeKind.PROCESS) {
                    process = seek(processIds, process, scope.ref(), "process");
                    matched[process] = scope;
                    first = false;
                    processKeys.set(k);
                    owner = ownerOf[process];
                }
            }
            int any = 0;
            int accountable = 0;
            int ownerAccountable = 0;
            int others = 0;
            for (int i = starts[k] - shift; i < starts[k + 1] - shift; i++) {
                int explicit = efforts != null ? efforts[i] : -1;
                int l = letters[i];
                int e = explicit >= 0 ? explicit : (l & Allocation.R) != 0 ? byDefault : 0;
                if (slots[i] == owner) {
                    ownerEffort[process] += e;
                } else {
                    effort[slots[i]] += e;
                }
                any |= l;
                if ((l & Allocation.A) != 0) {
                    accountable = Math.min(accountable + 1, 2);
                    ownerAccountable |= slots[i] == owner ? OWNER_ACCOUNTABLE : 0;
                }
                others |= (l & (Allocation.R | Allocation.A)) != 0 && slots[i] != owner ? OTHERS_RESPONSIBLE : 0;
            }
            facts[k] = (byte) (any | accountable << ACCOUNTABLE_SHIFT | ownerAccountable | others);
        }
    }

    /**
     * A context with the rules' default severities.
     *
     * @param organisation the organisation; not null
     * @param allocation its allocation; not null
     * @param catalog the catalog; not null
     * @param workload the work of the same people in other organisations; not null
     * @return the context; never null
     * @throws UnknownIdException if the allocation names a responsibility, unit or process that does not exist
     */
    public static RuleContext of(Organisation organisation, Allocation allocation, Catalog catalog,
            Workload workload) {
        return new RuleContext(organisation, allocation, catalog, workload,
                r -> r.defaultSeverity(organisation.sector(), organisation.essentialEntity()));
    }

    /**
     * The slot in an allocation of each of the organisation's people, or -1. The allocator's proposal shares the
     * organisation's numbering, and then slots are numbers. Otherwise both number people in id order: each
     * assigned person is first sought among the next few of the organisation's people by identity, which reads
     * no id and finds the very id objects an allocation made from a proposal holds, and else looked up.
     */
    private static int[] slotsOf(Numbering<PersonId> known, Allocation allocation) {
        int[] slots = new int[known.size()];
        Numbering<PersonId> assigned = allocation.numbering();
        if (assigned == known) {
            for (int n = 0; n < slots.length; n++) {
                slots[n] = allocation.assigned(n) ? n : -1;
            }
            return slots;
        }
        Arrays.fill(slots, -1);
        int next = 0;
        for (int slot = 0; slot < assigned.size(); slot++) {
            if (!allocation.assigned(slot)) {
                continue;
            }
            Object person = assigned.identity(slot);
            int limit = Math.min(slots.length, next + NEARBY);
            int n = next;
            while (n < limit && known.identity(n) != person) {
                n++;
            }
            if (n == limit) {
                n = known.number(assigned.get(slot));
            }
            if (n >= 0) {
                slots[n] = slot;
                next = n + 1;
            }
        }
        return slots;
    }

    /**
     * The index from {@code from} on of an id in ids sorted in order, which must be there. A scope made from an id
     * holds the id's very string, which then matches without reading its characters: the next few ids are first
     * tried by identity, since the scopes of an allocation follow the ids, and a string compared reads characters
     * that, at a hundred thousand processes, are rarely in the cache.
     */
    private static int seek(String[] ids, int from, String ref, String kind) {
        for (int i = from, limit = Math.min(ids.length, from + NEARBY); i < limit; i++) {
            if (ids[i] == ref) {
                return i;
            }
        }
        int i = from;
        while (i < ids.length && ids[i] != ref && ids[i].compareTo(ref) < 0) {
            i++;
        }
        if (i == ids.length || ids[i] != ref && !ids[i].equals(ref)) {
            throw new UnknownIdException(kind, ref);
        }
        return i;
    }

    /** The units covered, by number (see {@link #coveredUnits()}). */
    private BitSet computeCovered() {
        Numbering<UnitId> units = numbers.units();
        BitSet covered = new BitSet(units.size());
        int[] disoHere = new int[units.size()];
        Arrays.fill(disoHere, -1);
        // from the numbers of the appointments, their people and the units they cover, without reading an
        // appointment or looking anyone up
        int[] appointees = numbers.appointees();
        int[] unitOf = numbers.appointmentUnits();
        IntRuns covers = numbers.covered();
        int[] coveredUnits = covers.values();
        BitSet cisos = new BitSet();
        for (int i : appointmentIndexes(RoleKind.CISO)) {
            cisos.set(appointees[i]);
        }
        for (RoleKind kind : List.of(RoleKind.ISO, RoleKind.DECENTRAL_ISO)) {
            for (int i : appointmentIndexes(kind)) {
                if (cisos.get(appointees[i])) {
                    continue;
                }
                for (int c = covers.from(i); c < covers.to(i); c++) {
                    covered.set(coveredUnits[c]);
                }
                if (kind == RoleKind.DECENTRAL_ISO) {
                    disoHere[unitOf[i]] = 0;
                }
            }
        }
        int[] under = firstAbove(disoHere, numbers.unitParents());
        for (int u = 0; u < under.length; u++) {
            if (under[u] >= 0) {
                covered.set(u);
            }
        }
        return covered;
    }

    /**
     * For each unit, by number, the value of the first unit at or above it that has one (0 or more), or -1. Each
     * walk up stops at the first unit whose answer is known and records it for every unit passed, so all walks
     * together pass each unit once, however deep the tree.
     *
     * @param values a value per unit, -1 for none
     * @param parents the number of each unit's parent, -1 for a top unit
     */
    static int[] firstAbove(int[] values, int[] parents) {
        int[] found = new int[values.length];
        Arrays.fill(found, -2);
        for (int unit = 0; unit < values.length; unit++) {
            int u = unit;
            while (found[u] == -2 && values[u] < 0 && parents[u] >= 0) {
                u = parents[u];
            }
            int value = found[u] != -2 ? found[u] : values[u];
            for (int v = unit; v != u; v = parents[v]) {
                found[v] = value;
            }
            found[u] = value;
        }
        return found;
    }

    /**
     * The organisation.
     *
     * @return the organisation; never null
     */
    public Organisation organisation() {
        return organisation;
    }

    /**
     * The allocation.
     *
     * @return the allocation; never null
     */
    public Allocation allocation() {
        return allocation;
    }

    /**
     * The catalog.
     *
     * @return the catalog; never null
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * The work of the same people in other organisations.
     *
     * @return the workload; never null
     */
    public Workload workload() {
        return workload;
    }

    /**
     * The kind of a role, when the role is a catalog profile.
     *
     * @param role the role; not null
     * @return the kind, or empty for other roles such as {@code it-manager}
     */
    public Optional<RoleKind> kindOf(RoleId role) {
        return catalog.profile(role).map(RoleProfile::kind);
    }

    /**
     * The appointments to profiles of one kind, in id order.
     *
     * @param kind the kind; not null
     * @return the appointments; never null, possibly empty
     */
    public List<Appointment> appointments(RoleKind kind) {
        return appointmentsByKind.getOrDefault(Objects.requireNonNull(kind, "kind"), List.of());
    }

    /**
     * The indexes in the organisation's appointments of the appointments to profiles of one kind, in id order,
     * for reading their numbers (see {@link OrganisationNumbers}) rather than the appointments. Not copied: callers
     * must not change it.
     */
    int[] appointmentIndexes(RoleKind kind) {
        return appointmentIndexes[kind.ordinal()];
    }

    /**
     * Whether any reporting line from an appointment runs to an appointment to a CISO profile.
     *
     * @param appointment the appointment's index in the organisation's appointments
     */
    boolean linesToCiso(int appointment) {
        IntRuns lines = numbers.lineTargets();
        int[] roleOf = numbers.appointmentRoles();
        for (int l = lines.from(appointment); l < lines.to(appointment); l++) {
            int to = lines.values()[l];
            if (to >= 0 && kindOfRole[roleOf[to]] == RoleKind.CISO) {
                return true;
            }
        }
        return false;
    }

    /** The organisation's numbers. */
    OrganisationNumbers<PersonId, RoleId, UnitId> numbers() {
        return numbers;
    }

    /** The appointments holding one role, in id order. */
    List<Appointment> appointmentsWithRole(RoleId role) {
        int number = numbers.roles().indexOf(role);
        int[] roleOf = numbers.appointmentRoles();
        List<Appointment> all = organisation.appointments();
        List<Appointment> out = new ArrayList<>();
        for (int i = 0; number >= 0 && i < roleOf.length; i++) {
            if (roleOf[i] == number) {
                out.add(all.get(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Some of a list's elements, by their indexes, read through. */
    private static final class Picked extends AbstractList<Appointment> implements RandomAccess {
        private final List<Appointment> all;
        private final int[] indexes;

        Picked(List<Appointment> all, int[] indexes) {
            this.all = all;
            this.indexes = indexes;
        }

        @Override
        public Appointment get(int index) {
            return all.get(indexes[Objects.checkIndex(index, indexes.length)]);
        }

        @Override
        public int size() {
            return indexes.length;
        }
    }

    /**
     * Whether a person holds a profile of a kind in this organisation.
     *
     * @param person the person; not null
     * @param kind the kind; not null
     * @return true when they do
     */
    public boolean holds(PersonId person, RoleKind kind) {
        Objects.requireNonNull(kind, "kind");
        // asked for a few people only (ISOs, and people a finding names): an index of everyone per evaluation
        // would cost more than it saves
        for (Appointment a : organisation.appointmentsOf(Objects.requireNonNull(person, "person"))) {
            if (kindByRole.get(a.role()) == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people holding a profile of a kind, in id order.
     *
     * @param kind the kind; not null
     * @return the people; never null, possibly empty
     */
    public Set<PersonId> holders(RoleKind kind) {
        Set<PersonId> people = new TreeSet<>();
        appointments(kind).forEach(a -> people.add(a.person()));
        return Collections.unmodifiableSet(people);
    }

    /**
     * The responsibility with an id.
     *
     * @param id the id; not null
     * @return the responsibility; never null
     * @throws UnknownIdException if the catalog does not hold it
     */
    public Responsibility responsibility(ResponsibilityId id) {
        return catalog.responsibility(id).orElseThrow(() -> new UnknownIdException("responsibility", id.value()));
    }

    /**
     * The responsibility of a run of the allocation's keys (see {@link Allocation#runStarts()}).
     *
     * @param run the run's index
     * @return the responsibility
     * @throws UnknownIdException if the catalog does not hold it
     */
    Responsibility responsibilityOfRun(int run) {
        return responsibility(allocation.runResponsibility(run));
    }

    /**
     * The kind of the profile a responsibility belongs to.
     *
     * @param id the responsibility; not null
     * @return the kind, or empty when no profile holds it
     */
    public Optional<RoleKind> profileKindOf(ResponsibilityId id) {
        return catalog.profileOf(id).map(RoleProfile::kind);
    }

    /**
     * The effort an assignment takes (see {@link Assignment#effortFor(Responsibility)}).
     *
     * @param assignment the assignment; not null
     * @return the effort; never null
     */
    public Fte effort(Assignment assignment) {
        return assignment.effortFor(responsibility(assignment.responsibility()));
    }

    /**
     * The effort a person is assigned in this allocation, in thousandths of an FTE.
     *
     * @param person the person; not null
     * @return the thousandths; zero when the person has no assignment
     */
    public long effortThousandths(PersonId person) {
        int slot = allocation.slot(Objects.requireNonNull(person, "person"));
        return slot < 0 ? 0 : effortBySlot[slot];
    }

    /** The effort assigned to the person of a slot of the allocation, in thousandths of an FTE. */
    long effortOfSlot(int slot) {
        return effortBySlot[slot];
    }

    /** The slot in the allocation of the owner of a process, by its index in the organisation's processes, or -1. */
    int ownerSlot(int process) {
        return ownerSlots != null ? ownerSlots[process] : -1;
    }

    /**
     * Whether the person of a slot of the allocation is appointed to a profile of one of some kinds: what
     * {@link #holds} answers for people with an assignment, from a byte per slot rather than their appointments.
     *
     * @param kinds a mask of the kinds' ordinals, as {@link #kindMask} makes
     */
    boolean holdsBySlot(int slot, int kinds) {
        return (kindsBySlot[slot] & kinds) != 0;
    }

    /** The mask of some kinds' ordinals, for {@link #holdsBySlot}. */
    static int kindMask(RoleKind... kinds) {
        int mask = 0;
        for (RoleKind kind : kinds) {
            mask |= 1 << kind.ordinal();
        }
        return mask;
    }

    /** The FTE the person of a slot of the allocation is appointed for here, in thousandths. */
    long fteOfSlot(int slot) {
        return fteBySlot[slot];
    }

    /**
     * The FTE a person is appointed for in this organisation, in thousandths.
     *
     * @param person the person; not null
     * @return the thousandths; zero when the person has no appointment
     */
    public long fteThousandths(PersonId person) {
        long sum = 0;
        for (Appointment a : organisation.appointmentsOf(person)) {
            sum += a.fte().thousandths();
        }
        return sum;
    }

    /** The letters anyone holds in a key of the allocation, as a mask like {@link Allocation#letters()}. */
    int lettersOfKey(int key) {
        return keyFacts[key] & 0xF;
    }

    /** The number of accountables of a key of the allocation: 0, 1, or 2 for two or more. */
    int accountablesOfKey(int key) {
        return keyFacts[key] >> ACCOUNTABLE_SHIFT & 3;
    }

    /** For a key whose scope is a process: whether the process's owner is accountable. */
    boolean ownerAccountable(int key) {
        return (keyFacts[key] & OWNER_ACCOUNTABLE) != 0;
    }

    /** For a key whose scope is a process: whether anyone but the process's owner is responsible or accountable. */
    boolean othersResponsible(int key) {
        return (keyFacts[key] & OTHERS_RESPONSIBLE) != 0;
    }

    /**
     * The index in the organisation's processes of a key's process, for a key of the allocation: found for the few
     * keys a rule reports on, rather than kept for every key. A responsibility is mostly held for every process,
     * and then its key's place among the run's process keys is the process's index: that guess is tried by
     * identity first, as a search among a hundred thousand ids reads a string, far apart in memory, per step.
     *
     * @param key the key's index in the allocation's keys
     * @return the process's index, or -1 when the key's scope is not a process
     */
    int processOfKey(int key) {
        if (!processKeys.get(key)) {
            return -1;
        }
        String[] ids = numbers.processIds();
        String ref = allocation.keyScope(key).ref();
        int guess = key - processKeys.nextSetBit(allocation.runStarts()[allocation.runOf(key)]);
        if (guess < ids.length && (ids[guess] == ref || ids[guess].equals(ref))) {
            return guess;
        }
        return Arrays.binarySearch(ids, ref);
    }

    /**
     * The ids of the owners of some processes, by the processes' indexes in the organisation's processes, read as
     * {@link Allocation#keyNames} reads keys' names: a process, its owner and the owner's id lie far apart at a
     * hundred thousand people, and are read here one level for all processes at a time.
     *
     * @param processes the processes' indexes, -1 for none
     * @return the owners' ids, null where the index is -1
     */
    @Nullable String[] ownerIds(int[] processes) {
        List<Process> all = organisation.processes();
        PersonId[] owners = new PersonId[processes.length];
        for (int j = 0; j < processes.length; j++) {
            owners[j] = processes[j] >= 0 ? all.get(processes[j]).owner() : null;
        }
        @Nullable String[] ids = new String[processes.length];
        for (int j = 0; j < processes.length; j++) {
            ids[j] = owners[j] != null ? owners[j].value() : null;
        }
        Allocation.readCharacters(ids);
        return ids;
    }

    /** Whether a key of the allocation has a process as its scope. */
    boolean processScoped(int key) {
        return processKeys.get(key);
    }

    /**
     * The profiles the organisation has chosen: the profiles of its appointments, and the process-owner
     * profiles when it has processes, in catalog order. Their responsibilities must be covered, except
     * process-scoped ones in an organisation without processes.
     *
     * @return the profile ids; never null
     */
    public Set<RoleId> chosenProfiles() {
        return chosenProfiles;
    }

    /**
     * The units covered by an ISO who is not also the CISO: listed in an ISO's or decentral ISO's
     * {@code covers}, or at or under a decentral ISO's unit.
     *
     * @return the units, in id order; never null
     */
    public Set<UnitId> coveredUnits() {
        Set<UnitId> ids = coveredUnits;
        if (ids == null) {
            BitSet numbers = covered();
            Set<UnitId> inOrder = new LinkedHashSet<>();
            for (int u = numbers.nextSetBit(0); u >= 0; u = numbers.nextSetBit(u + 1)) {
                inOrder.add(organisation.units().get(u).id());
            }
            ids = Collections.unmodifiableSet(inOrder);
            coveredUnits = ids;
        }
        return ids;
    }

    /** Whether a unit is covered (see {@link #coveredUnits()}), by its index in the organisation's units. */
    boolean covers(int unit) {
        return covered().get(unit);
    }

    private BitSet covered() {
        BitSet bits = covered;
        if (bits == null) {
            bits = computeCovered();
            covered = bits;
        }
        return bits;
    }

    /**
     * The severity a rule's findings get in this evaluation, overrides included.
     *
     * @param rule the rule; not null
     * @return the severity; never null
     */
    public Severity severity(AllocationRule rule) {
        return Objects.requireNonNull(severity.apply(Objects.requireNonNull(rule, "rule")), "severity");
    }

    /**
     * Makes a finding of a rule with the rule's id, severity and sources.
     *
     * @param rule the rule; not null
     * @param subjects the ids the finding is about, at least one; not null
     * @param message what is wrong, naming ids only; not null
     * @return the finding; never null
     */
    public Finding finding(AllocationRule rule, List<String> subjects, LocalizedText message) {
        List<SourceRef> cited = sources.get(rule);
        if (cited == null) {
            cited = rule.sources(catalog);
            if (cited != null) {
                // made unmodifiable once: then each finding keeps it as it is
                cited = Checks.list(cited, "Finding", "sources");
                sources.put(rule, cited);
            }
        }
        return Finding.of(rule.id(), severity(rule), subjects, message, cited);
    }
}
