package nl.competentiekompas.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time the benchmark thread spends per operation, next to JMH's wall time: on a shared machine the
 * wall time also counts the time other processes hold the cores. JMH reports both counters as sums per
 * iteration; {@link Results} divides them. The GC's own threads are not counted.
 *
 * @since 0.1
 */
@AuxCounters(AuxCounters.Type.EVENTS)
@State(Scope.Thread)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU milliseconds of the benchmark thread in this iteration. */
    public double cpuMillis;
    /** Operations in this iteration. */
    public long calls;

    private long start;

    /** Starts the iteration's sums. */
    @Setup(Level.Iteration)
    public void reset() {
        cpuMillis = 0;
        calls = 0;
    }

    /** Marks the start of an operation. */
    public void begin() {
        start = THREADS.getCurrentThreadCpuTime();
    }

    /** Marks the end of an operation. */
    public void end() {
        cpuMillis += (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        calls++;
    }
}
