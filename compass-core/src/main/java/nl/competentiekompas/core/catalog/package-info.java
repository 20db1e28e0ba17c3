/**
 * The competency framework as published: role profiles with their responsibilities, competency targets,
 * requirements, placement and reflection questions, and the bundled catalog {@link
 * nl.competentiekompas.core.catalog.Catalogs#builtIn()}.
 *
 * <p>All types are immutable and thread-safe. No method returns null; parameters are never null unless a
 * method says so.
 */
@NullMarked
package nl.competentiekompas.core.catalog;

import org.jspecify.annotations.NullMarked;
