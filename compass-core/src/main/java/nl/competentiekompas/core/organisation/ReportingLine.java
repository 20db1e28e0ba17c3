package nl.competentiekompas.core.organisation;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.GoverningBody;

/**
 * A reporting line from an appointment to a governing body or to another appointment.
 *
 * <p>A municipal CISO has lines to the municipal secretary and the portfolio holder; an ISO has a functional
 * line to the CISO. Exactly one of {@code toBody} and {@code toAppointment} is present. Lines order by
 * source, kind and target. Immutable and thread-safe.
 *
 * @param from the appointment the line runs from; not null
 * @param kind hierarchical or functional; not null
 * @param toBody the governing body the line runs to, if it runs to one; not null
 * @param toAppointment the appointment the line runs to, if it runs to one; not null
 * @since 0.1
 */
public record ReportingLine(AppointmentId from, Kind kind, Optional<GoverningBody> toBody,
        Optional<AppointmentId> toAppointment) implements Comparable<ReportingLine> {

    private static final Comparator<ReportingLine> ORDER = Comparator.comparing(ReportingLine::from)
            .thenComparing(ReportingLine::kind)
            .thenComparing(l -> l.toBody().map(b -> b.ordinal()).orElse(-1))
            .thenComparing(l -> l.toAppointment().map(AppointmentId::value).orElse(""));

    /**
     * The kind of a reporting line.
     *
     * @since 0.1
     */
    public enum Kind {
        /** The line manager's line: who directs the work. */
        HIERARCHICAL,
        /** A professional line: who sets the frameworks the work is done in. */
        FUNCTIONAL
    }

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if both or neither target is present, or the line runs to its source
     */
    public ReportingLine {
        Objects.requireNonNull(from, "ReportingLine.from");
        Objects.requireNonNull(kind, "ReportingLine.kind");
        Objects.requireNonNull(toBody, "ReportingLine.toBody");
        Objects.requireNonNull(toAppointment, "ReportingLine.toAppointment");
        if (toBody.isPresent() == toAppointment.isPresent()) {
            throw new InvalidValueException("ReportingLine", "to",
                    "must run to exactly one governing body or appointment");
        }
        if (toAppointment.isPresent() && toAppointment.get().equals(from)) {
            throw new InvalidValueException("ReportingLine", "toAppointment",
                    "must not run from appointment '" + from + "' to itself");
        }
    }

    /**
     * A line to a governing body.
     *
     * @param from the source appointment; not null
     * @param kind the kind; not null
     * @param body the body; not null
     * @return the line; never null
     */
    public static ReportingLine toBody(AppointmentId from, Kind kind, GoverningBody body) {
        return new ReportingLine(from, kind, Optional.of(Objects.requireNonNull(body, "body")), Optional.empty());
    }

    /**
     * A line to another appointment.
     *
     * @param from the source appointment; not null
     * @param kind the kind; not null
     * @param to the target appointment; not null
     * @return the line; never null
     */
    public static ReportingLine toAppointment(AppointmentId from, Kind kind, AppointmentId to) {
        return new ReportingLine(from, kind, Optional.empty(), Optional.of(Objects.requireNonNull(to, "to")));
    }

    @Override
    public int compareTo(ReportingLine other) {
        return ORDER.compare(this, other);
    }
}
