package nl.competentiekompas.core.allocation;

import java.util.List;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceRef;

/**
 * A rule about who does which security task, checked against an organisation and its allocation.
 *
 * <p>The built-in rules ({@link Rules#builtIn()}) implement this interface, and so may users: add a rule with
 * {@link Rules#with(AllocationRule)}. A rule reads everything through its {@link RuleContext} and makes its
 * findings with {@link RuleContext#finding(AllocationRule, List, nl.competentiekompas.core.catalog.LocalizedText)},
 * which fills in the id, the severity and the sources. A rule must be deterministic: the same context gives
 * the same findings. Implementations should be immutable and thread-safe.
 *
 * @since 0.1
 */
public interface AllocationRule {

    /**
     * The rule's stable id, such as {@code ciso-appointed}.
     *
     * @return a lower-kebab id; never null
     */
    String id();

    /**
     * Whether the rule is about the structure or the assignments.
     *
     * @return the category; never null
     */
    RuleCategory category();

    /**
     * The severity of the rule's findings for an organisation of a sector, before any override.
     *
     * @param sector the sector; not null
     * @param essentialEntity whether the organisation is an essential entity (NIS2, Cyberbeveiligingswet)
     * @return the severity; never null
     */
    Severity defaultSeverity(Sector sector, boolean essentialEntity);

    /**
     * The sources the rule cites; source documents are taken from the catalog by id.
     *
     * @param catalog the catalog evaluated against; not null
     * @return at least one source; never null
     */
    List<SourceRef> sources(Catalog catalog);

    /**
     * Checks the rule.
     *
     * @param context the organisation, allocation and catalog, with indexes; not null
     * @return the findings, in any order; never null
     */
    List<Finding> check(RuleContext context);
}
