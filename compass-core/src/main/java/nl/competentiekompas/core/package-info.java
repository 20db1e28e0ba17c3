/**
 * The Competentiekompas core: the exception hierarchy shared by every module.
 *
 * <p>The model itself lives in the sub-packages: {@link nl.competentiekompas.core.catalog} for the
 * published framework.
 */
@NullMarked
package nl.competentiekompas.core;

import org.jspecify.annotations.NullMarked;
