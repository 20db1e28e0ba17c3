package nl.competentiekompas.core.assessment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;

/**
 * A certification a candidate holds, such as CISM, with its issue date and, when it lapses, its expiry date.
 *
 * <p>It is valid from its issue date up to and including its expiry date. Immutable and thread-safe.
 *
 * @param code the lower-kebab code a requirement option uses, such as {@code cism}; not null
 * @param issued the issue date; not null
 * @param expires the expiry date, not before the issue date, or empty when it does not lapse; not null
 * @since 0.1
 */
public record Certification(String code, LocalDate issued, Optional<LocalDate> expires) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the code is not lower-kebab or it expires before it was issued
     */
    public Certification {
        Checks.kebabId(code, "Certification");
        Objects.requireNonNull(issued, "Certification.issued");
        Objects.requireNonNull(expires, "Certification.expires");
        if (expires.isPresent() && expires.get().isBefore(issued)) {
            throw new InvalidValueException("Certification", "expires", "must not be before the issue date "
                    + issued + " of '" + code + "', got " + expires.get());
        }
    }

    /**
     * Whether the certification is valid on a date.
     *
     * @param date the date; not null
     * @return true when issued on or before the date and not expired before it
     */
    public boolean validOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !issued.isAfter(date) && expires.map(e -> !e.isBefore(date)).orElse(true);
    }

    /**
     * Whether the certification has expired by a date.
     *
     * @param date the date; not null
     * @return true when its expiry date lies before the date
     */
    public boolean expiredOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return expires.map(e -> e.isBefore(date)).orElse(false);
    }
}
