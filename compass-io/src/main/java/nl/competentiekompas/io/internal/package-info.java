/**
 * Implementation of compass-io: decoding, CSV dialect, the strict JSON reader and writer, document mapping.
 * Not exported; no compatibility promise.
 */
@NullMarked
package nl.competentiekompas.io.internal;

import org.jspecify.annotations.NullMarked;
