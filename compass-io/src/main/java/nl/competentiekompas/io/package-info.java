/**
 * The public API of compass-io.
 */
@NullMarked
package nl.competentiekompas.io;

import org.jspecify.annotations.NullMarked;
