package nl.competentiekompas.core.allocation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * What people are appointed for and assigned in their other organisations, so that capacity sums over all
 * of a person's organisations (a CISO shared by three municipalities).
 *
 * <p>Pass the workload of the <em>other</em> organisations when evaluating or allocating one; the
 * organisation at hand is counted by the evaluation itself. Sums are exact thousandths of an FTE. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class Workload {

    private static final Workload NONE = new Workload(Map.of(), Map.of());

    private final Map<PersonId, Long> fte;
    private final Map<PersonId, Long> effort;

    private Workload(Map<PersonId, Long> fte, Map<PersonId, Long> effort) {
        this.fte = Map.copyOf(fte);
        this.effort = Map.copyOf(effort);
    }

    /**
     * No work elsewhere.
     *
     * @return the empty workload; never null
     */
    public static Workload none() {
        return NONE;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder; never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether there is no work elsewhere at all. */
    boolean isEmpty() {
        return fte.isEmpty() && effort.isEmpty();
    }

    /**
     * The FTE a person is appointed for elsewhere, in thousandths.
     *
     * @param person the person; not null
     * @return the thousandths, zero when unknown
     */
    public long fteThousandths(PersonId person) {
        return fte.getOrDefault(Objects.requireNonNull(person, "person"), 0L);
    }

    /**
     * The effort a person is assigned elsewhere, in thousandths of an FTE.
     *
     * @param person the person; not null
     * @return the thousandths, zero when unknown
     */
    public long effortThousandths(PersonId person) {
        return effort.getOrDefault(Objects.requireNonNull(person, "person"), 0L);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workload other && fte.equals(other.fte) && effort.equals(other.effort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fte, effort);
    }

    /**
     * A compact diagnostic form.
     *
     * @return for example {@code Workload[3 people]}
     */
    @Override
    public String toString() {
        Set<PersonId> people = new HashSet<>(fte.keySet());
        people.addAll(effort.keySet());
        return "Workload[" + people.size() + " people]";
    }

    /**
     * Builds a {@link Workload}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Map<PersonId, Long> fte = new HashMap<>();
        private final Map<PersonId, Long> effort = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds the appointments and assigned effort of another organisation.
         *
         * @param organisation the other organisation; not null
         * @param allocation its allocation; not null
         * @param catalog the catalog its allocation refers to; not null
         * @return this builder
         * @throws UnknownIdException if the allocation names a responsibility the catalog does not hold
         */
        public Builder add(Organisation organisation, Allocation allocation, Catalog catalog) {
            Objects.requireNonNull(catalog, "catalog");
            for (Appointment a : Objects.requireNonNull(organisation, "organisation").appointments()) {
                addFte(a.person(), a.fte());
            }
            for (Assignment a : Objects.requireNonNull(allocation, "allocation").assignments()) {
                addEffort(a.person(), a.effortFor(catalog.responsibility(a.responsibility())
                        .orElseThrow(() -> new UnknownIdException("responsibility", a.responsibility().value()))));
            }
            return this;
        }

        /**
         * Adds FTE a person is appointed for elsewhere.
         *
         * @param person the person; not null
         * @param value the FTE; not null
         * @return this builder
         */
        public Builder addFte(PersonId person, Fte value) {
            fte.merge(Objects.requireNonNull(person, "person"), (long) value.thousandths(), Long::sum);
            return this;
        }

        /**
         * Adds effort a person is assigned elsewhere.
         *
         * @param person the person; not null
         * @param value the effort; not null
         * @return this builder
         */
        public Builder addEffort(PersonId person, Fte value) {
            effort.merge(Objects.requireNonNull(person, "person"), (long) value.thousandths(), Long::sum);
            return this;
        }

        /**
         * Builds the workload.
         *
         * @return the workload; never null
         */
        public Workload build() {
            return new Workload(fte, effort);
        }
    }
}
