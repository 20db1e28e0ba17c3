/**
 * Implementation helpers of compass-core. Not exported; no compatibility promise.
 */
@NullMarked
package nl.competentiekompas.core.internal;

import org.jspecify.annotations.NullMarked;
