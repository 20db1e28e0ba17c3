package nl.competentiekompas.io;

import nl.competentiekompas.core.catalog.Catalog;

/** Lets tests in the internal package use the samples. */
public final class SamplesAccess {

    private SamplesAccess() {
    }

    /**
     * The sample catalog.
     *
     * @return it
     */
    public static Catalog catalog() {
        return Samples.catalog();
    }

    /**
     * A small catalog using every feature once, for fuzzing.
     *
     * @return it
     */
    public static Catalog small() {
        return Samples.catalog(i -> "t" + i, 1, 1);
    }

    /**
     * A subject-access export with every part, organisation parts included, against the built-in catalog.
     *
     * @return it
     */
    public static nl.competentiekompas.core.assessment.PersonalData.SubjectAccess subjectAccess() {
        return PersonDocumentsTests.withOrganisations().about(PersonDocumentsTests.P1);
    }
}
