package nl.competentiekompas.report;

import java.util.Objects;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.report.internal.DocReport;
import nl.competentiekompas.report.internal.ProfileSheet;

/**
 * The reports compass-report offers, as static factories.
 *
 * <p>Each factory captures its subject and returns a {@link Report} to render in any format and language.
 * Reports that show a catalog carry its attributions. Thread-safe.
 *
 * @since 0.1
 */
public final class Reports {

    private Reports() {
    }

    /**
     * The profile sheet of a role profile: its tasks by task domain and level, its competencies with their
     * targets (as a table and a radar chart), its knowledge and experience requirements (required or
     * preferred), its place in the organisation and its sources.
     *
     * @param catalog the catalog; not null
     * @param profile the profile's id; not null
     * @return the report, with id {@code profile-sheet}; never null
     * @throws UnknownIdException if the catalog has no such profile
     */
    public static Report profileSheet(Catalog catalog, RoleId profile) {
        Objects.requireNonNull(catalog, "catalog");
        RoleProfile found = catalog.requireProfile(Objects.requireNonNull(profile, "profile"));
        return new DocReport(ProfileSheet.ID, context -> ProfileSheet.build(catalog, found, context));
    }
}
