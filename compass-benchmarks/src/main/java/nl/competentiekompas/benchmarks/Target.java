package nl.competentiekompas.benchmarks;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A speed target of the issue: our benchmark next to its peer measured in the same run, with the largest
 * ratio ours / peer allowed and, where the issue names one, the largest absolute time of ours.
 *
 * <p>The peer of a scaling target (P3, P4) is the same benchmark at the smaller size. A target without a
 * peer (P5) has only an absolute limit. Immutable and thread-safe.
 *
 * @param id the id, for example {@code P1}; not null
 * @param title what is measured; not null
 * @param ours the benchmark that measures the library; not null
 * @param peer the benchmark it is compared with, or empty; not null
 * @param maxRatio the largest ratio ours / peer that meets the target, or empty; not null
 * @param maxMillis the largest time of ours in milliseconds that meets the target, or empty; not null
 * @since 0.1
 */
public record Target(String id, String title, Run ours, Optional<Run> peer, Optional<Double> maxRatio,
        Optional<Double> maxMillis) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Target {
        Objects.requireNonNull(id, "Target.id");
        Objects.requireNonNull(title, "Target.title");
        Objects.requireNonNull(ours, "Target.ours");
        Objects.requireNonNull(peer, "Target.peer");
        Objects.requireNonNull(maxRatio, "Target.maxRatio");
        Objects.requireNonNull(maxMillis, "Target.maxMillis");
    }

    /**
     * One benchmark method with fixed parameter values, as JMH names it in its results.
     *
     * @param benchmark the simple class name and method, for example {@code RulesBenchmark.evaluate}; not null
     * @param params parameter values the result must have; not null
     * @since 0.1
     */
    public record Run(String benchmark, Map<String, String> params) {

        /**
         * Checks and copies the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Run {
            Objects.requireNonNull(benchmark, "Run.benchmark");
            params = Map.copyOf(params);
        }

        /**
         * A run with at most one parameter.
         *
         * @param benchmark the benchmark; not null
         * @param keyValue nothing, or a parameter name and its value
         * @return the run; never null
         */
        public static Run of(String benchmark, String... keyValue) {
            return new Run(benchmark, keyValue.length == 0 ? Map.of() : Map.of(keyValue[0], keyValue[1]));
        }

        /**
         * The run as the results table shows it.
         *
         * @return for example {@code RulesBenchmark.evaluate (assignments=1000000)}
         */
        @Override
        public String toString() {
            return params.isEmpty() ? benchmark : benchmark + " " + new java.util.TreeMap<>(params);
        }
    }
}
