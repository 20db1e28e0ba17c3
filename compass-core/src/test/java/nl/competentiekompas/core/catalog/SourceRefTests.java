package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.DOCUMENT;
import static nl.competentiekompas.core.catalog.TestValues.NOT_KEBAB;
import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceRefTests {

    private static final LocalizedText TITLE = LocalizedText.of("Titel", "Title");

    @Test
    void sourceCitesTitleYearAndSection() {
        SourceRef ref = SourceRef.source(DOCUMENT, "Coördineren");
        assertThat(ref.kind()).isEqualTo(SourceRef.Kind.SOURCE);
        assertThat(ref.citation(Language.NL)).isEqualTo("Titel (2025), \u201cCoördineren\u201d");
        assertThat(ref.citation(Language.EN)).isEqualTo("Title (2025), \u201cCoördineren\u201d");
    }

    @Test
    void normClauseCitesTheNormInItsOwnStyle() {
        assertThat(SourceRef.norm(Norm.BIO, "2019", "6.1.1").citation(Language.NL)).isEqualTo("BIO (2019) 6.1.1");
        assertThat(SourceRef.norm(Norm.BIO2, "2025", "5.02.02").citation(Language.EN))
                .isEqualTo("BIO2 (2025) 5.02.02");
        assertThat(SourceRef.norm(Norm.ISO_27001, "2022", "A.5.3").citation(Language.EN))
                .isEqualTo("ISO/IEC 27001:2022 A.5.3");
        assertThat(SourceRef.norm(Norm.NEN_7510, "2017", "").citation(Language.NL)).isEqualTo("NEN 7510-1:2017");
        assertThat(SourceRef.norm(Norm.NIST_CSF, "2.0", "GV.RR-02").citation(Language.NL))
                .isEqualTo("NIST CSF 2.0 GV.RR-02");
        assertThat(SourceRef.norm(Norm.NIS2_CBW, "2022/2555", "art. 20").citation(Language.NL))
                .isEqualTo("NIS2 (EU) 2022/2555 art. 20");
        assertThat(SourceRef.norm(Norm.ANSI_RBAC, "2004", "").kind()).isEqualTo(SourceRef.Kind.NORM);
    }

    @Test
    void editorialSaysSoInEachLanguage() {
        SourceRef ref = SourceRef.editorial(LocalizedText.of("onze keuze", "our choice"));
        assertThat(ref.kind()).isEqualTo(SourceRef.Kind.EDITORIAL);
        assertThat(ref.citation(Language.NL)).isEqualTo("Redactioneel: onze keuze");
        assertThat(ref.citation(Language.EN)).isEqualTo("Editorial: our choice");
        assertThat(SourceRef.editorial(LocalizedText.dutch("alleen nl")).citation(Language.EN))
                .isEqualTo("Editorial: alleen nl");
    }

    @Test
    void rejectsBadParts() {
        assertInvalid(() -> SourceRef.source(DOCUMENT, " "), "Source", "section", "must not be blank");
        assertInvalid(() -> SourceRef.norm(Norm.BIO, "", "6.1.1"), "NormClause", "version", "must not be blank");
        assertInvalid(() -> SourceRef.norm(Norm.BIO, "2019", "  "), "NormClause", "clause",
                "must be empty or not blank");
        assertNullRejected(() -> SourceRef.source(null, "x"), "Source.document");
        assertNullRejected(() -> SourceRef.source(DOCUMENT, null), "Source.section");
        assertNullRejected(() -> SourceRef.norm(null, "2019", ""), "NormClause.norm");
        assertNullRejected(() -> SourceRef.norm(Norm.BIO, null, ""), "NormClause.version");
        assertNullRejected(() -> SourceRef.norm(Norm.BIO, "2019", null), "NormClause.clause");
        assertNullRejected(() -> SourceRef.editorial(null), "Editorial.rationale");
        assertNullRejected(() -> SourceRef.source(DOCUMENT, "x").citation(null), "language");
    }

    @Test
    void refsAreEqualByValue() {
        assertValueSemantics(SourceRef.source(DOCUMENT, "A"), new SourceRef.Source(DOCUMENT, "A"),
                SourceRef.source(DOCUMENT, "B"), SourceRef.norm(Norm.BIO, "2019", "A"));
        assertValueSemantics(SourceRef.norm(Norm.BIO, "2019", "6.1.1"),
                new SourceRef.NormClause(Norm.BIO, "2019", "6.1.1"), SourceRef.norm(Norm.BIO2, "2019", "6.1.1"),
                SourceRef.norm(Norm.BIO, "2025", "6.1.1"), SourceRef.norm(Norm.BIO, "2019", ""));
        assertValueSemantics(SourceRef.editorial(LocalizedText.of("a", "b")),
                new SourceRef.Editorial(LocalizedText.of("a", "b")), SourceRef.editorial(LocalizedText.of("a", "c")));
    }

    @Test
    void sourceDocumentChecksItsParts() {
        assertInvalid(() -> new SourceDocument("Doc A", TITLE, "P", 2025), "SourceDocument", "id",
                NOT_KEBAB + "'Doc A'");
        assertInvalid(() -> new SourceDocument("doc", TITLE, " ", 2025), "SourceDocument", "publisher",
                "must not be blank");
        assertInvalid(() -> new SourceDocument("doc", TITLE, "P", 1899), "SourceDocument", "year",
                "must be between 1900 and 2999, got 1899");
        assertInvalid(() -> new SourceDocument("doc", TITLE, "P", 3000), "SourceDocument", "year",
                "must be between 1900 and 2999, got 3000");
        assertNullRejected(() -> new SourceDocument(null, TITLE, "P", 2025), "SourceDocument.id");
        assertNullRejected(() -> new SourceDocument("doc", null, "P", 2025), "SourceDocument.title");
        assertNullRejected(() -> new SourceDocument("doc", TITLE, null, 2025), "SourceDocument.publisher");
        assertThat(new SourceDocument("doc", TITLE, "P", 1900).year()).isEqualTo(1900);
        assertThat(new SourceDocument("doc", TITLE, "P", 2999).year()).isEqualTo(2999);
    }

    @Test
    void sourceDocumentIsEqualByValue() {
        assertValueSemantics(new SourceDocument("doc", TITLE, "P", 2025), new SourceDocument("doc", TITLE, "P", 2025),
                new SourceDocument("doc-b", TITLE, "P", 2025), new SourceDocument("doc", TITLE, "Q", 2025),
                new SourceDocument("doc", TITLE, "P", 2024), new SourceDocument("doc", LocalizedText.dutch("T"), "P",
                        2025));
    }

    @Test
    void attributionChecksAndEquals() {
        LocalizedText credit = LocalizedText.of("Met dank aan", "With thanks to");
        assertNullRejected(() -> new Attribution(null, credit), "Attribution.document");
        assertNullRejected(() -> new Attribution(DOCUMENT, null), "Attribution.text");
        assertValueSemantics(new Attribution(DOCUMENT, credit), new Attribution(DOCUMENT, credit),
                new Attribution(DOCUMENT, LocalizedText.of("Dank", "Thanks")),
                new Attribution(new SourceDocument("doc-b", TITLE, "P", 2025), credit));
    }

    @Test
    void normsAreFoundByIdAndCiteWithOrWithoutClause() {
        for (Norm norm : Norm.values()) {
            assertThat(Norm.fromId(norm.id())).contains(norm);
            assertThat(norm.cite("2020", "")).isNotBlank().contains("2020");
            assertThat(norm.cite("2020", "1.2")).isEqualTo(norm.cite("2020", "") + " 1.2");
        }
        assertThat(Norm.fromId("gdpr")).isEmpty();
        assertThat(Norm.NEN_7510.label().in(Language.NL)).isEqualTo("NEN 7510");
        assertNullRejected(() -> Norm.BIO.cite(null, ""), "version");
        assertNullRejected(() -> Norm.BIO.cite("2019", null), "clause");
    }
}
