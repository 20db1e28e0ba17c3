/**
 * Who does which security task: assignments with RACI letters and effort, the allocation rules that check
 * them (each citing its sources), findings, risk acceptances, evaluations and a proposer of allocations.
 *
 * <p>All value types are immutable and thread-safe. No method returns null; parameters are never null unless
 * a method says so.
 */
@NullMarked
package nl.competentiekompas.core.allocation;

import org.jspecify.annotations.NullMarked;
