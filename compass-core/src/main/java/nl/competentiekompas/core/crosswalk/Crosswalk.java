package nl.competentiekompas.core.crosswalk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.internal.Checks;

/**
 * The links from our catalog to one external framework, and the notes where that framework has no
 * counterpart.
 *
 * <p>A crosswalk is consistent once built: every link points into its framework with a well-formed code, an
 * external code always names the same kind and title, no pair of items is linked twice, and no item of ours
 * is both linked and noted as having no counterpart. Whether our items exist is a question for a catalog:
 * see {@link ItemRef#existsIn(nl.competentiekompas.core.catalog.Catalog)}. Lookups both ways are constant
 * time. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Crosswalk {

    private static final String TYPE = "Crosswalk";

    private final ExternalFramework framework;
    private final List<Link> links;
    private final List<Gap> gaps;
    private final List<ExternalItem> items;
    private final Map<ItemRef, List<Link>> byOurs = new HashMap<>();
    private final Map<String, List<Link>> byCode = new HashMap<>();
    private final Map<ItemRef, Gap> gapsByOurs = new HashMap<>();

    private Crosswalk(ExternalFramework framework, List<Link> links, List<Gap> gaps) {
        this.framework = Objects.requireNonNull(framework, "Crosswalk.framework");
        this.links = Checks.list(links, TYPE, "links");
        this.gaps = Checks.list(gaps, TYPE, "gaps");
        Map<String, ExternalItem> itemsByCode = new LinkedHashMap<>();
        Set<List<Object>> pairs = new HashSet<>();
        for (Link link : this.links) {
            ExternalItem theirs = link.theirs();
            if (!theirs.framework().equals(framework.id())) {
                throw new InvalidValueException(TYPE, "links", "link from '" + link.ours()
                        + "' points into framework '" + theirs.framework() + "', not '" + framework.id() + "'");
            }
            if (!framework.isWellFormed(theirs.kind(), theirs.code())) {
                throw new InvalidValueException(TYPE, "links", "link from '" + link.ours() + "' has code '"
                        + theirs.code() + "', which is not a well-formed " + theirs.kind().id() + " code of '"
                        + framework.id() + "'");
            }
            ExternalItem known = itemsByCode.putIfAbsent(theirs.code(), theirs);
            if (known != null && !known.equals(theirs)) {
                throw new InvalidValueException(TYPE, "links",
                        "code '" + theirs.code() + "' is given two different kinds or titles");
            }
            if (!pairs.add(List.of(link.ours(), theirs.code()))) {
                throw new InvalidValueException(TYPE, "links",
                        "'" + link.ours() + "' is linked to '" + theirs.code() + "' twice");
            }
            byOurs.computeIfAbsent(link.ours(), k -> new ArrayList<>()).add(link);
            byCode.computeIfAbsent(theirs.code(), k -> new ArrayList<>()).add(link);
        }
        for (Gap gap : this.gaps) {
            if (gapsByOurs.put(gap.ours(), gap) != null) {
                throw new InvalidValueException(TYPE, "gaps", "'" + gap.ours() + "' has two gap notes");
            }
            if (byOurs.containsKey(gap.ours())) {
                throw new InvalidValueException(TYPE, "gaps",
                        "'" + gap.ours() + "' is noted as having no counterpart but is linked");
            }
        }
        byOurs.replaceAll((k, v) -> List.copyOf(v));
        byCode.replaceAll((k, v) -> List.copyOf(v));
        this.items = List.copyOf(itemsByCode.values());
    }

    /**
     * A crosswalk to one framework.
     *
     * @param framework the external framework; not null
     * @param links the links, in the order to show them; not null
     * @param gaps the notes where the framework has no counterpart; not null
     * @return the crosswalk; never null
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the links or gaps are inconsistent (see the class description)
     */
    public static Crosswalk of(ExternalFramework framework, List<Link> links, List<Gap> gaps) {
        return new Crosswalk(framework, links, gaps);
    }

    /**
     * The external framework.
     *
     * @return the framework; never null
     */
    public ExternalFramework framework() {
        return framework;
    }

    /**
     * All links, in crosswalk order.
     *
     * @return the links; never null
     */
    public List<Link> links() {
        return links;
    }

    /**
     * All notes where the framework has no counterpart, in crosswalk order.
     *
     * @return the gaps; never null
     */
    public List<Gap> gaps() {
        return gaps;
    }

    /**
     * The external items the links point at, each once, in order of first use.
     *
     * @return the items; never null
     */
    public List<ExternalItem> externalItems() {
        return items;
    }

    /**
     * The external counterparts of one of our items.
     *
     * @param ours our item; not null
     * @return its links, in crosswalk order; never null, possibly empty
     */
    public List<Link> counterparts(ItemRef ours) {
        return byOurs.getOrDefault(Objects.requireNonNull(ours, "ours"), List.of());
    }

    /**
     * Our items linked to an external code.
     *
     * @param code the external code, such as {@code OG-WRL-007}; not null
     * @return the links to it, in crosswalk order; never null, possibly empty
     */
    public List<Link> ourItems(String code) {
        return byCode.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
    }

    /**
     * The note that the framework has no counterpart for an item of ours.
     *
     * @param ours our item; not null
     * @return the note, or empty
     */
    public Optional<Gap> gap(ItemRef ours) {
        return Optional.ofNullable(gapsByOurs.get(Objects.requireNonNull(ours, "ours")));
    }

    /**
     * What this crosswalk says about one profile: the links and gaps of the profile itself, of its
     * responsibilities and of the competencies it targets, for a profile sheet.
     *
     * @param profile the profile; not null
     * @return the profile's part of the crosswalk; never null
     */
    public ProfileCrosswalk forProfile(RoleProfile profile) {
        Objects.requireNonNull(profile, "profile");
        List<ItemRef> refs = new ArrayList<>();
        refs.add(ItemRef.profile(profile.id()));
        for (Responsibility responsibility : profile.responsibilities()) {
            refs.add(ItemRef.responsibility(responsibility.id()));
        }
        for (CompetencyTarget target : profile.competencyTargets()) {
            refs.add(ItemRef.competency(target.competency()));
        }
        List<Link> profileLinks = new ArrayList<>();
        List<Gap> profileGaps = new ArrayList<>();
        for (ItemRef ref : refs) {
            profileLinks.addAll(counterparts(ref));
            gap(ref).ifPresent(profileGaps::add);
        }
        return new ProfileCrosswalk(profile.id(), framework, profileLinks, profileGaps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Crosswalk other && framework.equals(other.framework) && links.equals(other.links)
                && gaps.equals(other.gaps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(framework, links, gaps);
    }

    @Override
    public String toString() {
        return "Crosswalk[" + framework.id() + ", " + links.size() + " links, " + gaps.size() + " gaps]";
    }
}
