package nl.competentiekompas.core.internal;

import nl.competentiekompas.core.catalog.Catalog;

/**
 * Builds the bundled catalog from Java code (structure, levels, topics, efforts, sources) and the nl/en
 * bundles (texts).
 */
public final class BuiltInCatalog {

    private BuiltInCatalog() {
    }

    /**
     * Builds the catalog.
     *
     * @return the bundled catalog
     */
    public static Catalog create() {
        throw new UnsupportedOperationException("the bundled catalog is being written");
    }
}
