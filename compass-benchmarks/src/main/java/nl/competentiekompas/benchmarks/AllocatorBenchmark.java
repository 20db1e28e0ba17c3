package nl.competentiekompas.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
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
 * P4: the allocator proposing an allocation for the generated hospital of 10k and 100k people (about ten
 * assignments each). Target: at most 2 s at 100k, and near-linear: time(100k) / time(10k) at most 11.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocatorBenchmark {

    /** The number of people. */
    @Param({"10000", "100000"})
    public int people;

    private final Catalog catalog = Catalogs.builtIn();
    private Organisation organisation;

    /** Generates the organisation. */
    @Setup(Level.Trial)
    public void generate() {
        organisation = Organisations.hospital(people, Organisations.SEED);
    }

    /**
     * Proposes an allocation.
     *
     * @param cpu the benchmark thread's CPU time
     * @return the proposal, so the work is not optimised away
     */
    @Benchmark
    public Allocation propose(CpuTime cpu) {
        cpu.begin();
        Allocation result = Allocator.propose(organisation, catalog);
        cpu.end();
        return result;
    }
}
