/**
 * Assessments against a role profile: reflection forms, multi-rater views, gap analyses, development plans,
 * progress between reviews, profile comparisons, candidate fit and the personal data they hold.
 *
 * <p>People appear only as pseudonymous {@link nl.competentiekompas.core.organisation.PersonId}s. Dates are
 * given by the caller; nothing here reads the clock. Scores are whole levels of the profile's
 * {@link nl.competentiekompas.core.catalog.ProficiencyScale}; medians and differences are exact
 * {@link nl.competentiekompas.core.assessment.HalfScore}s. All types are immutable and thread-safe unless
 * they say otherwise (builders). No method returns null.
 */
@NullMarked
package nl.competentiekompas.core.assessment;

import org.jspecify.annotations.NullMarked;
