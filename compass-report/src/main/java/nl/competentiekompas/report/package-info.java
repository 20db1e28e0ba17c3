/**
 * The public API of compass-report.
 */
@NullMarked
package nl.competentiekompas.report;

import org.jspecify.annotations.NullMarked;
