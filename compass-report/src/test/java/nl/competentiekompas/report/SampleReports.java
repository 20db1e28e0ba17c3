package nl.competentiekompas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;

/**
 * Every report on fixed sample data, by a file-name stem, for the golden, injection, browser and PDF tests.
 */
final class SampleReports {

    static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    private SampleReports() {
    }

    /**
     * Every report built from a catalog.
     *
     * @param catalog the catalog, usually {@link SampleCatalog#create()}
     * @return the reports by stem, in a fixed order
     */
    static Map<String, Report> all(Catalog catalog) {
        Map<String, Report> out = new LinkedHashMap<>();
        out.put("profile-sheet-ciso", Reports.profileSheet(catalog, SampleCatalog.CISO));
        out.put("profile-sheet-iso", Reports.profileSheet(catalog, SampleCatalog.ISO));
        out.put("pathway-iso-to-ciso", Reports.pathway(catalog, SampleCatalog.ISO, SampleCatalog.CISO));
        out.put("reflection-form-blank-board", Reports.reflectionForm(catalog, SampleCatalog.CISO,
                Perspective.BOARD));
        return out;
    }

    /**
     * Every report, with every free text (catalog and assessments) passed through a function.
     *
     * @param text the function
     * @return the reports by stem, in a fixed order
     */
    static Map<String, Report> all(UnaryOperator<String> text) {
        Catalog catalog = SampleCatalog.create(text);
        Map<String, Report> out = all(catalog);
        SampleAssessments assessments = SampleAssessments.create(catalog, text);
        out.put("reflection-form-filled-self", assessments.filledForm());
        out.put("personal-development", assessments.development());
        SampleOrganisation organisation = SampleOrganisation.create(catalog, text);
        out.put("organisation-allocation", organisation.allocationReport());
        out.put("board", Reports.board(catalog, organisation.organisation, organisation.evaluation,
                List.of(assessments.view(), assessments.isoView())));
        return out;
    }

    /**
     * The context for a language.
     *
     * @param language the language
     * @return the context
     */
    static ReportContext context(Language language) {
        return ReportContext.of(language, DATE, "sample-" + language.tag());
    }

    /** One report in one language and format. */
    record Case(String stem, Report report, Language language, ReportFormat format) {
        String fileName() {
            return stem + "." + language.tag() + "." + format.extension();
        }

        byte[] render() {
            return report.render(format, context(language));
        }

        @Override
        public String toString() {
            return fileName();
        }
    }

    /**
     * Every report in every language, in the formats given.
     *
     * @param formats the formats
     * @return the cases
     */
    static List<Case> cases(ReportFormat... formats) {
        List<Case> out = new ArrayList<>();
        all(UnaryOperator.identity()).forEach((stem, report) -> {
            for (Language language : Language.values()) {
                for (ReportFormat format : formats) {
                    out.add(new Case(stem, report, language, format));
                }
            }
        });
        return out;
    }
}
