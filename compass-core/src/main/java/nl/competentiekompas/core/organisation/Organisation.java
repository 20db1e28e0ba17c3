package nl.competentiekompas.core.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.internal.IntList;
import nl.competentiekompas.core.internal.IntRuns;
import nl.competentiekompas.core.internal.Numbering;
import nl.competentiekompas.core.internal.OrganisationNumbers;

/**
 * An organisation: its sector, governing bodies, tree of units, processes, people, appointments and
 * reporting lines.
 *
 * <p>People appear only as pseudonymous {@link PersonId}s. One person may hold appointments in several
 * organisations (a CISO shared by three municipalities); each organisation lists only its own appointments.
 * Once built an organisation is consistent: ids are unique, the units form a tree, and every unit, process,
 * appointment and governing body that something refers to exists. Everything is kept in id order, so two
 * organisations built from the same parts in a different order are equal and evaluate the same. Lookups by
 * id are constant time. Build one with {@link #builder(OrganisationId, Sector)}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Organisation {

    private static final String TYPE = "Organisation";

    static {
        OrganisationNumbers.register(Organisation.class, o -> o.numbers);
    }

    private final OrganisationId id;
    private final Sector sector;
    private final boolean essentialEntity;
    private final Set<GoverningBody> governingBodies;
    private final List<Unit> units;
    private final List<Process> processes;
    private final SortedSet<PersonId> people;
    private final List<Appointment> appointments;
    private final List<ReportingLine> lines;

    private final Map<UnitId, Unit> unitsById;
    private final Map<ProcessId, Process> processesById;
    private final Map<AppointmentId, Appointment> appointmentsById;
    private final Map<UnitId, List<UnitId>> children = new HashMap<>();
    private final Map<PersonId, List<Appointment>> appointmentsByPerson = new HashMap<>();
    private final Map<AppointmentId, List<ReportingLine>> linesFrom = new HashMap<>();
    /** The numbered form the allocator and the rules read (see {@link OrganisationNumbers}). */
    private final OrganisationNumbers<PersonId, RoleId, UnitId> numbers;

    private Organisation(Builder b) {
        this.id = Objects.requireNonNull(b.id, "Organisation.id");
        this.sector = Objects.requireNonNull(b.sector, "Organisation.sector");
        this.essentialEntity = b.essentialEntity;
        this.governingBodies = Checks.enumSet(b.governingBodies, GoverningBody.class, TYPE, "governingBodies");
        this.unitsById = index(b.units.values(), Unit::id);
        this.units = List.copyOf(unitsById.values());
        this.processesById = index(b.processes.values(), Process::id);
        this.processes = List.copyOf(processesById.values());
        this.appointmentsById = index(b.appointments.values(), Appointment::id);
        this.appointments = List.copyOf(appointmentsById.values());
        this.lines = List.copyOf(new TreeSet<>(b.lines));
        TreeSet<PersonId> everyone = new TreeSet<>(b.people);
        processes.forEach(p -> everyone.add(p.owner()));
        appointments.forEach(a -> everyone.add(a.person()));
        this.people = Collections.unmodifiableSortedSet(everyone);

        for (Unit unit : units) {
            unit.parent().ifPresent(parent -> {
                requireUnit(parent, "units", "unit '" + unit.id() + "' has parent");
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit.id());
            });
        }
        rejectCycles();
        for (Process process : processes) {
            requireUnit(process.unit(), "processes", "process '" + process.id() + "' belongs to");
        }
        for (Appointment appointment : appointments) {
            requireUnit(appointment.unit(), "appointments", "appointment '" + appointment.id() + "' sits in");
            for (UnitId covered : appointment.covers()) {
                requireUnit(covered, "appointments", "appointment '" + appointment.id() + "' covers");
            }
            appointmentsByPerson.computeIfAbsent(appointment.person(), k -> new ArrayList<>()).add(appointment);
        }
        // unmodifiable once, rather than wrapped on every lookup (the rules look people up per assignment)
        appointmentsByPerson.replaceAll((person, held) -> List.copyOf(held));
        for (ReportingLine line : lines) {
            if (!appointmentsById.containsKey(line.from())) {
                throw new InvalidValueException(TYPE, "lines",
                        "a line runs from appointment '" + line.from() + "', which the organisation does not hold");
            }
            line.toAppointment().ifPresent(to -> {
                if (!appointmentsById.containsKey(to)) {
                    throw new InvalidValueException(TYPE, "lines", "a line runs to appointment '" + to
                            + "', which the organisation does not hold");
                }
            });
            line.toBody().ifPresent(body -> {
                if (!governingBodies.contains(body)) {
                    throw new InvalidValueException(TYPE, "lines", "a line runs to governing body '" + body.id()
                            + "', which the organisation does not have");
                }
            });
            linesFrom.computeIfAbsent(line.from(), k -> new ArrayList<>()).add(line);
        }
        this.numbers = numberParts();
    }

    /** The numbered form of this organisation, once its parts are known to be consistent. */
    private OrganisationNumbers<PersonId, RoleId, UnitId> numberParts() {
        Numbering<PersonId> numbered = new Numbering<>(people.size());
        people.forEach(numbered::add);
        Numbering<UnitId> unitNumbers = new Numbering<>(units.size());
        units.forEach(u -> unitNumbers.add(u.id()));
        int[] unitParents = new int[units.size()];
        for (int u = 0; u < unitParents.length; u++) {
            unitParents[u] = units.get(u).parent().map(unitNumbers::number).orElse(-1);
        }
        Numbering<RoleId> roles = new Numbering<>(8);
        int[] appointmentRoles = new int[appointments.size()];
        int[] appointmentFtes = new int[appointments.size()];
        int[] appointmentUnits = new int[appointments.size()];
        // the units covered, as pairs of an appointment's index and a unit's number: few appointments cover any
        IntList coverers = new IntList();
        IntList coveredUnits = new IntList();
        for (int i = 0; i < appointmentRoles.length; i++) {
            Appointment a = appointments.get(i);
            appointmentRoles[i] = roles.add(a.role());
            appointmentFtes[i] = a.fte().thousandths();
            appointmentUnits[i] = unitNumbers.number(a.unit());
            for (UnitId u : a.covers()) {
                coverers.add(i);
                coveredUnits.add(unitNumbers.number(u));
            }
        }
        // the lines, as pairs of the indexes of the appointments they run from and to (-1 for a governing body),
        // the indexes found among the appointments, which are in id order
        int[] from = new int[lines.size()];
        int[] to = new int[lines.size()];
        for (int l = 0; l < from.length; l++) {
            ReportingLine line = lines.get(l);
            from[l] = appointmentIndex(line.from());
            to[l] = line.toAppointment().map(this::appointmentIndex).orElse(-1);
        }
        IntRuns covered = IntRuns.grouped(appointments.size(), coverers.values(), coveredUnits.values(),
                coverers.size());
        IntRuns lineTargets = IntRuns.grouped(appointments.size(), from, to, from.length);
        List<RoleId> roleList = new ArrayList<>(roles.size());
        for (int r = 0; r < roles.size(); r++) {
            roleList.add(roles.get(r));
        }
        return new OrganisationNumbers<>(numbered.freeze(), roleList, unitNumbers.freeze(), unitParents,
                units.stream().map(u -> u.id().value()).toArray(String[]::new),
                processes.stream().map(p -> p.id().value()).toArray(String[]::new),
                numbered.numbers(appointments.stream().map(Appointment::person).toArray(PersonId[]::new)),
                appointmentRoles, appointmentFtes, appointmentUnits, covered, lineTargets,
                numbered.numbers(processes.stream().map(Process::owner).toArray(PersonId[]::new)),
                processes.stream().mapToInt(p -> unitNumbers.number(p.unit())).toArray());
    }

    /** The index among the appointments, which are in id order, of an appointment the organisation holds. */
    private int appointmentIndex(AppointmentId id) {
        int low = 0;
        int high = appointments.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = appointments.get(middle).id().compareTo(id);
            if (c == 0) {
                return middle;
            }
            low = c < 0 ? middle + 1 : low;
            high = c > 0 ? middle - 1 : high;
        }
        throw new IllegalStateException("no appointment '" + id + "'");
    }

    private static <K extends Comparable<K>, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
        Map<K, V> sorted = new TreeMap<>();
        for (V value : values) {
            sorted.put(key.apply(value), value);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    private void requireUnit(UnitId unit, String property, String what) {
        if (!unitsById.containsKey(unit)) {
            throw new InvalidValueException(TYPE, property, what + " '" + unit + "', which the organisation does not hold");
        }
    }

    private void rejectCycles() {
        // 0 = unvisited, 1 = on the current path, 2 = known to reach a top unit
        Map<UnitId, Integer> state = new HashMap<>();
        for (Unit start : units) {
            List<UnitId> path = new ArrayList<>();
            UnitId current = start.id();
            while (current != null && state.getOrDefault(current, 0) == 0) {
                state.put(current, 1);
                path.add(current);
                current = unitsById.get(current).parent().orElse(null);
            }
            if (current != null && state.get(current) == 1) {
                throw new InvalidValueException(TYPE, "units", "the parents of unit '" + current + "' form a cycle");
            }
            path.forEach(u -> state.put(u, 2));
        }
    }

    /**
     * Starts a builder.
     *
     * @param id the organisation's id; not null
     * @param sector its sector; not null
     * @return a new builder; never null
     */
    public static Builder builder(OrganisationId id, Sector sector) {
        return new Builder(id, sector);
    }

    /**
     * A builder holding everything of this organisation, to change it.
     *
     * @return a new builder; never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, sector).essentialEntity(essentialEntity);
        governingBodies.forEach(b::governingBody);
        units.forEach(b::unit);
        processes.forEach(b::process);
        people.forEach(b::person);
        appointments.forEach(b::appointment);
        lines.forEach(b::line);
        return b;
    }

    /**
     * The id.
     *
     * @return the id; never null
     */
    public OrganisationId id() {
        return id;
    }

    /**
     * The sector.
     *
     * @return the sector; never null
     */
    public Sector sector() {
        return sector;
    }

    /**
     * Whether the organisation is an essential entity under NIS2 and the Cyberbeveiligingswet.
     *
     * @return true for an essential entity
     */
    public boolean essentialEntity() {
        return essentialEntity;
    }

    /**
     * The governing bodies, in the enum's order.
     *
     * @return the bodies; never null
     */
    public Set<GoverningBody> governingBodies() {
        return governingBodies;
    }

    /**
     * All units, in id order.
     *
     * @return the units; never null
     */
    public List<Unit> units() {
        return units;
    }

    /**
     * All processes, in id order.
     *
     * @return the processes; never null
     */
    public List<Process> processes() {
        return processes;
    }

    /**
     * Everyone the organisation knows: listed people, process owners and appointees, in id order.
     *
     * @return the people; never null
     */
    public SortedSet<PersonId> people() {
        return people;
    }

    /**
     * All appointments, in id order.
     *
     * @return the appointments; never null
     */
    public List<Appointment> appointments() {
        return appointments;
    }

    /**
     * All reporting lines, in their natural order.
     *
     * @return the lines; never null
     */
    public List<ReportingLine> lines() {
        return lines;
    }

    /**
     * The unit with an id.
     *
     * @param unitId the id; not null
     * @return the unit, or empty
     */
    public Optional<Unit> unit(UnitId unitId) {
        return Optional.ofNullable(unitsById.get(Objects.requireNonNull(unitId, "unitId")));
    }

    /**
     * The process with an id.
     *
     * @param processId the id; not null
     * @return the process, or empty
     */
    public Optional<Process> process(ProcessId processId) {
        return Optional.ofNullable(processesById.get(Objects.requireNonNull(processId, "processId")));
    }

    /**
     * The appointment with an id.
     *
     * @param appointmentId the id; not null
     * @return the appointment, or empty
     */
    public Optional<Appointment> appointment(AppointmentId appointmentId) {
        return Optional.ofNullable(appointmentsById.get(Objects.requireNonNull(appointmentId, "appointmentId")));
    }

    /**
     * The appointment with an id, which must exist.
     *
     * @param appointmentId the id; not null
     * @return the appointment; never null
     * @throws UnknownIdException if there is no such appointment
     */
    public Appointment requireAppointment(AppointmentId appointmentId) {
        return appointment(appointmentId).orElseThrow(() -> new UnknownIdException("appointment", appointmentId.value()));
    }

    /**
     * The appointments of one person in this organisation, in id order.
     *
     * @param person the person; not null
     * @return the appointments; never null, possibly empty
     */
    public List<Appointment> appointmentsOf(PersonId person) {
        return appointmentsByPerson.getOrDefault(Objects.requireNonNull(person, "person"), List.of());
    }

    /**
     * The appointments holding one role, in id order.
     *
     * @param role the role; not null
     * @return the appointments; never null, possibly empty
     */
    public List<Appointment> appointmentsWithRole(RoleId role) {
        Objects.requireNonNull(role, "role");
        return appointments.stream().filter(a -> a.role().equals(role)).toList();
    }

    /**
     * The reporting lines running from one appointment, in their natural order.
     *
     * @param appointmentId the appointment; not null
     * @return the lines; never null, possibly empty
     */
    public List<ReportingLine> linesFrom(AppointmentId appointmentId) {
        return Collections.unmodifiableList(
                linesFrom.getOrDefault(Objects.requireNonNull(appointmentId, "appointmentId"), List.of()));
    }

    /**
     * The units directly under a unit, in id order.
     *
     * @param unitId the unit; not null
     * @return the children; never null, possibly empty
     */
    public List<UnitId> children(UnitId unitId) {
        return Collections.unmodifiableList(children.getOrDefault(Objects.requireNonNull(unitId, "unitId"), List.of()));
    }

    /**
     * The unit and all its ancestors, from the unit up to its top unit.
     *
     * @param unitId the unit; not null
     * @return the path upwards, starting with the unit itself; never null
     * @throws UnknownIdException if there is no such unit
     */
    public List<UnitId> pathToTop(UnitId unitId) {
        Unit unit = unitsById.get(Objects.requireNonNull(unitId, "unitId"));
        if (unit == null) {
            throw new UnknownIdException("unit", unitId.value());
        }
        List<UnitId> path = new ArrayList<>();
        path.add(unit.id());
        while (unit.parent().isPresent()) {
            unit = unitsById.get(unit.parent().get());
            path.add(unit.id());
        }
        return Collections.unmodifiableList(path);
    }

    /**
     * Whether a unit is an IT department or lies under one.
     *
     * @param unitId the unit; not null
     * @return true when the unit or an ancestor is marked as the IT department
     * @throws UnknownIdException if there is no such unit
     */
    public boolean inItDepartment(UnitId unitId) {
        for (UnitId u : pathToTop(unitId)) {
            if (unitsById.get(u).itDepartment()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy with an appointment added, or replaced when one with its id exists.
     *
     * @param appointment the appointment; not null
     * @return the organisation; never null
     * @throws InvalidValueException if the appointment refers to a unit the organisation does not hold
     */
    public Organisation withAppointment(Appointment appointment) {
        return toBuilder().appointment(appointment).build();
    }

    /**
     * A copy without an appointment and without the reporting lines from or to it.
     *
     * @param appointmentId the appointment; not null
     * @return the organisation; never null
     */
    public Organisation withoutAppointment(AppointmentId appointmentId) {
        return toBuilder().removeAppointment(appointmentId).build();
    }

    /**
     * A copy with a unit added, or replaced when one with its id exists.
     *
     * @param unit the unit; not null
     * @return the organisation; never null
     * @throws InvalidValueException if the units would no longer form a tree
     */
    public Organisation withUnit(Unit unit) {
        return toBuilder().unit(unit).build();
    }

    /**
     * A copy with a reporting line added.
     *
     * @param line the line; not null
     * @return the organisation; never null
     * @throws InvalidValueException if the line refers to something the organisation does not hold
     */
    public Organisation withLine(ReportingLine line) {
        return toBuilder().line(line).build();
    }

    /**
     * A copy without a reporting line.
     *
     * @param line the line; not null
     * @return the organisation; never null
     */
    public Organisation withoutLine(ReportingLine line) {
        Builder b = toBuilder();
        b.lines.remove(Objects.requireNonNull(line, "line"));
        return b.build();
    }

    /**
     * A copy that no longer mentions a person, for GDPR (AVG) erasure: the person leaves the listed people,
     * their appointments go together with the reporting lines from and to them, and the processes they own go.
     *
     * <p>A process must have an owner, and handing it to someone else would make that person accountable
     * without their knowing, so a process owned by the erased person is removed rather than reassigned. To
     * keep such a process, give it a new owner with {@link Process#withOwner(PersonId)} before erasing. Units,
     * governing bodies and everyone else's appointments, processes and lines stay as they are. When the
     * organisation does not mention the person, this organisation itself is returned.
     *
     * @param person the person; not null
     * @return the organisation without the person; never null
     */
    public Organisation withoutPerson(PersonId person) {
        Objects.requireNonNull(person, "person");
        if (!people.contains(person)) {
            return this;
        }
        Builder b = toBuilder();
        b.people.remove(person);
        appointmentsOf(person).forEach(a -> b.removeAppointment(a.id()));
        processesOwnedBy(person).forEach(p -> b.removeProcess(p.id()));
        return b.build();
    }

    /**
     * The processes one person owns, in id order.
     *
     * @param person the person; not null
     * @return the processes; never null, possibly empty
     */
    public List<Process> processesOwnedBy(PersonId person) {
        Objects.requireNonNull(person, "person");
        return processes.stream().filter(p -> p.owner().equals(person)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && id.equals(other.id) && sector == other.sector
                && essentialEntity == other.essentialEntity && governingBodies.equals(other.governingBodies)
                && units.equals(other.units) && processes.equals(other.processes) && people.equals(other.people)
                && appointments.equals(other.appointments) && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, sector, essentialEntity, governingBodies, units, processes, people, appointments,
                lines);
    }

    /**
     * A compact diagnostic form, with ids and counts only.
     *
     * @return for example {@code Organisation[gemeente-a municipality, units=4, processes=2, appointments=5, lines=3]}
     */
    @Override
    public String toString() {
        return "Organisation[" + id + " " + sector.id() + (essentialEntity ? " essential" : "") + ", units="
                + units.size() + ", processes=" + processes.size() + ", appointments=" + appointments.size() + ", lines="
                + lines.size() + "]";
    }

    /**
     * Builds an {@link Organisation}. Adding a part with an id that is already present replaces it. Not
     * thread-safe; {@link #build()} checks everything.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final OrganisationId id;
        private final Sector sector;
        private boolean essentialEntity;
        private final Set<GoverningBody> governingBodies = EnumSet.noneOf(GoverningBody.class);
        private final Map<UnitId, Unit> units = new LinkedHashMap<>();
        private final Map<ProcessId, Process> processes = new LinkedHashMap<>();
        private final Set<PersonId> people = new TreeSet<>();
        private final Map<AppointmentId, Appointment> appointments = new LinkedHashMap<>();
        private final Set<ReportingLine> lines = new TreeSet<>();

        private Builder(OrganisationId id, Sector sector) {
            this.id = Objects.requireNonNull(id, "id");
            this.sector = Objects.requireNonNull(sector, "sector");
        }

        /**
         * Marks the organisation as an essential entity (NIS2, Cyberbeveiligingswet); by default it is not.
         *
         * @param value whether it is one
         * @return this builder
         */
        public Builder essentialEntity(boolean value) {
            this.essentialEntity = value;
            return this;
        }

        /**
         * Adds a governing body.
         *
         * @param value the body; not null
         * @return this builder
         */
        public Builder governingBody(GoverningBody value) {
            governingBodies.add(Objects.requireNonNull(value, "governingBody"));
            return this;
        }

        /**
         * Adds or replaces a unit.
         *
         * @param value the unit; not null
         * @return this builder
         */
        public Builder unit(Unit value) {
            units.put(Objects.requireNonNull(value, "unit").id(), value);
            return this;
        }

        /**
         * Adds or replaces a process.
         *
         * @param value the process; not null
         * @return this builder
         */
        public Builder process(Process value) {
            processes.put(Objects.requireNonNull(value, "process").id(), value);
            return this;
        }

        /**
         * Removes a process, if present.
         *
         * @param processId the process; not null
         * @return this builder
         */
        public Builder removeProcess(ProcessId processId) {
            processes.remove(Objects.requireNonNull(processId, "processId"));
            return this;
        }

        /**
         * Adds a person; process owners and appointees are added without this.
         *
         * @param value the person; not null
         * @return this builder
         */
        public Builder person(PersonId value) {
            people.add(Objects.requireNonNull(value, "person"));
            return this;
        }

        /**
         * Adds or replaces an appointment.
         *
         * @param value the appointment; not null
         * @return this builder
         */
        public Builder appointment(Appointment value) {
            appointments.put(Objects.requireNonNull(value, "appointment").id(), value);
            return this;
        }

        /**
         * Removes an appointment, if present, and the reporting lines from and to it.
         *
         * @param appointmentId the appointment; not null
         * @return this builder
         */
        public Builder removeAppointment(AppointmentId appointmentId) {
            Objects.requireNonNull(appointmentId, "appointmentId");
            appointments.remove(appointmentId);
            lines.removeIf(l -> l.from().equals(appointmentId)
                    || l.toAppointment().filter(appointmentId::equals).isPresent());
            return this;
        }

        /**
         * Adds a reporting line.
         *
         * @param value the line; not null
         * @return this builder
         */
        public Builder line(ReportingLine value) {
            lines.add(Objects.requireNonNull(value, "line"));
            return this;
        }

        /**
         * Builds the organisation.
         *
         * @return the organisation; never null
         * @throws InvalidValueException if the parts are inconsistent
         */
        public Organisation build() {
            return new Organisation(this);
        }
    }
}
