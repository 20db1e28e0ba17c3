package nl.competentiekompas.io.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Laws of the identifiers and short names the exporters derive. */
class InteropProperties {

    @Property
    void nameBasedUuidsAreVersion5DeterministicAndTellNamesApart(@ForAll String name, @ForAll String other) {
        UUID id = CaseJson.nameBased(CaseJson.NAMESPACE, name);
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(CaseJson.nameBased(CaseJson.NAMESPACE, name)).isEqualTo(id);
        assertThat(CaseJson.nameBased(CaseJson.NAMESPACE, other).equals(id)).isEqualTo(other.equals(name));
    }

    @Property
    void shortNamesFitMoodleAndKeepShortTextsWhole(@ForAll @StringLength(max = 300) String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        String shortName = MoodleCsv.shorten(text);
        assertThat(shortName.codePointCount(0, shortName.length())).isLessThanOrEqualTo(MoodleCsv.MAX_SHORT);
        if (flat.codePointCount(0, flat.length()) <= MoodleCsv.MAX_SHORT) {
            assertThat(shortName).isEqualTo(flat);
        } else {
            assertThat(shortName).endsWith("\u2026");
            assertThat(flat).startsWith(shortName.substring(0, shortName.length() - 1));
        }
    }
}
