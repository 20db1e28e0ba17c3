package nl.competentiekompas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormProperties {

    @Provide
    Arbitrary<String> versions() {
        return Arbitraries.strings().withChars("0123456789./").ofMinLength(1).ofMaxLength(9);
    }

    @Provide
    Arbitrary<String> clauses() {
        return Arbitraries.strings().withChars("A0123456789.-art ").ofMinLength(1).ofMaxLength(10)
                .filter(s -> !s.isBlank());
    }

    @Property
    void aClauseIsAppendedToTheWholeNormsCitation(@ForAll Norm norm, @ForAll("versions") String version,
            @ForAll("clauses") String clause) {
        String whole = norm.cite(version, "");
        assertThat(whole).contains(version);
        assertThat(norm.cite(version, clause)).isEqualTo(whole + " " + clause);
    }

    @Property
    void differentVersionsCiteDifferently(@ForAll Norm norm, @ForAll("versions") String first,
            @ForAll("versions") String second) {
        assertThat(norm.cite(first, "").equals(norm.cite(second, ""))).isEqualTo(first.equals(second));
    }

    @Property
    void aNormRefCitesTheSameInBothLanguages(@ForAll Norm norm, @ForAll("versions") String version,
            @ForAll("clauses") String clause) {
        SourceRef ref = SourceRef.norm(norm, version, clause);
        assertThat(ref.citation(Language.NL)).isEqualTo(norm.cite(version, clause));
        assertThat(ref.citation(Language.EN)).isEqualTo(ref.citation(Language.NL));
        assertThat(ref).isEqualTo(SourceRef.norm(norm, version, clause));
    }

    @Property
    void normsAreFoundByTheirIds(@ForAll Norm norm) {
        assertThat(Norm.fromId(norm.id())).contains(norm);
        assertThat(norm.cite("2020", "")).startsWith(norm.label().in(Language.NL).substring(0, 3));
    }
}
