package nl.competentiekompas.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;

/**
 * Generates organisations: a tree of units with an IT department, processes with their owners, a CISO, ISOs
 * and decentral ISOs, an IT manager and the reporting lines between them.
 *
 * <p>Get one from {@link CompassArbitraries#organisations()} and configure it; every configuration method
 * returns a new arbitrary. By default organisations of every sector are generated, some with structural
 * defects (no CISO, a CISO under IT or without a line to the top, no ISO, an ISO without a line to the CISO, an
 * uncovered unit, a CISO who is also IT manager); {@link #sound()} generates only organisations without them.
 * Roles use the bundled catalog's ids ({@code ciso-municipality} in municipalities, {@code ciso-healthcare}
 * elsewhere, {@code iso}, {@code diso}, {@code it-manager}, {@code line-manager}). Everything is generated from
 * small integers and booleans, so counterexamples shrink to few units, few people and no defects, with short
 * ids such as {@code u-1}, {@code a-iso-0} and {@code p-owner-0}.
 *
 * @since 0.1
 */
public class OrganisationArbitrary extends ArbitraryDecorator<Organisation> {

    /** The structural defects the generator may build in. */
    enum Defect {
        NO_CISO, CISO_UNDER_IT, CISO_MISSING_LINE, NO_ISO, ISO_WITHOUT_LINE, UNCOVERED_UNIT, CISO_IS_IT_MANAGER
    }

    private OrganisationId id = OrganisationId.of("org");
    private Optional<Sector> sector = Optional.empty();
    private Optional<Boolean> essentialEntity = Optional.empty();
    private int minUnits = 1;
    private int maxUnits = 8;
    private int maxDepth = 4;
    private int minProcesses = 0;
    private int maxProcesses = 6;
    private int maxIsos = 3;
    private boolean sideJobs;
    private boolean sound;

    OrganisationArbitrary() {
    }

    /**
     * Organisations of one sector only; by default every sector.
     *
     * @param value the sector; not null
     * @return a new arbitrary; never null
     */
    public OrganisationArbitrary ofSector(Sector value) {
        OrganisationArbitrary clone = typedClone();
        clone.sector = Optional.of(Objects.requireNonNull(value, "sector"));
        return clone;
    }

    /**
     * Organisations that are, or are not, essential entities; by default both.
     *
     * @param value whether they are essential entities
     * @return a new arbitrary; never null
     */
    public OrganisationArbitrary essentialEntity(boolean value) {
        OrganisationArbitrary clone = typedClone();
        clone.essentialEntity = Optional.of(value);
        return clone;
    }

    /**
     * The number of units; by default 1 to 8.
     *
     * @param min at least 1
     * @param max at least {@code min}
     * @return a new arbitrary; never null
     * @throws IllegalArgumentException if the bounds are wrong
     */
    public OrganisationArbitrary units(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("units: need 1 <= min <= max, got " + min + ".." + max);
        }
        OrganisationArbitrary clone = typedClone();
        clone.minUnits = min;
        clone.maxUnits = max;
        return clone;
    }

    /**
     * The deepest level of the unit tree, top units being at depth 0; by default 4.
     *
     * @param value at least 1
     * @return a new arbitrary; never null
     * @throws IllegalArgumentException if the value is below 1
     */
    public OrganisationArbitrary maxDepth(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("maxDepth: need at least 1, got " + value);
        }
        OrganisationArbitrary clone = typedClone();
        clone.maxDepth = value;
        return clone;
    }

    /**
     * The number of processes; by default 0 to 6.
     *
     * @param min at least 0
     * @param max at least {@code min}
     * @return a new arbitrary; never null
     * @throws IllegalArgumentException if the bounds are wrong
     */
    public OrganisationArbitrary processes(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("processes: need 0 <= min <= max, got " + min + ".." + max);
        }
        OrganisationArbitrary clone = typedClone();
        clone.minProcesses = min;
        clone.maxProcesses = max;
        return clone;
    }

    /**
     * The largest number of generated ISOs and decentral ISOs (a sound organisation may get more, to cover
     * every unit that needs one); by default 3.
     *
     * @param max at least 0
     * @return a new arbitrary; never null
     * @throws IllegalArgumentException if the value is negative
     */
    public OrganisationArbitrary isos(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("isos: need at least 0, got " + max);
        }
        OrganisationArbitrary clone = typedClone();
        clone.maxIsos = max;
        return clone;
    }

    /**
     * Lets the CISO and ISO appointments be side jobs; by default none is.
     *
     * @return a new arbitrary; never null
     */
    public OrganisationArbitrary withSideJobs() {
        OrganisationArbitrary clone = typedClone();
        clone.sideJobs = true;
        return clone;
    }

    /**
     * Only organisations without structural defects: a CISO at the top with lines to the governing bodies,
     * not in IT and not IT manager, at least one ISO, every ISO with a functional line to the CISO and every
     * unit that needs an ISO covered.
     *
     * @return a new arbitrary; never null
     */
    public OrganisationArbitrary sound() {
        OrganisationArbitrary clone = typedClone();
        clone.sound = true;
        return clone;
    }

    /**
     * Organisations with this id; by default {@code org}.
     *
     * @param value the id; not null
     * @return a new arbitrary; never null
     */
    public OrganisationArbitrary withId(OrganisationId value) {
        OrganisationArbitrary clone = typedClone();
        clone.id = Objects.requireNonNull(value, "id");
        return clone;
    }

    record IsoSpec(boolean decentral, int unit, List<Integer> covers, int fte, boolean sideJob) {
    }

    record ProcessSpec(int unit, int owner) {
    }

    record Spec(Sector sector, boolean essential, List<Integer> parents, int it, List<Boolean> needsIso,
            List<IsoSpec> isos, List<ProcessSpec> processes, int cisoFte, boolean cisoSideJob, Set<Defect> defects) {
    }

    @Override
    protected Arbitrary<Organisation> arbitrary() {
        Arbitrary<Sector> sectors = sector.<Arbitrary<Sector>>map(Arbitraries::just)
                .orElse(Arbitraries.of(Sector.class));
        Arbitrary<Boolean> essential = essentialEntity.<Arbitrary<Boolean>>map(Arbitraries::just)
                .orElse(Arbitraries.of(false, true));
        Arbitrary<Boolean> flags = Arbitraries.of(false, true);
        Arbitrary<Integer> choice = Arbitraries.integers().between(0, 999);
        Arbitrary<Integer> fte = Arbitraries.integers().between(1, 10).map(i -> i * 100);
        Arbitrary<IsoSpec> iso = Combinators.combine(flags, choice, choice.list().ofMaxSize(3), fte,
                sideJobs ? flags : Arbitraries.just(false)).as(IsoSpec::new);
        Arbitrary<ProcessSpec> process = Combinators.combine(choice, Arbitraries.integers().between(0, 3))
                .as(ProcessSpec::new);
        Arbitrary<Set<Defect>> defects = sound ? Arbitraries.just(Set.of())
                : Arbitraries.of(Defect.class).set().ofMaxSize(2);
        Arbitrary<int[]> cisoFte = Combinators.combine(fte, sideJobs ? flags : Arbitraries.just(false))
                .as((f, s) -> new int[] {f, s ? 1 : 0});
        Arbitrary<Spec> specs = Combinators.combine(
                Combinators.combine(sectors, essential).as((s, e) -> List.<Object>of(s, e)),
                choice.list().ofMinSize(minUnits - 1).ofMaxSize(maxUnits - 1),
                choice,
                flags.list().ofMaxSize(maxUnits),
                iso.list().ofMaxSize(maxIsos),
                process.list().ofMinSize(minProcesses).ofMaxSize(maxProcesses),
                cisoFte,
                defects).as((se, parents, it, needs, isos, processes, ciso, ds) -> new Spec((Sector) se.get(0),
                        (Boolean) se.get(1), parents, it, needs, isos, processes, ciso[0], ciso[1] == 1, ds));
        return specs.map(this::build);
    }

    private static RoleId cisoRole(Sector sector) {
        return sector == Sector.MUNICIPALITY ? Catalogs.CISO_MUNICIPALITY : Catalogs.CISO_HEALTHCARE;
    }

    private static List<GoverningBody> bodies(Sector sector) {
        return sector == Sector.MUNICIPALITY
                ? List.of(GoverningBody.MUNICIPAL_SECRETARY, GoverningBody.PORTFOLIO_HOLDER)
                : List.of(GoverningBody.BOARD_OF_DIRECTORS);
    }

    private Organisation build(Spec spec) {
        Organisation.Builder b = Organisation.builder(id, spec.sector()).essentialEntity(spec.essential());
        bodies(spec.sector()).forEach(b::governingBody);
        int n = spec.parents().size() + 1;
        List<UnitId> units = new ArrayList<>();
        int[] depth = new int[n];
        Map<UnitId, UnitId> parentOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            units.add(UnitId.of("u-" + i));
        }
        UnitId it = n >= 2 ? units.get(1 + spec.it() % (n - 1)) : null;
        for (int i = 0; i < n; i++) {
            Unit unit;
            if (i == 0) {
                unit = Unit.top(units.get(0));
            } else {
                int parent = spec.parents().get(i - 1) % i;
                if (depth[parent] + 1 > maxDepth) {
                    parent = 0;
                }
                depth[i] = depth[parent] + 1;
                parentOf.put(units.get(i), units.get(parent));
                unit = Unit.under(units.get(i), units.get(parent))
                        .withNeedsIso(i < spec.needsIso().size() && spec.needsIso().get(i));
            }
            b.unit(unit.withItDepartment(units.get(i).equals(it)));
        }
        Set<Defect> defects = spec.defects();
        AppointmentId ciso = AppointmentId.of("a-ciso");
        boolean hasCiso = !defects.contains(Defect.NO_CISO);
        PersonId cisoPerson = PersonId.of("p-ciso");
        if (hasCiso) {
            UnitId where = defects.contains(Defect.CISO_UNDER_IT) && it != null ? it : units.get(0);
            b.appointment(new Appointment(ciso, cisoPerson, cisoRole(spec.sector()), where,
                    Fte.ofThousandths(spec.cisoFte()), spec.cisoSideJob(), Set.of()));
            List<GoverningBody> top = bodies(spec.sector());
            int lines = defects.contains(Defect.CISO_MISSING_LINE) ? top.size() - 1 : top.size();
            for (int i = 0; i < lines; i++) {
                b.line(ReportingLine.toBody(ciso, i == 0 ? ReportingLine.Kind.HIERARCHICAL
                        : ReportingLine.Kind.FUNCTIONAL, top.get(i)));
            }
            if (defects.contains(Defect.CISO_IS_IT_MANAGER)) {
                b.appointment(Appointment.of(AppointmentId.of("a-ciso-it"), cisoPerson, Catalogs.IT_MANAGER,
                        it != null ? it : units.get(0), Fte.ZERO));
            }
        }
        if (it != null) {
            b.appointment(Appointment.of(AppointmentId.of("a-it"), PersonId.of("p-it"), Catalogs.IT_MANAGER, it,
                    Fte.ONE));
        }
        Set<UnitId> covered = new HashSet<>();
        List<UnitId> disoUnits = new ArrayList<>();
        int isoCount = 0;
        if (!defects.contains(Defect.NO_ISO)) {
            for (int k = 0; k < spec.isos().size(); k++) {
                IsoSpec s = spec.isos().get(k);
                UnitId unit = units.get(s.unit() % n);
                Set<UnitId> covers = new TreeSet<>();
                if (!s.decentral()) {
                    s.covers().forEach(c -> covers.add(units.get(c % n)));
                } else {
                    disoUnits.add(unit);
                }
                covered.addAll(covers);
                AppointmentId a = AppointmentId.of((s.decentral() ? "a-diso-" : "a-iso-") + k);
                b.appointment(new Appointment(a, PersonId.of("p-iso-" + k), s.decentral() ? Catalogs.DISO : Catalogs.ISO,
                        unit, Fte.ofThousandths(s.fte()), s.sideJob(), covers));
                if (hasCiso && !(defects.contains(Defect.ISO_WITHOUT_LINE) && k == 0)) {
                    b.line(ReportingLine.toAppointment(a, ReportingLine.Kind.FUNCTIONAL, ciso));
                }
                isoCount++;
            }
            for (int i = 0; i < n; i++) {
                UnitId u = units.get(i);
                for (UnitId up = u; up != null; up = parentOf.get(up)) {
                    if (disoUnits.contains(up)) {
                        covered.add(u);
                        break;
                    }
                }
            }
            if (!defects.contains(Defect.UNCOVERED_UNIT)) {
                for (int i = 1; i < n; i++) {
                    boolean needs = i < spec.needsIso().size() && spec.needsIso().get(i);
                    if (needs && !covered.contains(units.get(i))) {
                        AppointmentId a = AppointmentId.of("a-diso-" + units.get(i).value());
                        b.appointment(Appointment.of(a, PersonId.of("p-diso-" + units.get(i).value()), Catalogs.DISO,
                                units.get(i), Fte.ofThousandths(500)));
                        if (hasCiso) {
                            b.line(ReportingLine.toAppointment(a, ReportingLine.Kind.FUNCTIONAL, ciso));
                        }
                        markSubtree(units.get(i), parentOf, units, covered);
                        isoCount++;
                    }
                }
                if (isoCount == 0) {
                    AppointmentId a = AppointmentId.of("a-iso-top");
                    b.appointment(Appointment.of(a, PersonId.of("p-iso-top"), Catalogs.ISO, units.get(0),
                            Fte.ofThousandths(500)));
                    if (hasCiso) {
                        b.line(ReportingLine.toAppointment(a, ReportingLine.Kind.FUNCTIONAL, ciso));
                    }
                }
            }
        }
        Map<Integer, UnitId> ownerUnit = new HashMap<>();
        for (int k = 0; k < spec.processes().size(); k++) {
            ProcessSpec s = spec.processes().get(k);
            UnitId unit = units.get(s.unit() % n);
            b.process(new Process(ProcessId.of("pr-" + k), PersonId.of("p-owner-" + s.owner()), unit));
            ownerUnit.putIfAbsent(s.owner(), unit);
        }
        ownerUnit.forEach((owner, unit) -> b.appointment(Appointment.of(AppointmentId.of("a-owner-" + owner),
                PersonId.of("p-owner-" + owner), Catalogs.LINE_MANAGER, unit, Fte.ONE)));
        return b.build();
    }

    private static void markSubtree(UnitId root, Map<UnitId, UnitId> parentOf, List<UnitId> units,
            Set<UnitId> covered) {
        for (UnitId u : units) {
            for (UnitId up = u; up != null; up = parentOf.get(up)) {
                if (up.equals(root)) {
                    covered.add(u);
                    break;
                }
            }
        }
    }
}
