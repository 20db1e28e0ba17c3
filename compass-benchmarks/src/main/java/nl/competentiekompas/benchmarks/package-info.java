/**
 * JMH benchmarks of the library, each next to its peer, their data generators, and the writer of
 * {@code RESULTS.md}. Not published.
 */
@NullMarked
package nl.competentiekompas.benchmarks;

import org.jspecify.annotations.NullMarked;
