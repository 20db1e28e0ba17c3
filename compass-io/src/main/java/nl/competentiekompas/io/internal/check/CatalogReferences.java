package nl.competentiekompas.io.internal.check;

/**
 * A row that names a profile, a competency of it and a score on its scale, as stripped cells.
 */
public interface CatalogReferences {

    /**
     * The profile id cell.
     *
     * @return the cell
     */
    String profile();

    /**
     * The competency id cell.
     *
     * @return the cell
     */
    String competency();

    /**
     * The score cell, empty for no score.
     *
     * @return the cell
     */
    String score();
}
