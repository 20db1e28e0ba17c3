/**
 * The Competentiekompas core: the catalog of roles, responsibilities, levels and competencies, organisations
 * and the allocation rules, with no dependencies beyond the JDK.
 *
 * @since 0.1
 */
module nl.competentiekompas.core {
    requires static org.jspecify;

    exports nl.competentiekompas.core;
    exports nl.competentiekompas.core.assessment;
    exports nl.competentiekompas.core.catalog;
    exports nl.competentiekompas.core.crosswalk;
    exports nl.competentiekompas.core.organisation;
    exports nl.competentiekompas.core.allocation;
}
