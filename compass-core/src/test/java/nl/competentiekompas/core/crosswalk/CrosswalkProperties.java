package nl.competentiekompas.core.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/** Laws of the crosswalk lookups, over any selection of the bundled ECSF links. */
class CrosswalkProperties {

    private static final Crosswalk ECSF = Crosswalks.ecsf();

    @Property(tries = 200)
    void lookupsAgreeWithFilteringTheLinks(
            @ForAll @UniqueElements @Size(max = 30) List<@IntRange(min = 0, max = 1000) Integer> picks) {
        List<Link> chosen = new ArrayList<>();
        for (int pick : picks) {
            Link link = ECSF.links().get(pick % ECSF.links().size());
            if (!chosen.contains(link)) {
                chosen.add(link);
            }
        }
        Crosswalk crosswalk = Crosswalk.of(ECSF.framework(), chosen, List.of());
        for (Link link : ECSF.links()) {
            assertThat(crosswalk.counterparts(link.ours()))
                    .containsExactlyElementsOf(chosen.stream().filter(l -> l.ours().equals(link.ours())).toList());
            assertThat(crosswalk.ourItems(link.theirs().code())).containsExactlyElementsOf(
                    chosen.stream().filter(l -> l.theirs().code().equals(link.theirs().code())).toList());
        }
        assertThat(crosswalk.externalItems()).containsExactlyElementsOf(
                chosen.stream().map(Link::theirs).distinct().toList());
    }
}
