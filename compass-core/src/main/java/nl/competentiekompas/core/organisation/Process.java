package nl.competentiekompas.core.organisation;

import java.util.Objects;

/**
 * A business process with the person who owns it and the unit it belongs to.
 *
 * <p>The process owner (often the line manager) is accountable for the security of the process and its
 * information systems. Immutable and thread-safe.
 *
 * @param id the id, unique in the organisation; not null
 * @param owner the owning person; not null
 * @param unit the unit the process belongs to; not null
 * @since 0.1
 */
public record Process(ProcessId id, PersonId owner, UnitId unit) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Process {
        Objects.requireNonNull(id, "Process.id");
        Objects.requireNonNull(owner, "Process.owner");
        Objects.requireNonNull(unit, "Process.unit");
    }

    /**
     * A copy with another owner.
     *
     * @param newOwner the owner; not null
     * @return the process; never null
     */
    public Process withOwner(PersonId newOwner) {
        return new Process(id, newOwner, unit);
    }
}
