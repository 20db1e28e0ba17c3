package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.organisation.PersonId;
import org.junit.jupiter.api.Test;

class ReportContextTests {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 31);

    @Test
    void equalsAndHashCodeFollowTheParts() {
        DisplayNameResolver names = DisplayNameResolver.pseudonymous();
        ReportContext a = new ReportContext(Language.NL, DATE, "doc-1", names);
        ReportContext b = new ReportContext(Language.NL, DATE, "doc-1", names);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(a.withLanguage(Language.EN));
        assertThat(a).isNotEqualTo(new ReportContext(Language.NL, DATE.plusDays(1), "doc-1", names));
        assertThat(a).isNotEqualTo(new ReportContext(Language.NL, DATE, "doc-2", names));
    }

    @Test
    void rejectsAMalformedDocumentId() {
        assertThatThrownBy(() -> ReportContext.of(Language.EN, DATE, "no spaces"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ReportContext.documentId: must be 1 to 64 characters of letters, digits, '.', '_' or '-',"
                        + " starting with a letter or digit");
        assertThatThrownBy(() -> ReportContext.of(Language.EN, DATE, "-leading"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> ReportContext.of(null, DATE, "d")).hasMessage("ReportContext.language");
        assertThatThrownBy(() -> ReportContext.of(Language.EN, null, "d")).hasMessage("ReportContext.documentDate");
        assertThatThrownBy(() -> ReportContext.of(Language.EN, DATE, null)).hasMessage("ReportContext.documentId");
        assertThatThrownBy(() -> new ReportContext(Language.EN, DATE, "d", null))
                .hasMessage("ReportContext.displayNames");
    }

    @Test
    void showsIdsUnlessAResolverNamesThePerson() {
        PersonId known = PersonId.of("p-17");
        PersonId unknown = PersonId.of("p-18");
        ReportContext plain = ReportContext.of(Language.EN, DATE, "d");
        assertThat(plain.show(known)).isEqualTo("p-17");
        ReportContext named = plain.withDisplayNames(p -> p.equals(known) ? Optional.of("Alex") : Optional.empty());
        assertThat(named.show(known)).isEqualTo("Alex");
        assertThat(named.show(unknown)).isEqualTo("p-18");
        assertThat(plain.withDisplayNames(p -> Optional.of(" ")).show(known)).isEqualTo("p-17");
    }

    @Test
    void formatsKnowTheirExtensionsAndMediaTypes() {
        assertThat(ReportFormat.MARKDOWN.extension()).isEqualTo("md");
        assertThat(ReportFormat.HTML.mediaType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(ReportFormat.PDF.isText()).isFalse();
    }

    @Test
    void renderTextRefusesPdf() {
        Report report = Reports.profileSheet(SampleCatalog.create(), SampleCatalog.ISO);
        assertThatThrownBy(() -> report.renderText(ReportFormat.PDF, SampleReports.context(Language.EN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("PDF is not a text format");
        assertThat(report.id()).isEqualTo("profile-sheet");
    }

    @Test
    void profileSheetNeedsAKnownProfile() {
        assertThatThrownBy(() -> Reports.profileSheet(SampleCatalog.create(),
                nl.competentiekompas.core.catalog.RoleId.of("nobody")))
                .isInstanceOf(nl.competentiekompas.core.UnknownIdException.class);
    }
}
