/**
 * The public API of compass-testkit.
 */
@NullMarked
package nl.competentiekompas.testkit;

import org.jspecify.annotations.NullMarked;
