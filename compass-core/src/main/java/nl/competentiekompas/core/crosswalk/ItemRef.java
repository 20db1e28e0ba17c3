package nl.competentiekompas.core.crosswalk;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Labelled;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.internal.Checks;

/**
 * A reference to one item of our catalog that a crosswalk links: a profile, a responsibility or a competency.
 *
 * <p>Refs order by kind, then id. Immutable and thread-safe.
 *
 * @param kind what kind of item; not null
 * @param id the item's lower-kebab id; not null
 * @since 0.1
 */
public record ItemRef(Kind kind, String id) implements Comparable<ItemRef> {

    private static final Comparator<ItemRef> ORDER = Comparator.comparing(ItemRef::kind).thenComparing(ItemRef::id);

    /**
     * The kinds of item a crosswalk can link.
     *
     * @since 0.1
     */
    public enum Kind implements Labelled {
        /** A role profile. */
        PROFILE("profile", "profiel", "profile"),
        /** A responsibility (task) of a profile. */
        RESPONSIBILITY("responsibility", "taak", "responsibility"),
        /** A competency. */
        COMPETENCY("competency", "competentie", "competency");

        private final String id;
        private final LocalizedText label;

        Kind(String id, String nl, String en) {
            this.id = id;
            this.label = LocalizedText.of(nl, en);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public LocalizedText label() {
            return label;
        }

        /**
         * Finds the constant with a given id.
         *
         * @param id the lower-kebab id; not null
         * @return the constant, or empty when no constant has that id
         */
        public static Optional<Kind> fromId(String id) {
            return Labelled.fromId(Kind.class, id);
        }
    }

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws nl.competentiekompas.core.InvalidValueException if the id is not lower-kebab
     */
    public ItemRef {
        Objects.requireNonNull(kind, "ItemRef.kind");
        Checks.kebabId(id, "ItemRef", "id");
    }

    /**
     * A reference to a profile.
     *
     * @param id the profile id; not null
     * @return the reference; never null
     */
    public static ItemRef profile(RoleId id) {
        return new ItemRef(Kind.PROFILE, Objects.requireNonNull(id, "id").value());
    }

    /**
     * A reference to a responsibility.
     *
     * @param id the responsibility id; not null
     * @return the reference; never null
     */
    public static ItemRef responsibility(ResponsibilityId id) {
        return new ItemRef(Kind.RESPONSIBILITY, Objects.requireNonNull(id, "id").value());
    }

    /**
     * A reference to a competency.
     *
     * @param id the competency id; not null
     * @return the reference; never null
     */
    public static ItemRef competency(CompetencyId id) {
        return new ItemRef(Kind.COMPETENCY, Objects.requireNonNull(id, "id").value());
    }

    /**
     * Whether a catalog holds the item.
     *
     * @param catalog the catalog; not null
     * @return true when the catalog has a profile, responsibility or competency of this kind and id
     */
    public boolean existsIn(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return switch (kind) {
            case PROFILE -> catalog.profile(RoleId.of(id)).isPresent();
            case RESPONSIBILITY -> catalog.responsibility(ResponsibilityId.of(id)).isPresent();
            case COMPETENCY -> catalog.competency(CompetencyId.of(id)).isPresent();
        };
    }

    @Override
    public int compareTo(ItemRef other) {
        return ORDER.compare(this, other);
    }

    /**
     * A short form for diagnostics.
     *
     * @return for example {@code profile:ciso-healthcare}
     */
    @Override
    public String toString() {
        return kind.id() + ":" + id;
    }
}
