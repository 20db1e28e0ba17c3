package nl.competentiekompas.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * Turns a CSV row into a value, or records its problems. Mappers check values by hand (the cheap path) and
 * call on the validator only to describe a row that fails.
 *
 * @param <T> the value
 */
@FunctionalInterface
public interface RowMapper<T> {

    /**
     * Maps one row.
     *
     * @param row the row, with the header's columns set
     * @param sink where problems go
     * @return the value, or null when the row had problems (which were recorded)
     */
    @Nullable T map(CsvRow row, ProblemSink sink);
}
