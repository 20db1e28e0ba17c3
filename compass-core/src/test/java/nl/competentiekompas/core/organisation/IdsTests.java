package nl.competentiekompas.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.GoverningBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdsTests {

    static Stream<List<Object>> ids() {
        return Stream.of(
                List.of("UnitId", (Function<String, Object>) UnitId::of),
                List.of("ProcessId", (Function<String, Object>) ProcessId::of),
                List.of("AppointmentId", (Function<String, Object>) AppointmentId::of),
                List.of("OrganisationId", (Function<String, Object>) OrganisationId::of));
    }

    @ParameterizedTest
    @MethodSource("ids")
    @SuppressWarnings("unchecked")
    void idsAreLowerKebabValues(List<Object> spec) {
        String type = (String) spec.get(0);
        Function<String, Object> of = (Function<String, Object>) spec.get(1);
        assertThat(of.apply("x-1")).isEqualTo(of.apply("x-1")).hasSameHashCodeAs(of.apply("x-1"))
                .isNotEqualTo(of.apply("x-2")).hasToString("x-1");
        assertThat(((Comparable<Object>) of.apply("a")).compareTo(of.apply("b"))).isNegative();
        assertThatThrownBy(() -> of.apply("X y")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(type + ".value: must be a lower-kebab id");
        assertThatThrownBy(() -> of.apply(null)).isInstanceOf(NullPointerException.class).hasMessage(type + ".value");
    }

    @Test
    void reportingLinesAreValuesOrderedBySource() {
        AppointmentId a = AppointmentId.of("a");
        AppointmentId b = AppointmentId.of("b");
        ReportingLine toBody = ReportingLine.toBody(b, ReportingLine.Kind.HIERARCHICAL, GoverningBody.BOARD_OF_DIRECTORS);
        ReportingLine toA = ReportingLine.toAppointment(b, ReportingLine.Kind.FUNCTIONAL, a);
        ReportingLine fromA = ReportingLine.toBody(a, ReportingLine.Kind.FUNCTIONAL, GoverningBody.BOARD_OF_DIRECTORS);
        assertThat(Stream.of(toA, toBody, fromA).sorted().toList()).containsExactly(fromA, toBody, toA);
        assertThat(toA).isEqualTo(ReportingLine.toAppointment(b, ReportingLine.Kind.FUNCTIONAL, a))
                .hasSameHashCodeAs(ReportingLine.toAppointment(b, ReportingLine.Kind.FUNCTIONAL, a))
                .isNotEqualTo(ReportingLine.toAppointment(b, ReportingLine.Kind.HIERARCHICAL, a));
    }
}
