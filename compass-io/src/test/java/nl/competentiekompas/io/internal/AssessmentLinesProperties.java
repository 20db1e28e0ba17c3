package nl.competentiekompas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.io.internal.check.OneOfValidator;

class AssessmentLinesProperties {

    @Property
    void aPerspectiveCellReadsAsTheGeneralLookupReadsIt(@ForAll("perspectiveCells") String cell) {
        assertThat(AssessmentLines.perspectiveOf(cell))
                .isEqualTo(OneOfValidator.find(Perspective.values(), cell).orElse(null));
    }

    @Example
    void everyPerspectiveReadsFromItsIdAndLabelsInAnyCase() {
        for (Perspective p : Perspective.values()) {
            for (String cell : List.of(p.id(), p.label().in(Language.NL), p.label().in(Language.EN))) {
                assertThat(AssessmentLines.perspectiveOf(cell)).as(cell).isEqualTo(p);
                assertThat(AssessmentLines.perspectiveOf(cell.toUpperCase(Locale.ROOT))).as(cell).isEqualTo(p);
            }
        }
        assertThat(AssessmentLines.perspectiveOf("")).isNull();
        assertThat(AssessmentLines.perspectiveOf("selff")).isNull();
    }

    /** Ids and labels of the perspectives, some with letters in other case or cut short, and any other text. */
    @Provide
    Arbitrary<String> perspectiveCells() {
        List<String> known = new ArrayList<>();
        for (Perspective p : Perspective.values()) {
            known.add(p.id());
            known.add(p.label().in(Language.NL));
            known.add(p.label().in(Language.EN));
        }
        Arbitrary<String> written = Arbitraries.of(known);
        Arbitrary<String> recased = written.flatMap(s -> Arbitraries.integers().between(0, s.length())
                .map(i -> s.substring(0, i) + s.substring(i).toUpperCase(Locale.ROOT)));
        Arbitrary<String> cut = written.flatMap(s -> Arbitraries.integers().between(0, s.length())
                .map(i -> s.substring(0, i)));
        return Arbitraries.oneOf(written, recased, cut, Arbitraries.strings().ofMaxLength(16));
    }
}
