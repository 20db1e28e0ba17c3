/**
 * Crosswalks from our catalog to external workforce frameworks (ENISA ECSF, NIST NICE): typed links from our
 * profiles, responsibilities and competencies to external codes, notes where a framework has no counterpart,
 * and the bundled crosswalks {@link nl.competentiekompas.core.crosswalk.Crosswalks#builtIn()}.
 *
 * <p>External frameworks are cited by code and title only, with attribution; no external text is copied. This
 * package depends on {@code core.catalog}, never the reverse. All types are immutable and thread-safe. No
 * method returns null; parameters are never null unless a method says so.
 */
@NullMarked
package nl.competentiekompas.core.crosswalk;

import org.jspecify.annotations.NullMarked;
