package nl.competentiekompas.testkit;

import java.util.Optional;

/**
 * A change that breaks exactly one allocation rule, such as moving the CISO under the IT department.
 *
 * <p>Applied to a scenario that satisfies the rules, a violation makes the rule {@link #ruleId()} find
 * something and adds no ERROR of any other rule. It applies only where the scenario has what it needs (a CISO
 * to move, a process to take from its owner): otherwise {@link #apply(Scenario)} is empty. The built-in ones
 * are in {@link Violations}. Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface Violation {

    /**
     * A short lower-kebab name, such as {@code ciso-under-it}.
     *
     * @return the name; never null
     */
    String name();

    /**
     * The id of the rule the violation breaks.
     *
     * @return the rule id; never null
     */
    String ruleId();

    /**
     * Breaks the rule in a scenario.
     *
     * @param scenario the scenario; not null
     * @return the changed scenario, or empty when the scenario lacks what the violation needs
     */
    Optional<Scenario> apply(Scenario scenario);
}
