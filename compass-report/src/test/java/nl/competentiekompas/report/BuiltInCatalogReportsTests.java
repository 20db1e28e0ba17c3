package nl.competentiekompas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.crosswalk.Crosswalks;
import nl.competentiekompas.core.crosswalk.ExternalKind;
import nl.competentiekompas.core.crosswalk.ItemRef;
import nl.competentiekompas.core.crosswalk.Link;
import nl.competentiekompas.core.crosswalk.ProfileCrosswalk;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled profile's sheet and blank reflection form, in both languages and all formats: well-formed,
 * inert HTML, plain Markdown, a PDF with the title, and the catalog's attribution everywhere.
 */
class BuiltInCatalogReportsTests {

    static List<RoleProfile> profiles() {
        return Catalogs.builtIn().profiles();
    }

    private static List<Report> reports(RoleProfile profile) {
        Catalog catalog = Catalogs.builtIn();
        return List.of(Reports.profileSheet(catalog, profile.id()),
                Reports.reflectionForm(catalog, profile.id(), Perspective.SELF),
                Reports.reflectionForm(catalog, profile.id(), Perspective.HR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void rendersEveryFormatWithTheAttribution(RoleProfile profile) throws Exception {
        Catalog catalog = Catalogs.builtIn();
        assertThat(catalog.attributions()).isNotEmpty();
        for (Report report : reports(profile)) {
            for (Language language : Language.values()) {
                ReportContext context = SampleReports.context(language);
                String html = report.renderText(ReportFormat.HTML, context);
                String markdown = report.renderText(ReportFormat.MARKDOWN, context);
                ReportInjectionProperties.checkHtml(html);
                ReportInjectionProperties.checkMarkdown(markdown);
                for (Attribution attribution : catalog.attributions()) {
                    String credit = attribution.text().in(language);
                    assertThat(org.jsoup.Jsoup.parse(html).select("footer").text()).contains(credit);
                    assertThat(markdown).contains(nl.competentiekompas.report.internal.Markdown.escape(credit));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void profileSheetPdfHasTheTitle(RoleProfile profile) throws IOException {
        Report report = Reports.profileSheet(Catalogs.builtIn(), profile.id());
        try (PDDocument pdf = Loader.loadPDF(report.render(ReportFormat.PDF, SampleReports.context(Language.NL)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Profielschets: " + profile.name().in(Language.NL));
            assertThat(pdf.getNumberOfPages()).isBetween(1, 8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Language.class)
    void cisoHealthcareSheetShowsItsEcsfAndNiceCounterparts(Language language) throws IOException {
        Catalog catalog = Catalogs.builtIn();
        RoleProfile profile = catalog.requireProfile(Catalogs.CISO_HEALTHCARE);
        Report report = Reports.profileSheet(catalog, profile.id());
        ReportContext context = SampleReports.context(language);
        List<ProfileCrosswalk> crosswalks = Crosswalks.forProfile(profile);
        ProfileCrosswalk ecsf = crosswalks.stream()
                .filter(c -> c.framework().id().equals(Crosswalks.ECSF)).findFirst().orElseThrow();
        ProfileCrosswalk nice = crosswalks.stream()
                .filter(c -> c.framework().id().equals(Crosswalks.NICE)).findFirst().orElseThrow();
        Link ecsfProfile = ecsf.links().stream()
                .filter(l -> l.ours().equals(ItemRef.profile(profile.id()))
                        && l.theirs().kind() == ExternalKind.PROFILE)
                .findFirst().orElseThrow();
        Link niceProfile = nice.links().stream()
                .filter(l -> l.ours().equals(ItemRef.profile(profile.id())) && l.theirs().code().equals("OG-WRL-007"))
                .findFirst().orElseThrow();
        String profileName = profile.name().in(language);

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(report.renderText(ReportFormat.HTML, context));
        assertThat(html.select("h2").eachText()).contains(
                language == Language.NL ? "Tegenhangers in andere kaders" : "Counterparts in other frameworks");
        assertThat(html.select("h3").eachText()).contains(
                ecsf.framework().name().in(language) + ", " + (language == Language.NL ? "versie " : "version ")
                        + ecsf.framework().version());
        List<String> rows = html.select("table tbody tr").eachText();
        for (Link link : List.of(ecsfProfile, niceProfile)) {
            // our item, relation, their code and title, the level there where given, then the sources
            String cells = String.join(" ", profileName, link.relation().label().in(language),
                    link.theirs().code(), "\u2013", link.theirs().title().in(language))
                    + (link.level().isPresent() ? " " + link.level().getAsInt() : "");
            assertThat(rows).anyMatch(r -> r.startsWith(cells + " "));
        }
        assertThat(ecsf.links().size() + nice.links().size()).isLessThanOrEqualTo(rows.size());
        assertThat(ecsf.links())
                .allSatisfy(l -> assertThat(rows).anyMatch(r -> r.contains(" " + l.theirs().code() + " ")));
        assertThat(html.select("p.note").eachText()).contains(ecsf.framework().attribution().text().in(language),
                nice.framework().attribution().text().in(language));

        try (PDDocument pdf = Loader.loadPDF(report.render(ReportFormat.PDF, context))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(ecsfProfile.theirs().title().in(language).replaceAll("\\s+", ""),
                    "OG-WRL-007", niceProfile.theirs().title().in(language).replaceAll("\\s+", ""),
                    ecsf.framework().attribution().text().in(language).replaceAll("\\s+", ""),
                    nice.framework().attribution().text().in(language).replaceAll("\\s+", ""));
        }
    }

    @org.junit.jupiter.api.Test
    void pathwaysBetweenTheBundledProfilesMatchCounterpartsByTopic() throws Exception {
        Catalog catalog = Catalogs.builtIn();
        Report isoToCiso = Reports.pathway(catalog, Catalogs.ISO, Catalogs.CISO_MUNICIPALITY);
        Report municipalToHealthcare = Reports.pathway(catalog, Catalogs.CISO_MUNICIPALITY, Catalogs.CISO_HEALTHCARE);
        for (Report report : List.of(isoToCiso, municipalToHealthcare)) {
            for (Language language : Language.values()) {
                ReportContext context = SampleReports.context(language);
                ReportInjectionProperties.checkHtml(report.renderText(ReportFormat.HTML, context));
                ReportInjectionProperties.checkMarkdown(report.renderText(ReportFormat.MARKDOWN, context));
            }
        }
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(
                isoToCiso.renderText(ReportFormat.HTML, SampleReports.context(Language.EN)));
        assertThat(html.select("h1").text()).isEqualTo("Pathway: from "
                + catalog.requireProfile(Catalogs.ISO).name().in(Language.EN) + " to "
                + catalog.requireProfile(Catalogs.CISO_MUNICIPALITY).name().in(Language.EN));
        nl.competentiekompas.core.assessment.ProfileComparison comparison =
                nl.competentiekompas.core.assessment.ProfileComparison.of(catalog.requireProfile(Catalogs.ISO),
                        catalog.requireProfile(Catalogs.CISO_MUNICIPALITY));
        // one row per added task and per level shift, as the comparison has them
        assertThat(html.select("table").get(0).select("tbody tr")).hasSize(comparison.added().size());
        assertThat(html.select("table").get(1).select("tbody tr")).hasSize(comparison.levelShifts().size());
        assertThat(html.select("figure svg title").text()).isEqualTo("Target levels of both profiles");
    }
}
