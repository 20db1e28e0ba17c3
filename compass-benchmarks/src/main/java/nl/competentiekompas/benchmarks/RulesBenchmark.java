package nl.competentiekompas.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.organisation.Organisation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P3: the built-in rules evaluating an organisation and its allocation, at 100k and 1M assignments (the
 * generated hospital of one tenth as many people, its proposed allocation with one assignment in 200 given
 * other letters). Target: at most 1 s at 1M, and time(1M) / time(100k) at most 11.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RulesBenchmark {

    /** The size of the allocation, in assignments (approximate: the organisation has a tenth as many people). */
    @Param({"100000", "1000000"})
    public int assignments;

    private final Catalog catalog = Catalogs.builtIn();
    private final Rules rules = Rules.builtIn();
    private Organisation organisation;
    private Allocation allocation;

    /** Generates the organisation and its allocation. */
    @Setup(Level.Trial)
    public void generate() {
        organisation = Organisations.hospital(assignments / 10, Organisations.SEED);
        allocation = Organisations.withMistakes(Allocator.propose(organisation, catalog), 200, Organisations.SEED);
    }

    /**
     * Evaluates the built-in rules.
     *
     * @param cpu the benchmark thread's CPU time
     * @return the evaluation, so the work is not optimised away
     */
    @Benchmark
    public Evaluation evaluate(CpuTime cpu) {
        cpu.begin();
        Evaluation result = rules.evaluate(organisation, allocation, catalog);
        cpu.end();
        return result;
    }
}
