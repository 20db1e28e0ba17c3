package nl.competentiekompas.core.assessment;

import java.util.Objects;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.TaskDomain;

/**
 * What a development goal is about: a competency or a task domain.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface GoalFocus permits GoalFocus.OnCompetency, GoalFocus.OnDomain {

    /**
     * A focus on a competency.
     *
     * @param competency the competency; not null
     * @return the focus; never null
     */
    static GoalFocus competency(CompetencyId competency) {
        return new OnCompetency(competency);
    }

    /**
     * A focus on a task domain.
     *
     * @param domain the domain; not null
     * @return the focus; never null
     */
    static GoalFocus domain(TaskDomain domain) {
        return new OnDomain(domain);
    }

    /**
     * The id of the competency or domain, such as {@code risk-management} or {@code reporting}.
     *
     * @return the id; never null
     */
    String id();

    /**
     * A goal about a competency.
     *
     * @param competency the competency; not null
     * @since 0.1
     */
    record OnCompetency(CompetencyId competency) implements GoalFocus {
        /**
         * Checks the part.
         *
         * @throws NullPointerException if the competency is null
         */
        public OnCompetency {
            Objects.requireNonNull(competency, "GoalFocus.competency");
        }

        @Override
        public String id() {
            return competency.value();
        }
    }

    /**
     * A goal about a task domain.
     *
     * @param domain the domain; not null
     * @since 0.1
     */
    record OnDomain(TaskDomain domain) implements GoalFocus {
        /**
         * Checks the part.
         *
         * @throws NullPointerException if the domain is null
         */
        public OnDomain {
            Objects.requireNonNull(domain, "GoalFocus.domain");
        }

        @Override
        public String id() {
            return domain.id();
        }
    }
}
