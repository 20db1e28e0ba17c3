/**
 * Jakarta constraints for CSV rows and their validators, run through Hibernate Validator only to describe rows
 * that failed the fast hand-written checks. Not exported; opened to Hibernate Validator.
 */
@NullMarked
package nl.competentiekompas.io.internal.check;

import org.jspecify.annotations.NullMarked;
