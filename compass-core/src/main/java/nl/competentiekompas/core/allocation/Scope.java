package nl.competentiekompas.core.allocation;

import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.UnitId;

/**
 * Where an assignment applies: the whole organisation, one unit or one process.
 *
 * <p>Scopes order organisation first, then units, then processes, each by id. Immutable and thread-safe.
 *
 * @param kind the kind of scope; not null
 * @param ref the id of the unit or process, empty for the organisation; not null
 * @since 0.1
 */
public record Scope(ScopeKind kind, String ref) implements Comparable<Scope> {

    private static final Scope ORGANISATION = new Scope(ScopeKind.ORGANISATION, "");

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the organisation scope has a ref, or a unit or process scope lacks a
     *     lower-kebab ref
     */
    public Scope {
        Objects.requireNonNull(kind, "Scope.kind");
        Objects.requireNonNull(ref, "Scope.ref");
        if (kind == ScopeKind.ORGANISATION) {
            if (!ref.isEmpty()) {
                throw new InvalidValueException("Scope", "ref", "must be empty for the organisation scope");
            }
        } else if (!Checks.isKebab(ref)) {
            throw new InvalidValueException("Scope", "ref", "must be the lower-kebab id of the " + kind.id());
        }
    }

    /**
     * The whole organisation.
     *
     * @return the scope; never null
     */
    public static Scope organisation() {
        return ORGANISATION;
    }

    /**
     * One unit.
     *
     * @param unit the unit; not null
     * @return the scope; never null
     */
    public static Scope unit(UnitId unit) {
        return new Scope(ScopeKind.UNIT, Objects.requireNonNull(unit, "unit").value());
    }

    /**
     * One process.
     *
     * @param process the process; not null
     * @return the scope; never null
     */
    public static Scope process(ProcessId process) {
        return new Scope(ScopeKind.PROCESS, Objects.requireNonNull(process, "process").value());
    }

    /**
     * The unit, for a unit scope.
     *
     * @return the unit, or empty for other scopes
     */
    public Optional<UnitId> unitId() {
        return kind == ScopeKind.UNIT ? Optional.of(UnitId.of(ref)) : Optional.empty();
    }

    /**
     * The process, for a process scope.
     *
     * @return the process, or empty for other scopes
     */
    public Optional<ProcessId> processId() {
        return kind == ScopeKind.PROCESS ? Optional.of(ProcessId.of(ref)) : Optional.empty();
    }

    @Override
    public int compareTo(Scope other) {
        int c = kind.compareTo(other.kind);
        return c != 0 ? c : ref.compareTo(other.ref);
    }

    /**
     * The scope as people read it in findings.
     *
     * @return {@code organisation}, {@code unit:<id>} or {@code process:<id>}
     */
    @Override
    public String toString() {
        return kind == ScopeKind.ORGANISATION ? kind.id() : kind.id() + ":" + ref;
    }
}
