package nl.competentiekompas.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Raci;
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
 * Generates large organisations from a fixed seed: the same size and seed give the same organisation.
 *
 * <p>The shape is an essential hospital: one CISO reporting to the board, a unit tree of one unit per 25
 * people (random parents, so depth grows with the logarithm of the size) with an IT department, a decentral
 * ISO in one unit of five (those units need an ISO), one central ISO per 5,000 people covering 20 units, an
 * IT manager, and every other person a line manager in a random unit owning, on average, five processes per
 * six people. The proposal of the {@link nl.competentiekompas.core.allocation.Allocator} for it holds about ten
 * assignments per person: each process takes the process owner's four responsibilities, with the owner as R
 * and A and the CISO and the covering ISO consulted. Thread-safe; holds no state.
 *
 * @since 0.1
 */
public final class Organisations {

    /** The seed all benchmarks use. */
    public static final long SEED = 20_261_122L;

    private static final int PEOPLE_PER_UNIT = 25;
    private static final int PEOPLE_PER_ISO = 5_000;
    private static final int UNITS_PER_ISO = 20;

    private Organisations() {
    }

    /**
     * An organisation of about this many people.
     *
     * @param people the number of people, at least 10
     * @param seed the seed
     * @return the organisation; never null
     * @throws IllegalArgumentException if {@code people} is below 10
     */
    public static Organisation hospital(int people, long seed) {
        if (people < 10) {
            throw new IllegalArgumentException("people must be at least 10, was " + people);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Organisation.Builder b = Organisation.builder(OrganisationId.of("ziekenhuis-" + people), Sector.HEALTHCARE)
                .essentialEntity(true)
                .governingBody(GoverningBody.BOARD_OF_DIRECTORS);
        int unitCount = Math.max(4, people / PEOPLE_PER_UNIT);
        UnitId[] units = new UnitId[unitCount];
        for (int i = 0; i < unitCount; i++) {
            units[i] = UnitId.of(id("u", i));
            boolean needsIso = i % 5 == 2;
            if (i == 0) {
                b.unit(Unit.top(units[0]));
            } else {
                b.unit(Unit.under(units[i], units[i == 1 ? 0 : random.nextInt(i)])
                        .withItDepartment(i == 1).withNeedsIso(needsIso || i == 1));
            }
        }
        int next = 0;
        AppointmentId ciso = AppointmentId.of("a-ciso");
        b.appointment(Appointment.of(ciso, PersonId.of(id("p", next++)), Catalogs.CISO_HEALTHCARE, units[0], Fte.ONE));
        b.line(ReportingLine.toBody(ciso, ReportingLine.Kind.HIERARCHICAL, GoverningBody.BOARD_OF_DIRECTORS));
        b.appointment(Appointment.of(AppointmentId.of("a-it-manager"), PersonId.of(id("p", next++)),
                Catalogs.IT_MANAGER, units[1], Fte.ONE));
        int isoCount = Math.max(1, people / PEOPLE_PER_ISO);
        for (int i = 0; i < isoCount; i++) {
            Set<UnitId> covers = new TreeSet<>();
            covers.add(units[1]);
            for (int k = 1; k < UNITS_PER_ISO; k++) {
                covers.add(units[random.nextInt(unitCount)]);
            }
            next = appoint(b, id("a-iso", i), next, Catalogs.ISO, units[0], Fte.ONE, covers, ciso);
        }
        for (int i = 2; i < unitCount && next < people; i += 5) {
            next = appoint(b, id("a-diso", i), next, Catalogs.DISO, units[i], Fte.ofThousandths(800), Set.of(), ciso);
        }
        List<PersonId> managers = new ArrayList<>();
        List<UnitId> managerUnits = new ArrayList<>();
        Fte[] fte = {Fte.ofThousandths(600), Fte.ofThousandths(800), Fte.ONE};
        for (int i = 0; next < people; i++) {
            PersonId person = PersonId.of(id("p", next++));
            UnitId unit = units[random.nextInt(unitCount)];
            b.appointment(Appointment.of(AppointmentId.of(id("a-lm", i)), person, Catalogs.LINE_MANAGER, unit,
                    fte[random.nextInt(fte.length)]));
            managers.add(person);
            managerUnits.add(unit);
        }
        int processes = people * 5 / 6;
        for (int i = 0; i < processes; i++) {
            int owner = random.nextInt(managers.size());
            b.process(new Process(ProcessId.of(id("pr", i)), managers.get(owner), managerUnits.get(owner)));
        }
        return b.build();
    }

    private static int appoint(Organisation.Builder b, String appointment, int person, RoleId role, UnitId unit,
            Fte fte, Set<UnitId> covers, AppointmentId ciso) {
        AppointmentId id = AppointmentId.of(appointment);
        b.appointment(new Appointment(id, PersonId.of(id("p", person)), role, unit, fte, false, covers));
        b.line(ReportingLine.toAppointment(id, ReportingLine.Kind.FUNCTIONAL, ciso));
        return person + 1;
    }

    /**
     * A copy of an allocation with one assignment in {@code oneIn} given other letters, drawn from a fixed seed,
     * so that an evaluation has findings of several rules to report.
     *
     * @param allocation the allocation; not null
     * @param oneIn how rare a change is, at least 1
     * @param seed the seed
     * @return the allocation; never null
     */
    public static Allocation withMistakes(Allocation allocation, int oneIn, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Raci> letters = List.of(Raci.values());
        List<Assignment> out = new ArrayList<>(allocation.size());
        for (Assignment a : allocation.assignments()) {
            if (random.nextInt(oneIn) == 0) {
                out.add(a.withRaci(Set.of(letters.get(random.nextInt(letters.size())))));
            } else {
                out.add(a);
            }
        }
        return Allocation.of(out);
    }

    private static String id(String prefix, int number) {
        return String.format(Locale.ROOT, "%s-%07d", prefix, number);
    }
}
