package nl.competentiekompas.core.crosswalk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.catalog.RoleProfile;

/**
 * The bundled crosswalks from {@link nl.competentiekompas.core.catalog.Catalogs#builtIn()} to the ENISA
 * European Cybersecurity Skills Framework (ECSF) and the NIST NICE Workforce Framework for Cybersecurity.
 *
 * <p>The links are ours (editorial) and cite external items by code and title only; the proficiency levels
 * of the ECSF links are those of the ECSF CISO profile. Each crosswalk carries the attribution its framework
 * asks for: show it wherever the crosswalk is shown. Where a framework has no counterpart for an item of ours
 * the crosswalk says so in a {@link Gap}.
 *
 * @since 0.1
 */
public final class Crosswalks {

    /** The id of the ENISA European Cybersecurity Skills Framework. */
    public static final String ECSF = "enisa-ecsf";
    /** The id of the NIST NICE Workforce Framework for Cybersecurity (SP 800-181r1). */
    public static final String NICE = "nist-nice";

    private Crosswalks() {
    }

    /**
     * Both bundled crosswalks: ECSF first, then NICE.
     *
     * @return the crosswalks; never null
     */
    public static List<Crosswalk> builtIn() {
        return Holder.ALL;
    }

    /**
     * The bundled crosswalk to the ENISA ECSF and the e-CF competences it uses.
     *
     * @return the crosswalk; never null
     */
    public static Crosswalk ecsf() {
        return Holder.ALL.get(0);
    }

    /**
     * The bundled crosswalk to the NIST NICE Framework work roles.
     *
     * @return the crosswalk; never null
     */
    public static Crosswalk nice() {
        return Holder.ALL.get(1);
    }

    /**
     * The external counterparts of one of our items in every bundled crosswalk.
     *
     * @param ours our item; not null
     * @return the links, ECSF first; never null, possibly empty
     */
    public static List<Link> counterparts(ItemRef ours) {
        Objects.requireNonNull(ours, "ours");
        List<Link> result = new ArrayList<>();
        for (Crosswalk crosswalk : Holder.ALL) {
            result.addAll(crosswalk.counterparts(ours));
        }
        return List.copyOf(result);
    }

    /**
     * What the bundled crosswalks say about one profile, one entry per framework, for a profile sheet.
     *
     * @param profile the profile; not null
     * @return one entry per bundled crosswalk, ECSF first (an entry may be empty); never null
     */
    public static List<ProfileCrosswalk> forProfile(RoleProfile profile) {
        Objects.requireNonNull(profile, "profile");
        return Holder.ALL.stream().map(c -> c.forProfile(profile)).toList();
    }

    private static final class Holder {
        private static final List<Crosswalk> ALL = BuiltInCrosswalks.create();
    }
}
