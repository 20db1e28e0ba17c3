package nl.competentiekompas.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.allocation.RuleContext;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Workload;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;

/**
 * The built-in violations, one or more per built-in rule.
 *
 * @since 0.1
 */
public final class Violations {

    private Violations() {
    }

    private record Named(String name, String ruleId, Function<Scenario, Optional<Scenario>> change)
            implements Violation {
        @Override
        public Optional<Scenario> apply(Scenario scenario) {
            return change.apply(Objects.requireNonNull(scenario, "scenario"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * All built-in violations, in a fixed order.
     *
     * @return the violations; never null
     */
    public static List<Violation> all() {
        return List.of(removeCiso(), cisoUnderIt(), removeIsos(), cutIsoLine(), cisoAlsoItManager(),
                secondAccountable(), dropResponsible(), uncover(), isoStrategicTask(), cisoDoesIsoWork(),
                cisoAccountableForProcess(), overload());
    }

    private static RuleContext context(Scenario s) {
        return RuleContext.of(s.organisation(), s.allocation(), s.catalog(), Workload.none());
    }

    private static Optional<Appointment> firstCiso(RuleContext ctx) {
        return ctx.appointments(RoleKind.CISO).stream().findFirst();
    }

    private static boolean isoOnly(RuleContext ctx, PersonId p) {
        return (ctx.holds(p, RoleKind.ISO) || ctx.holds(p, RoleKind.DECENTRAL_ISO)) && !ctx.holds(p, RoleKind.CISO);
    }

    private static boolean cisoOnly(RuleContext ctx, PersonId p) {
        return ctx.holds(p, RoleKind.CISO) && !ctx.holds(p, RoleKind.ISO) && !ctx.holds(p, RoleKind.DECENTRAL_ISO);
    }

    private static List<Appointment> isoAppointments(RuleContext ctx) {
        List<Appointment> isos = new ArrayList<>(ctx.appointments(RoleKind.ISO));
        isos.addAll(ctx.appointments(RoleKind.DECENTRAL_ISO));
        return isos;
    }

    /**
     * Dismisses every CISO: breaks {@code ciso-appointed}.
     *
     * @return the violation; never null
     */
    public static Violation removeCiso() {
        return new Named("remove-ciso", Rules.CISO_APPOINTED, s -> {
            List<Appointment> cisos = context(s).appointments(RoleKind.CISO);
            if (cisos.isEmpty()) {
                return Optional.empty();
            }
            Organisation.Builder b = s.organisation().toBuilder();
            cisos.forEach(a -> b.removeAppointment(a.id()));
            return Optional.of(s.withOrganisation(b.build()));
        });
    }

    /**
     * Moves the CISO into the IT department, adding one under the top unit when there is none: breaks
     * {@code ciso-independent}.
     *
     * @return the violation; never null
     */
    public static Violation cisoUnderIt() {
        return new Named("ciso-under-it", Rules.CISO_INDEPENDENT, s -> firstCiso(context(s)).map(ciso -> {
            Organisation org = s.organisation();
            Optional<Unit> it = org.units().stream().filter(Unit::itDepartment).findFirst();
            if (it.isEmpty()) {
                UnitId top = org.pathToTop(ciso.unit()).get(org.pathToTop(ciso.unit()).size() - 1);
                Unit added = Unit.under(UnitId.of("u-it-added"), top).withItDepartment(true);
                org = org.withUnit(added);
                it = Optional.of(added);
            }
            return s.withOrganisation(org.withAppointment(ciso.withUnit(it.get().id())));
        }));
    }

    /**
     * Dismisses every ISO and decentral ISO: breaks {@code iso-present}.
     *
     * @return the violation; never null
     */
    public static Violation removeIsos() {
        return new Named("remove-isos", Rules.ISO_PRESENT, s -> {
            RuleContext ctx = context(s);
            List<Appointment> isos = isoAppointments(ctx);
            if (isos.isEmpty()) {
                return Optional.empty();
            }
            Organisation.Builder b = s.organisation().toBuilder();
            isos.forEach(a -> b.removeAppointment(a.id()));
            return Optional.of(s.withOrganisation(b.build()));
        });
    }

    /**
     * Removes the lines of the first ISO to the CISO: breaks {@code iso-line-to-ciso}.
     *
     * @return the violation; never null
     */
    public static Violation cutIsoLine() {
        return new Named("cut-iso-line", Rules.ISO_LINE_TO_CISO, s -> {
            RuleContext ctx = context(s);
            List<Appointment> isos = isoAppointments(ctx);
            Organisation org = s.organisation();
            for (Appointment iso : isos) {
                List<ReportingLine> toCiso = org.linesFrom(iso.id()).stream()
                        .filter(l -> l.toAppointment().flatMap(org::appointment)
                                .flatMap(a -> ctx.kindOf(a.role())).filter(k -> k == RoleKind.CISO).isPresent())
                        .toList();
                if (!toCiso.isEmpty()) {
                    Organisation cut = org;
                    for (ReportingLine line : toCiso) {
                        cut = cut.withoutLine(line);
                    }
                    return Optional.of(s.withOrganisation(cut));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Makes the CISO also the IT manager: breaks {@code separation-of-duties}.
     *
     * @return the violation; never null
     */
    public static Violation cisoAlsoItManager() {
        return new Named("ciso-also-it-manager", Rules.SEPARATION_OF_DUTIES, s -> firstCiso(context(s))
                .map(ciso -> s.withOrganisation(s.organisation().withAppointment(Appointment.of(
                        AppointmentId.of("a-ciso-it-manager"), ciso.person(), Catalogs.IT_MANAGER, ciso.unit(),
                        Fte.ZERO)))));
    }

    private static Optional<Assignment> firstWith(Scenario s, Predicate<Assignment> test) {
        return s.allocation().assignments().stream().filter(test).findFirst();
    }

    private static boolean outsideProcesses(Scenario s, Assignment a) {
        return a.scope().kind() != ScopeKind.PROCESS
                && context(s).responsibility(a.responsibility()).scope() != ScopeKind.PROCESS;
    }

    /**
     * Adds a second Accountable, a person outside the organisation, to a responsibility that is not
     * process-scoped: breaks {@code raci-one-accountable}.
     *
     * @return the violation; never null
     */
    public static Violation secondAccountable() {
        return new Named("second-accountable", Rules.RACI_ONE_ACCOUNTABLE, s -> {
            PersonId extra = PersonId.of("p-second-accountable");
            return firstWith(s, a -> a.has(Raci.A) && outsideProcesses(s, a) && !a.person().equals(extra))
                    .map(a -> s.withAllocation(s.allocation().with(
                            new Assignment(a.responsibility(), a.scope(), extra, EnumSet.of(Raci.A), Optional.empty()))));
        });
    }

    /**
     * Takes the R from everyone on one responsibility and scope, keeping the A: breaks {@code raci-responsible}.
     *
     * @return the violation; never null
     */
    public static Violation dropResponsible() {
        return new Named("drop-responsible", Rules.RACI_RESPONSIBLE, s -> firstWith(s, a -> a.has(Raci.R) && a.has(Raci.A))
                .map(first -> {
                    Allocation allocation = s.allocation();
                    for (Assignment a : allocation.forKey(first.key())) {
                        Set<Raci> letters = EnumSet.noneOf(Raci.class);
                        letters.addAll(a.raci());
                        letters.remove(Raci.R);
                        allocation = letters.isEmpty() ? allocation.without(a.key(), a.person())
                                : allocation.with(a.withRaci(letters));
                    }
                    return s.withAllocation(allocation);
                }));
    }

    /**
     * Removes every assignment of one responsibility of a chosen profile: breaks {@code coverage}.
     *
     * @return the violation; never null
     */
    public static Violation uncover() {
        return new Named("uncover", Rules.COVERAGE, s -> {
            RuleContext ctx = context(s);
            Set<RoleId> chosen = ctx.chosenProfiles();
            return firstWith(s, a -> (a.has(Raci.R) || a.has(Raci.A)) && s.catalog().profileOf(a.responsibility())
                    .filter(p -> chosen.contains(p.id())).isPresent())
                    .map(target -> s.withAllocation(Allocation.of(s.allocation().assignments().stream()
                            .filter(a -> !a.responsibility().equals(target.responsibility())).toList())));
        });
    }

    /**
     * Makes an ISO Responsible for a strategic responsibility outside processes: breaks {@code level-fit}.
     *
     * @return the violation; never null
     */
    public static Violation isoStrategicTask() {
        return new Named("iso-strategic-task", Rules.LEVEL_FIT, s -> {
            RuleContext ctx = context(s);
            Optional<PersonId> iso = s.organisation().people().stream().filter(p -> isoOnly(ctx, p)).findFirst();
            if (iso.isEmpty()) {
                return Optional.empty();
            }
            return firstWith(s, a -> a.has(Raci.A) && outsideProcesses(s, a)
                    && ctx.responsibility(a.responsibility()).level() == Level.STRATEGIC
                    && s.allocation().forKey(a.key()).stream().noneMatch(x -> x.person().equals(iso.get())))
                    .map(a -> s.withAllocation(s.allocation().with(new Assignment(a.responsibility(), a.scope(),
                            iso.get(), EnumSet.of(Raci.R), Optional.empty()))));
        });
    }

    /**
     * Makes the CISO Responsible too for an ISO task: breaks {@code ciso-doing-iso-work}.
     *
     * @return the violation; never null
     */
    public static Violation cisoDoesIsoWork() {
        return new Named("ciso-does-iso-work", Rules.CISO_DOING_ISO_WORK, s -> {
            RuleContext ctx = context(s);
            Optional<PersonId> ciso = ctx.holders(RoleKind.CISO).stream().filter(p -> cisoOnly(ctx, p)).findFirst();
            if (ciso.isEmpty()) {
                return Optional.empty();
            }
            return firstWith(s, a -> a.has(Raci.R) && outsideProcesses(s, a)
                    && ctx.profileKindOf(a.responsibility())
                            .filter(k -> k == RoleKind.ISO || k == RoleKind.DECENTRAL_ISO).isPresent()
                    && s.allocation().forKey(a.key()).stream().noneMatch(x -> x.person().equals(ciso.get())))
                    .map(a -> s.withAllocation(s.allocation().with(new Assignment(a.responsibility(), a.scope(),
                            ciso.get(), EnumSet.of(Raci.R), Optional.empty()))));
        });
    }

    /**
     * Moves the A of a process-scoped responsibility from the process owner to the CISO: breaks
     * {@code process-owner-accountable}.
     *
     * @return the violation; never null
     */
    public static Violation cisoAccountableForProcess() {
        return new Named("ciso-accountable-for-process", Rules.PROCESS_OWNER_ACCOUNTABLE, s -> {
            RuleContext ctx = context(s);
            Optional<PersonId> ciso = ctx.holders(RoleKind.CISO).stream().findFirst();
            if (ciso.isEmpty()) {
                return Optional.empty();
            }
            Organisation org = s.organisation();
            return firstWith(s, a -> a.has(Raci.A) && a.scope().processId().flatMap(org::process)
                    .map(Process::owner).filter(owner -> owner.equals(a.person()) && !owner.equals(ciso.get()))
                    .isPresent())
                    .map(a -> {
                        Allocation changed = s.allocation().with(a.withRaci(Set.of(Raci.R)))
                                .with(new Assignment(a.responsibility(), a.scope(), ciso.get(), EnumSet.of(Raci.A),
                                        Optional.empty()));
                        return s.withAllocation(changed);
                    });
        });
    }

    /**
     * Gives someone Responsible an effort beyond their FTE over all organisations: breaks {@code capacity}.
     *
     * @return the violation; never null
     */
    public static Violation overload() {
        return new Named("overload", Rules.CAPACITY, s -> {
            RuleContext ctx = context(s);
            return firstWith(s, a -> a.has(Raci.R)).map(a -> {
                long fte = ctx.fteThousandths(a.person());
                long others = ctx.effortThousandths(a.person()) - ctx.effort(a).thousandths();
                long needed = Math.max(0, fte - others) + 1;
                return s.withAllocation(s.allocation().with(
                        a.withEffort(Fte.ofThousandths((int) Math.min(Fte.MAX_THOUSANDTHS, needed)))));
            });
        });
    }
}
