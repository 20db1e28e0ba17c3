package nl.competentiekompas.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.SampleReportingFormat;
import nl.competentiekompas.core.organisation.Organisation;

/**
 * Shows an organisation in jqwik's sample reports as a map of its parts, each part one short line of ids,
 * so that a shrunk counterexample reads like a small organisation chart.
 *
 * @since 0.1
 */
public final class OrganisationReportingFormat implements SampleReportingFormat {

    /** Creates the format. */
    public OrganisationReportingFormat() {
    }

    @Override
    public boolean appliesTo(Object value) {
        return value instanceof Organisation;
    }

    @Override
    public Optional<String> label(Object value) {
        return Optional.of("Organisation");
    }

    @Override
    public Object report(Object value) {
        Organisation o = (Organisation) value;
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", o.id().value() + " (" + o.sector().id() + (o.essentialEntity() ? ", essential" : "") + ")");
        map.put("bodies", o.governingBodies().stream().map(b -> b.id()).toList());
        map.put("units", o.units().stream().map(u -> u.id().value()
                + u.parent().map(p -> " < " + p.value()).orElse("") + (u.itDepartment() ? " [IT]" : "")
                + (u.needsIso() ? " [needs ISO]" : "")).toList());
        map.put("appointments", o.appointments().stream().map(a -> a.id().value() + ": " + a.person().value()
                + " as " + a.role().value() + " in " + a.unit().value() + ", " + a.fte() + " FTE"
                + (a.sideJob() ? ", side job" : "")
                + (a.covers().isEmpty() ? "" : ", covers " + a.covers())).toList());
        map.put("lines", o.lines().stream().map(l -> l.from().value() + " -" + l.kind().name().charAt(0) + "-> "
                + l.toBody().map(b -> b.id()).orElseGet(() -> l.toAppointment().orElseThrow().value())).toList());
        map.put("processes", o.processes().stream().map(p -> p.id().value() + " owned by " + p.owner().value()
                + " in " + p.unit().value()).toList());
        return map;
    }
}
