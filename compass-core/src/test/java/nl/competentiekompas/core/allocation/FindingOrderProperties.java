package nl.competentiekompas.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FindingOrderProperties {

    /** Subjects from few characters, with characters just below and above the space that joins them. */
    @Provide
    Arbitrary<List<String>> subjects() {
        return Arbitraries.strings().withChars("ab !~\u00e9").ofMaxLength(4).list().ofMaxSize(4);
    }

    @Property(tries = 2000)
    void subjectsCompareAsTheirJoinedForm(@ForAll("subjects") List<String> a, @ForAll("subjects") List<String> b) {
        int joined = String.join(" ", a).compareTo(String.join(" ", b));
        assertThat(Integer.signum(Finding.compareJoined(a, b))).isEqualTo(Integer.signum(joined));
    }
}
