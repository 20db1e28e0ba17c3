package nl.competentiekompas.core.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.Organisation;

/**
 * A set of allocation rules with their severity overrides, and the evaluation of an organisation against it.
 *
 * <p>{@link #builtIn()} holds the twelve rules of the domain. Roles are recognised by the kind of their
 * catalog profile ({@link nl.competentiekompas.core.catalog.RoleKind}), so any CISO profile counts as a CISO.
 * Structural rules, about who is appointed where:
 * <ul>
 *   <li>{@link #CISO_APPOINTED}: some appointment holds a CISO profile. ERROR in a municipality; elsewhere
 *       WARNING, ERROR for an essential entity. BIO (2019) 6.1.1, BIO2 (2025) 5.02.02, source A.</li>
 *   <li>{@link #CISO_INDEPENDENT}: each CISO appointment has a direct line (of either kind) to the municipal
 *       secretary and the portfolio holder (municipality) or the board of directors (healthcare), or to the
 *       bodies of its profile's placement, or any governing body (other sectors); it does not sit in or under
 *       an IT department and has no hierarchical line to an IT manager. ERROR. Source B, source A, BIO2.</li>
 *   <li>{@link #ISO_PRESENT}: someone who is not a CISO holds an ISO or decentral ISO profile, and every unit
 *       marked {@code needsIso} is covered (by a decentral ISO in it or above it, or listed in an ISO's
 *       {@code covers}). WARNING. Source B.</li>
 *   <li>{@link #ISO_LINE_TO_CISO}: each ISO and decentral ISO appointment has a line to a CISO appointment; a
 *       hierarchical line counts as well as a functional one. WARNING. Source B.</li>
 *   <li>{@link #SEPARATION_OF_DUTIES}: nobody holds {@code cardinality} or more members of a conflicting set
 *       ({@link SeparationOfDuties}; by default the CISO and the IT manager). ERROR. ISO/IEC 27001:2022 A.5.3,
 *       ANSI RBAC.</li>
 * </ul>
 * Allocation rules, about the assignments:
 * <ul>
 *   <li>{@link #RACI_ONE_ACCOUNTABLE}: every (responsibility, scope) with assignments has exactly one A.
 *       ERROR. NIST CSF 2.0 GV.RR-02.</li>
 *   <li>{@link #RACI_RESPONSIBLE}: every (responsibility, scope) with assignments has an R. WARNING.</li>
 *   <li>{@link #COVERAGE}: every responsibility of the chosen profiles ({@link RuleContext#chosenProfiles()})
 *       has an R or A in some scope; process-scoped ones only when there are processes. ERROR.</li>
 *   <li>{@link #LEVEL_FIT}: nobody who holds an ISO or decentral ISO profile, and no CISO profile, holds a
 *       strategic responsibility as R or A. ERROR. Source B.</li>
 *   <li>{@link #CISO_DOING_ISO_WORK}: a CISO holding responsibilities of ISO or decentral ISO profiles as R,
 *       reported with the share of the CISO's assigned effort they take; the CISO's own profile items are
 *       never counted, whatever their level. WARNING. Source B.</li>
 *   <li>{@link #PROCESS_OWNER_ACCOUNTABLE}: a process-scoped responsibility is assigned per process, its A is
 *       the process owner, and a CISO or ISO (other than the owner) holds it as C or I at most. ERROR. Source
 *       B, BIO2 (2025) 5.02.01.</li>
 *   <li>{@link #CAPACITY}: the effort assigned to a person, here and in the {@link Workload} elsewhere, fits
 *       the FTE of their appointments here and elsewhere. WARNING. Editorial.</li>
 * </ul>
 * Each finding's severity is the rule's default for the organisation's sector (see
 * {@link AllocationRule#defaultSeverity(Sector, boolean)}) unless overridden with
 * {@link #withSeverity(String, Severity)}. Users add their own rules with {@link #with(AllocationRule)}.
 *
 * <p>Evaluation never reads the clock: risk acceptances are judged on the date passed in. An acceptance
 * marks its finding accepted through its expiry date; after that the finding counts again and the expired
 * acceptance is reported as a WARNING with id {@link #RISK_ACCEPTANCE_EXPIRED}. An evaluation runs in time
 * linear in the size of the organisation and the allocation. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Rules {

    /** A CISO is appointed. */
    public static final String CISO_APPOINTED = "ciso-appointed";
    /** The CISO reports directly to the top and sits outside the IT department. */
    public static final String CISO_INDEPENDENT = "ciso-independent";
    /** There is an ISO besides the CISO, and every unit that needs one is covered. */
    public static final String ISO_PRESENT = "iso-present";
    /** Every ISO has a functional line to the CISO. */
    public static final String ISO_LINE_TO_CISO = "iso-line-to-ciso";
    /** Nobody holds conflicting roles. */
    public static final String SEPARATION_OF_DUTIES = "separation-of-duties";
    /** Exactly one Accountable per responsibility and scope. */
    public static final String RACI_ONE_ACCOUNTABLE = "raci-one-accountable";
    /** At least one Responsible per responsibility and scope. */
    public static final String RACI_RESPONSIBLE = "raci-responsible";
    /** Every responsibility of the chosen profiles is assigned. */
    public static final String COVERAGE = "coverage";
    /** No ISO holds a strategic responsibility as R or A. */
    public static final String LEVEL_FIT = "level-fit";
    /** The CISO does no ISO work. */
    public static final String CISO_DOING_ISO_WORK = "ciso-doing-iso-work";
    /** The process owner is Accountable for process-scoped responsibilities. */
    public static final String PROCESS_OWNER_ACCOUNTABLE = "process-owner-accountable";
    /** Assigned effort fits each person's FTE over all organisations. */
    public static final String CAPACITY = "capacity";
    /** The id of findings that report an expired risk acceptance; not a rule of its own. */
    public static final String RISK_ACCEPTANCE_EXPIRED = "risk-acceptance-expired";

    private final List<AllocationRule> rules;
    private final Map<String, Severity> overrides;
    private final Optional<Sector> sector;

    private Rules(List<AllocationRule> rules, Map<String, Severity> overrides, Optional<Sector> sector) {
        this.rules = List.copyOf(rules);
        this.overrides = Map.copyOf(overrides);
        this.sector = sector;
    }

    /**
     * The twelve built-in rules with the default separation-of-duties constraint (CISO and IT manager).
     * Severities follow each organisation's sector.
     *
     * @return the rules; never null
     */
    public static Rules builtIn() {
        return new Rules(BuiltInRules.all(List.of(SeparationOfDuties.cisoAndItManager())), Map.of(), Optional.empty());
    }

    /**
     * The built-in rules with the severities of one sector, whatever the sector of the organisation evaluated;
     * the essential-entity flag still comes from the organisation.
     *
     * @param sector the sector; not null
     * @return the rules; never null
     */
    public static Rules forSector(Sector sector) {
        Objects.requireNonNull(sector, "sector");
        return new Rules(builtIn().rules, Map.of(), Optional.of(sector));
    }

    /**
     * A rule set of these rules only, with default severities.
     *
     * @param rules the rules, ids unique; not null
     * @return the rules; never null
     * @throws InvalidValueException if two rules share an id
     */
    public static Rules of(List<? extends AllocationRule> rules) {
        List<AllocationRule> copy = Checks.list(rules, "Rules", "rules");
        Checks.unique(copy, AllocationRule::id, "Rules", "rules");
        return new Rules(copy, Map.of(), Optional.empty());
    }

    /**
     * The rules, in the order they were added.
     *
     * @return the rules; never null
     */
    public List<AllocationRule> rules() {
        return rules;
    }

    /**
     * The rules of one category, in order.
     *
     * @param category the category; not null
     * @return the rules; never null
     */
    public List<AllocationRule> rules(RuleCategory category) {
        Objects.requireNonNull(category, "category");
        return rules.stream().filter(r -> r.category() == category).toList();
    }

    /**
     * The rule with an id.
     *
     * @param ruleId the id; not null
     * @return the rule, or empty
     */
    public Optional<AllocationRule> rule(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /**
     * A copy with a rule added, or replacing the rule with the same id.
     *
     * @param rule the rule; not null
     * @return the rules; never null
     */
    public Rules with(AllocationRule rule) {
        Objects.requireNonNull(rule, "rule");
        Checks.kebabId(rule.id(), "AllocationRule");
        List<AllocationRule> copy = new ArrayList<>(rules.size() + 1);
        boolean replaced = false;
        for (AllocationRule r : rules) {
            if (r.id().equals(rule.id())) {
                copy.add(rule);
                replaced = true;
            } else {
                copy.add(r);
            }
        }
        if (!replaced) {
            copy.add(rule);
        }
        return new Rules(copy, overrides, sector);
    }

    /**
     * A copy without a rule.
     *
     * @param ruleId the rule's id; not null
     * @return the rules; never null
     */
    public Rules without(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return new Rules(rules.stream().filter(r -> !r.id().equals(ruleId)).toList(), overrides, sector);
    }

    /**
     * A copy with the separation-of-duties rule checking these constraints instead of the default.
     *
     * @param constraints the constraints, ids unique; not null
     * @return the rules; never null
     * @throws InvalidValueException if two constraints share an id
     */
    public Rules withSeparationOfDuties(List<SeparationOfDuties> constraints) {
        List<SeparationOfDuties> copy = Checks.list(constraints, "Rules", "separationOfDuties");
        Checks.unique(copy, SeparationOfDuties::id, "Rules", "separationOfDuties");
        return with(BuiltInRules.separationOfDuties(copy));
    }

    /**
     * A copy in which one rule's findings get a fixed severity, whatever the sector.
     *
     * @param ruleId the rule's id; not null
     * @param severity the severity; not null
     * @return the rules; never null
     * @throws UnknownIdException if the set has no rule with that id
     */
    public Rules withSeverity(String ruleId, Severity severity) {
        Objects.requireNonNull(severity, "severity");
        if (rule(ruleId).isEmpty()) {
            throw new UnknownIdException("rule", ruleId);
        }
        Map<String, Severity> copy = new HashMap<>(overrides);
        copy.put(ruleId, severity);
        return new Rules(rules, copy, sector);
    }

    /**
     * The severity a rule's findings get for an organisation.
     *
     * @param rule the rule; not null
     * @param organisation the organisation; not null
     * @return the severity; never null
     */
    public Severity severity(AllocationRule rule, Organisation organisation) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(organisation, "organisation");
        Severity override = overrides.get(rule.id());
        if (override != null) {
            return override;
        }
        return rule.defaultSeverity(sector.orElse(organisation.sector()), organisation.essentialEntity());
    }

    /**
     * Evaluates an organisation and its allocation, with no work elsewhere and no risk acceptances.
     *
     * @param organisation the organisation; not null
     * @param allocation its allocation; not null
     * @param catalog the catalog; not null
     * @return the evaluation; never null
     * @throws UnknownIdException if the allocation names a responsibility, unit or process that does not exist
     */
    public Evaluation evaluate(Organisation organisation, Allocation allocation, Catalog catalog) {
        return evaluate(organisation, allocation, catalog, Workload.none());
    }

    /**
     * Evaluates an organisation and its allocation, counting the same people's work elsewhere.
     *
     * @param organisation the organisation; not null
     * @param allocation its allocation; not null
     * @param catalog the catalog; not null
     * @param elsewhere the work of the same people in other organisations; not null
     * @return the evaluation; never null
     * @throws UnknownIdException if the allocation names a responsibility, unit or process that does not exist
     */
    public Evaluation evaluate(Organisation organisation, Allocation allocation, Catalog catalog,
            Workload elsewhere) {
        return check(organisation, allocation, catalog, elsewhere).evaluation();
    }

    /**
     * Evaluates an organisation and its allocation, with work elsewhere and risk acceptances judged on a day.
     *
     * @param organisation the organisation; not null
     * @param allocation its allocation; not null
     * @param catalog the catalog; not null
     * @param elsewhere the work of the same people in other organisations; not null
     * @param acceptances the risk acceptances; not null
     * @param asOf the day to judge expiry on; not null
     * @return the evaluation; never null
     * @throws UnknownIdException if the allocation names a responsibility, unit or process that does not exist
     */
    public Evaluation evaluate(Organisation organisation, Allocation allocation, Catalog catalog, Workload elsewhere,
            Collection<RiskAcceptance> acceptances, LocalDate asOf) {
        List<RiskAcceptance> accepted = Checks.list(acceptances, "Rules", "acceptances");
        Objects.requireNonNull(asOf, "asOf");
        List<Finding> findings = check(organisation, allocation, catalog, elsewhere).findings();
        Map<String, List<RiskAcceptance>> byKey = new LinkedHashMap<>();
        for (RiskAcceptance a : accepted) {
            byKey.computeIfAbsent(a.ruleId() + "\n" + a.subject(), k -> new ArrayList<>()).add(a);
        }
        List<Finding> result = new ArrayList<>(findings.size());
        List<RiskAcceptance> expired = new ArrayList<>();
        for (Finding f : findings) {
            List<RiskAcceptance> candidates = byKey.getOrDefault(f.ruleId() + "\n" + f.subject(), List.of());
            Optional<RiskAcceptance> valid = candidates.stream().filter(a -> !a.expiredOn(asOf))
                    .max(Comparator.comparing(RiskAcceptance::expires)
                            .thenComparing(a -> a.acceptedBy().ordinal()));
            if (valid.isPresent()) {
                result.add(f.withAcceptance(valid.get()));
            } else {
                result.add(f);
            }
        }
        for (RiskAcceptance a : accepted) {
            if (a.expiredOn(asOf)) {
                expired.add(a);
            }
        }
        result.addAll(BuiltInRules.expired(expired, catalog));
        return Evaluation.of(result);
    }

    private Evaluation.Gathered check(Organisation organisation, Allocation allocation, Catalog catalog,
            Workload elsewhere) {
        RuleContext context = new RuleContext(organisation, allocation, catalog, elsewhere,
                rule -> severity(rule, organisation));
        Evaluation.Gathered findings = new Evaluation.Gathered();
        for (AllocationRule rule : rules) {
            List<Finding> found = rule.check(context);
            if (found == null) {
                throw new NullPointerException("findings of rule " + rule.id());
            }
            findings.add(found);
        }
        return findings;
    }

    @Override
    public String toString() {
        return "Rules" + rules.stream().map(AllocationRule::id).toList();
    }
}
