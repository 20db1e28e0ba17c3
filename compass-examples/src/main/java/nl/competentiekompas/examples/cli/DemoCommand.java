package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.allocation.Workload;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.examples.demo.ReportSet;
import nl.competentiekompas.examples.demo.SampleData;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CompassJson;
import nl.competentiekompas.io.CsvFormat;
import nl.competentiekompas.report.Report;
import nl.competentiekompas.report.ReportContext;
import nl.competentiekompas.report.ReportFormat;
import nl.competentiekompas.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code compass demo}: the bundled catalog and sample data of a fictional municipality and hospital, checked,
 * and every report written in HTML, Markdown and PDF in Dutch and English.
 */
@Command(name = "demo", description = {"Run the demo: check a fictional municipality and hospital against the "
        + "rules, and write their data and every report (HTML, Markdown, PDF; Dutch and English).",
    "The output is the same bytes every run."})
final class DemoCommand implements Runnable {

    @Option(names = {"-o", "--output"}, defaultValue = "compass-demo", paramLabel = "<dir>",
            description = "The folder to write into (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Mixin
    ProgressOption progress;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** One report to render, with the name of its files. */
    record Planned(String name, Report report) {
    }

    /** What the demo wrote: files, and the findings per organisation. */
    record Outcome(List<Path> files, Map<String, Evaluation> findings) {
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Outcome outcome;
        try (ProgressOption.Bar bar = progress.start(spec.commandLine().getErr(), "demo", 14 * 6 + 11)) {
            outcome = write(folder, bar::step);
        }
        summarise(outcome, out);
        out.flush();
    }

    static Outcome write(Path folder, Runnable step) {
        SampleData data = new SampleData();
        Catalog catalog = data.catalog();
        Organisation municipality = data.municipality();
        Organisation hospital = data.hospital();
        Allocation municipal = data.municipalAllocation(municipality);
        Allocation clinical = data.hospitalAllocation(hospital);
        List<Assessment> assessments = data.assessments();
        Evaluation municipalFindings = evaluate(municipality, municipal, catalog);
        Evaluation hospitalFindings = evaluate(hospital, clinical, catalog);

        List<Path> files = new ArrayList<>();
        Path dataFolder = Inputs.outputFile(folder.resolve("data").resolve("x")).getParent();
        CsvFormat csv = CsvFormat.excelNl();
        files.add(json(dataFolder.resolve("catalog.json"), o -> CompassJson.writeCatalog(catalog, o), step));
        files.add(json(dataFolder.resolve("zeestad.json"), o -> CompassJson.writeOrganisation(municipality, o), step));
        files.add(json(dataFolder.resolve("zeestad-allocation.json"), o -> CompassJson.writeAllocation(municipal, o),
                step));
        files.add(json(dataFolder.resolve("zeestad-allocation.csv"), o -> CompassCsv.writeAllocation(municipal, o, csv),
                step));
        files.add(json(dataFolder.resolve("zeestad-findings.json"),
                o -> CompassJson.writeEvaluation(municipalFindings, o), step));
        files.add(json(dataFolder.resolve("rivierland.json"), o -> CompassJson.writeOrganisation(hospital, o), step));
        files.add(json(dataFolder.resolve("rivierland-allocation.json"), o -> CompassJson.writeAllocation(clinical, o),
                step));
        files.add(json(dataFolder.resolve("rivierland-findings.json"),
                o -> CompassJson.writeEvaluation(hospitalFindings, o), step));
        files.add(json(dataFolder.resolve("beoordelingen.csv"), o -> CompassCsv.writeAssessments(assessments, o, csv),
                step));
        files.add(json(dataFolder.resolve("assessments.json"), o -> CompassJson.writeAssessments(assessments, o),
                step));
        files.add(json(dataFolder.resolve("kandidaten.csv"), o -> CompassCsv.writeCandidates(data.candidates(), o, csv),
                step));

        for (Language language : Language.values()) {
            Path reports = Inputs.outputFile(folder.resolve("reports").resolve(language.tag()).resolve("x")).getParent();
            for (Planned planned : plan(data, municipality, hospital, municipal, clinical, municipalFindings,
                    hospitalFindings, assessments, language)) {
                ReportContext context = ReportContext.of(language, SampleData.REVIEW_DATE,
                        "demo-" + planned.name() + "-" + language.tag());
                for (ReportFormat format : ReportFormat.values()) {
                    Path file = reports.resolve(planned.name() + "." + format.extension());
                    ReportSet.write(file, planned.report().render(format, context));
                    files.add(file);
                    step.run();
                }
            }
        }
        Map<String, Evaluation> findings = new LinkedHashMap<>();
        findings.put(municipality.id().value(), municipalFindings);
        findings.put(hospital.id().value(), hospitalFindings);
        return new Outcome(List.copyOf(files), findings);
    }

    private static Evaluation evaluate(Organisation organisation, Allocation allocation, Catalog catalog) {
        return Rules.forSector(organisation.sector()).evaluate(organisation, allocation, catalog, Workload.none(),
                List.of(), SampleData.REVIEW_DATE);
    }

    private static List<Planned> plan(SampleData data, Organisation municipality, Organisation hospital,
            Allocation municipal, Allocation clinical, Evaluation municipalFindings, Evaluation hospitalFindings,
            List<Assessment> assessments, Language language) {
        Catalog catalog = data.catalog();
        List<Planned> planned = new ArrayList<>();
        for (RoleProfile profile : catalog.profiles()) {
            planned.add(new Planned("profile-" + profile.id(), Reports.profileSheet(catalog, profile.id())));
        }
        planned.add(new Planned("pathway-iso-to-ciso-municipality",
                Reports.pathway(catalog, Catalogs.ISO, Catalogs.CISO_MUNICIPALITY)));
        planned.add(new Planned("reflection-form-ciso-healthcare-blank",
                Reports.reflectionForm(catalog, Catalogs.CISO_HEALTHCARE, Perspective.SELF)));
        Assessment latestSelf = assessments.stream()
                .filter(a -> a.subject().equals(SampleData.HOSPITAL_CISO) && a.perspective() == Perspective.SELF)
                .reduce((a, b) -> b.date().isAfter(a.date()) ? b : a).orElseThrow();
        planned.add(new Planned("reflection-form-" + SampleData.HOSPITAL_CISO, Reports.reflectionForm(catalog,
                latestSelf)));
        planned.add(development(data, hospital, SampleData.HOSPITAL_CISO, Catalogs.CISO_HEALTHCARE.value(),
                assessments, language));
        planned.add(development(data, municipality, SampleData.MUNICIPAL_CISO, Catalogs.CISO_MUNICIPALITY.value(),
                assessments, language));
        planned.add(new Planned("allocation-" + municipality.id(),
                Reports.allocation(catalog, municipality, municipal, municipalFindings)));
        planned.add(new Planned("allocation-" + hospital.id(),
                Reports.allocation(catalog, hospital, clinical, hospitalFindings)));
        planned.add(new Planned("board-" + municipality.id(), Reports.board(catalog, municipality, municipalFindings,
                ReportSet.views(catalog, municipality, assessments))));
        planned.add(new Planned("board-" + hospital.id(), Reports.board(catalog, hospital, hospitalFindings,
                ReportSet.views(catalog, hospital, assessments))));
        return planned;
    }

    private static Planned development(SampleData data, Organisation organisation, PersonId person, String profileId,
            List<Assessment> assessments, Language language) {
        RoleProfile profile = data.catalog().requireProfile(ProfileText.roleId(profileId));
        List<Assessment> own = assessments.stream()
                .filter(a -> a.subject().equals(person) && a.profile().equals(profile.id())).toList();
        return new Planned("development-" + person, ReportSet.development(data.catalog(), profile, person, own,
                ReportSet.sideJob(organisation, person, profile), language));
    }

    private static Path json(Path file, java.util.function.Consumer<java.io.OutputStream> writer, Runnable step) {
        CompassJson.writeTo(file, writer);
        step.run();
        return file;
    }

    private void summarise(Outcome outcome, PrintWriter out) {
        out.println("Competentiekompas demo: " + outcome.files().size() + " files written to " + folder);
        out.println("  data:    " + folder.resolve("data") + "  (organisations, allocations, findings, assessments, "
                + "candidates; try 'compass check')");
        out.println("  reports: " + folder.resolve("reports").resolve("nl") + " and " + folder.resolve("reports")
                .resolve("en") + "  (HTML, Markdown and PDF)");
        out.println("Findings:");
        long total = 0;
        for (Map.Entry<String, Evaluation> e : outcome.findings().entrySet()) {
            Evaluation evaluation = e.getValue();
            total += evaluation.findings().size();
            out.printf("  %-24s %d ERROR, %d WARNING, %d in all%n", e.getKey(),
                    evaluation.open(Severity.ERROR).size(), evaluation.open(Severity.WARNING).size(),
                    evaluation.findings().size());
        }
        out.println("  " + total + " findings in all. Open " + folder.resolve("reports").resolve("en")
                .resolve("board-ziekenhuis-rivierland.html") + " to start.");
    }
}
