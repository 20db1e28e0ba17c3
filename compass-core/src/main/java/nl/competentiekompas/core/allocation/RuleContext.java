package nl.competentiekompas.core.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.Unit;
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

    private final Organisation organisation;
    private final Allocation allocation;
    private final Catalog catalog;
    private final Workload workload;
    private final Function<AllocationRule, Severity> severity;

    private final Map<RoleKind, List<Appointment>> appointmentsByKind = new EnumMap<>(RoleKind.class);
    private final Map<RoleId, List<Appointment>> appointmentsByRole = new HashMap<>();
    /** The kind of each profile the organisation appoints people to. */
    private final Map<RoleId, RoleKind> kindByRole = new HashMap<>();
    private final long[] effortBySlot;
    /** The FTE each slot's person is appointed for here, in thousandths. */
    private final long[] fteBySlot;
    /** Each rule's sources, asked for once per evaluation rather than once per finding. */
    private final Map<AllocationRule, List<SourceRef>> sources = new ConcurrentHashMap<>();
    /** For each key of the allocation, the index of its process in the organisation's processes, or -1. */
    private final int[] processOfKey;
    private final Set<RoleId> chosenProfiles;
    private final Set<UnitId> coveredUnits;

    RuleContext(Organisation organisation, Allocation allocation, Catalog catalog, Workload workload,
            Function<AllocationRule, Severity> severity) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.allocation = Objects.requireNonNull(allocation, "allocation");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.workload = Objects.requireNonNull(workload, "workload");
        this.severity = severity;
        Set<RoleId> chosen = new HashSet<>();
        // one pass over the appointments in their order, each person looked up once: the FTE of each slot of
        // the allocation, the appointments per kind and per role (most appointments share a few roles)
        this.fteBySlot = new long[allocation.slots()];
        RoleId lastRole = null;
        Optional<RoleProfile> profile = Optional.empty();
        List<Appointment> withRole = null;
        List<Appointment> appointments = organisation.appointments();
        PersonId[] persons = new PersonId[appointments.size()];
        int[] ftes = new int[appointments.size()];
        int index = 0;
        for (Appointment a : appointments) {
            persons[index] = a.person();
            ftes[index++] = a.fte().thousandths();
            if (a.role() != lastRole) {
                lastRole = a.role();
                profile = catalog.profile(lastRole);
                withRole = appointmentsByRole.computeIfAbsent(lastRole, r -> new ArrayList<>());
            }
            withRole.add(a);
            if (profile.isPresent()) {
                chosen.add(a.role());
                RoleKind kind = profile.get().kind();
                kindByRole.put(a.role(), kind);
                appointmentsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(a);
            }
        }
        // an allocation being proposed is empty: nobody has a slot
        int[] appointed = allocation.size() == 0 ? new int[0] : allocation.slots(persons);
        for (int i = 0; i < appointed.length; i++) {
            if (appointed[i] >= 0) {
                fteBySlot[appointed[i]] += ftes[i];
            }
        }
        if (!organisation.processes().isEmpty()) {
            catalog.profiles().stream().filter(p -> p.kind() == RoleKind.PROCESS_OWNER).forEach(p -> chosen.add(p.id()));
        }
        Set<RoleId> inCatalogOrder = new LinkedHashSet<>();
        catalog.profiles().stream().map(RoleProfile::id).filter(chosen::contains).forEach(inCatalogOrder::add);
        this.chosenProfiles = Collections.unmodifiableSet(inCatalogOrder);
        // keys are sorted by responsibility, then by scope kind and id, as units and processes are by id: one
        // merge per responsibility checks every scope and finds each process scope's process, where a lookup per
        // key in maps of a hundred thousand scopes misses the cache at a million assignments
        int[] starts = allocation.starts();
        this.processOfKey = new int[starts.length - 1];
        List<Unit> units = organisation.units();
        List<Process> processes = organisation.processes();
        // the scope object each process was last matched with: responsibilities share one scope per process,
        // so after the first they match by identity, without comparing ids
        Scope[] matched = new Scope[processes.size()];
        ResponsibilityId known = null;
        int unit = 0;
        int process = 0;
        boolean first = true;
        for (int k = 0; k < processOfKey.length; k++) {
            ResponsibilityId id = allocation.keyResponsibility(k);
            if (known == null || !known.equals(id)) {
                known = responsibility(id).id();
                unit = 0;
                process = 0;
                first = true;
            }
            Scope scope = allocation.keyScope(k);
            processOfKey[k] = -1;
            if (scope.kind() == ScopeKind.UNIT) {
                unit = seek(units, unit, scope.ref(), u -> u.id().value(), "unit");
            } else if (scope.kind() == ScopeKind.PROCESS) {
                int next = first ? 0 : process + 1;
                if (next < matched.length && matched[next] == scope) {
                    process = next;
                } else {
                    process = seek(processes, process, scope.ref(), p -> p.id().value(), "process");
                    matched[process] = scope;
                }
                processOfKey[k] = process;
                first = false;
            }
        }
        // one pass over the columns in assignment order, summing into the people's slots
        this.effortBySlot = new long[allocation.slots()];
        int[] slots = allocation.personSlots();
        byte[] letters = allocation.letters();
        Responsibility r = null;
        for (int k = 0; k < processOfKey.length; k++) {
            r = responsibilityOfKey(k, r);
            int byDefault = r.defaultEffort().thousandths();
            for (int i = starts[k]; i < starts[k + 1]; i++) {
                int explicit = allocation.effort(i);
                effortBySlot[slots[i]] += explicit >= 0 ? explicit : (letters[i] & Allocation.R) != 0 ? byDefault : 0;
            }
        }
        this.coveredUnits = Collections.unmodifiableSet(computeCoveredUnits());
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

    /** The index from {@code from} on of the element of a list sorted by id that has an id, which must exist. */
    private static <T> int seek(List<T> sorted, int from, String ref, Function<T, String> id, String kind) {
        int i = from;
        while (i < sorted.size() && id.apply(sorted.get(i)).compareTo(ref) < 0) {
            i++;
        }
        if (i == sorted.size() || !id.apply(sorted.get(i)).equals(ref)) {
            throw new UnknownIdException(kind, ref);
        }
        return i;
    }

    private Set<UnitId> computeCoveredUnits() {
        Set<UnitId> covered = new TreeSet<>();
        List<UnitId> stack = new ArrayList<>();
        for (RoleKind kind : List.of(RoleKind.ISO, RoleKind.DECENTRAL_ISO)) {
            for (Appointment a : appointments(kind)) {
                if (holds(a.person(), RoleKind.CISO)) {
                    continue;
                }
                covered.addAll(a.covers());
                if (kind == RoleKind.DECENTRAL_ISO) {
                    stack.add(a.unit());
                }
            }
        }
        Set<UnitId> visited = new HashSet<>();
        while (!stack.isEmpty()) {
            UnitId unit = stack.remove(stack.size() - 1);
            if (visited.add(unit)) {
                covered.add(unit);
                stack.addAll(organisation.children(unit));
            }
        }
        return covered;
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
        return Collections.unmodifiableList(appointmentsByKind.getOrDefault(Objects.requireNonNull(kind, "kind"), List.of()));
    }

    /** The appointments holding one role, in id order. */
    List<Appointment> appointmentsWithRole(RoleId role) {
        return Collections.unmodifiableList(appointmentsByRole.getOrDefault(role, List.of()));
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
     * The responsibility of a key of the allocation. Keys are sorted by responsibility, so a walk over them
     * passes the one of the key before and gets it back while the run lasts, looked up once per run.
     *
     * @param key the key's index in the allocation's keys
     * @param before the responsibility of an earlier key, or null
     * @return the responsibility
     */
    Responsibility responsibilityOfKey(int key, @Nullable Responsibility before) {
        ResponsibilityId id = allocation.keyResponsibility(key);
        return before != null && before.id().equals(id) ? before : responsibility(id);
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

    /**
     * The index in the organisation's processes of a key's process, for a key of the allocation.
     *
     * @param key the key's index in the allocation's keys
     * @return the process's index, or -1 when the key's scope is not a process
     */
    int processOfKey(int key) {
        return processOfKey[key];
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
        return coveredUnits;
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
                sources.put(rule, cited);
            }
        }
        return Finding.of(rule.id(), severity(rule), subjects, message, cited);
    }
}
