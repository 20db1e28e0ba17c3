package nl.competentiekompas.core.catalog;

/**
 * The bundled catalog and the ids of its roles and competencies.
 *
 * <p>The bundled catalog holds five profiles, written in our own words in Dutch and English, each item with
 * its source: {@code ciso-healthcare} (the healthcare CISO competency compass), {@code ciso-municipality},
 * {@code iso}, {@code diso} (the CISO-versus-ISO article for municipalities) and {@code process-owner}. It
 * also knows the roles {@code it-manager}, {@code privacy-officer} and {@code line-manager}, which carry no
 * responsibilities. Where the sources are silent (levels, topics, efforts, competency targets) the catalog
 * makes an editorial choice and says so in the item's sources.
 *
 * @since 0.1
 */
public final class Catalogs {

    /** The healthcare CISO (source A). */
    public static final RoleId CISO_HEALTHCARE = RoleId.of("ciso-healthcare");
    /** The municipal CISO (source B). */
    public static final RoleId CISO_MUNICIPALITY = RoleId.of("ciso-municipality");
    /** The information security officer (source B). */
    public static final RoleId ISO = RoleId.of("iso");
    /** The decentral ISO, bound to one organisational unit (source B). */
    public static final RoleId DISO = RoleId.of("diso");
    /** The process owner's security duties (source B). */
    public static final RoleId PROCESS_OWNER = RoleId.of("process-owner");
    /** The IT manager, a role without security responsibilities that the rules know. */
    public static final RoleId IT_MANAGER = RoleId.of("it-manager");
    /** The privacy officer, a role without security responsibilities that the rules know. */
    public static final RoleId PRIVACY_OFFICER = RoleId.of("privacy-officer");
    /** The line manager, a role without security responsibilities that the rules know. */
    public static final RoleId LINE_MANAGER = RoleId.of("line-manager");

    /** Advisory skills (adviesvaardigheden); one of the three to start with in a side job. */
    public static final CompetencyId ADVISORY_SKILLS = CompetencyId.of("advisory-skills");
    /** Strategic insight (strategisch inzicht). */
    public static final CompetencyId STRATEGIC_INSIGHT = CompetencyId.of("strategic-insight");
    /** Risk management (risicomanagement); one of the three to start with in a side job. */
    public static final CompetencyId RISK_MANAGEMENT = CompetencyId.of("risk-management");
    /** Social skills (sociale vaardigheden). */
    public static final CompetencyId SOCIAL_SKILLS = CompetencyId.of("social-skills");
    /** Project management (projectmanagement). */
    public static final CompetencyId PROJECT_MANAGEMENT = CompetencyId.of("project-management");
    /** Organisational sensitivity (organisatiesensitiviteit). */
    public static final CompetencyId ORGANISATIONAL_SENSITIVITY = CompetencyId.of("organisational-sensitivity");
    /** Motivating (motiveren); one of the three to start with in a side job. */
    public static final CompetencyId MOTIVATING = CompetencyId.of("motivating");

    private Catalogs() {
    }

    /**
     * The bundled catalog. Built once, on first use.
     *
     * @return the catalog; never null
     */
    public static Catalog builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        private static final Catalog BUILT_IN = BuiltInCatalog.create();
    }
}
