/**
 * Interoperability with other frameworks and platforms: export of a catalog or profile as 1EdTech CASE 1.1
 * JSON and as a Moodle competency framework CSV, and import of the NIST NICE Framework components file.
 *
 * <p>All entry points are thread-safe; the values they return are immutable. No method returns null;
 * parameters are never null unless a method says so.
 */
@NullMarked
package nl.competentiekompas.io.interop;

import org.jspecify.annotations.NullMarked;
