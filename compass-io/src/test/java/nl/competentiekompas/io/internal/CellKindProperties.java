package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.io.internal.check.CellKind;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CellKindProperties {

    @Property
    void raciLettersRoundTrip(@ForAll @IntRange(min = 0, max = 15) int bits) {
        String cell = CellKind.formatRaci(bits);
        assertThat(CellKind.raci(cell)).isEqualTo(bits);
        assertThat(CellKind.raci(cell.toLowerCase(java.util.Locale.ROOT))).isEqualTo(bits);
        assertThat(CellKind.RACI.accepts(cell)).isTrue();
    }

    @Example
    void raciRejectsRepeatsAndOtherLetters() {
        assertThat(CellKind.raci("R/A")).isEqualTo(3);
        assertThat(CellKind.raci("a r")).isEqualTo(3);
        assertThat(CellKind.raci("RR")).isEqualTo(-1);
        assertThat(CellKind.raci("RX")).isEqualTo(-1);
        assertThat(CellKind.RACI.accepts("AA")).isFalse();
    }

    @Property
    void yesNoRoundTripsInBothLanguages(@ForAll boolean value, @ForAll Language language) {
        assertThat(CellKind.bool(CellKind.formatBool(value, language))).contains(value);
    }

    @Example
    void kindsAcceptEmptyCellsAndReportTheirCodes() {
        for (CellKind kind : CellKind.values()) {
            assertThat(kind.accepts("")).isTrue();
            assertThat(Messages.has(kind.code())).as(kind.code()).isTrue();
        }
        assertThat(CellKind.FTE.accepts("0,8")).isTrue();
        assertThat(CellKind.FTE.accepts("0,0005")).isFalse();
        assertThat(CellKind.FTE.accepts("101")).isFalse();
        assertThat(CellKind.PERSON_ID.accepts("-p")).isFalse();
        assertThat(CellKind.KEBAB_ID.accepts("Risk")).isFalse();
        assertThat(CellKind.DATE.accepts("31-12-2026")).isTrue();
    }
}
