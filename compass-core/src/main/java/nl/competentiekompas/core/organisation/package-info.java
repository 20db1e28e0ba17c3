/**
 * Organisations: units, processes, people by pseudonymous id, appointments and reporting lines.
 *
 * <p>All types are immutable and thread-safe. No method returns null.
 */
@NullMarked
package nl.competentiekompas.core.organisation;

import org.jspecify.annotations.NullMarked;
