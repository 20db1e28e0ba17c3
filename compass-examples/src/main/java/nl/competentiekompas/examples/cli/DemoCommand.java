package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
        Outcome outcome = write(folder, total -> progress.start(spec.commandLine().getErr(), "demo", total));
        summarise(outcome, out);
        out.flush();
    }

    /**
     * Writes the data and the reports.
     *
     * @param folder the folder to write into
     * @param progress starts the progress bar, given the number of files to write
     * @return the files written and the findings per organisation
     */
    static Outcome write(Path folder, java.util.function.LongFunction<ProgressOption.Bar> progress) {
        Compass.quietLibraries();
        SampleData data = new SampleData();
        Catalog catalog = data.catalog();
        Organisation municipality = data.municipality();
        Organisation hospital = data.hospital();
        Allocation municipal = data.municipalAllocation(municipality);
        Allocation clinical = data.hospitalAllocation(hospital);
        List<Assessment> assessments = data.assessments();
        Evaluation municipalFindings = evaluate(municipality, municipal, catalog);
        Evaluation hospitalFindings = evaluate(hospital, clinical, catalog);

        CsvFormat csv = CsvFormat.excelNl();
        Map<String, Consumer<OutputStream>> dataFiles = new LinkedHashMap<>();
        dataFiles.put("catalog.json", o -> CompassJson.writeCatalog(catalog, o));
        dataFiles.put("zeestad.json", o -> CompassJson.writeOrganisation(municipality, o));
        dataFiles.put("zeestad-allocation.json", o -> CompassJson.writeAllocation(municipal, o));
        dataFiles.put("zeestad-allocation.csv", o -> CompassCsv.writeAllocation(municipal, o, csv));
        dataFiles.put("zeestad-findings.json", o -> CompassJson.writeEvaluation(municipalFindings, o));
        dataFiles.put("rivierland.json", o -> CompassJson.writeOrganisation(hospital, o));
        dataFiles.put("rivierland-allocation.json", o -> CompassJson.writeAllocation(clinical, o));
        dataFiles.put("rivierland-findings.json", o -> CompassJson.writeEvaluation(hospitalFindings, o));
        dataFiles.put("beoordelingen.csv", o -> CompassCsv.writeAssessments(assessments, o, csv));
        dataFiles.put("assessments.json", o -> CompassJson.writeAssessments(assessments, o));
        dataFiles.put("kandidaten.csv", o -> CompassCsv.writeCandidates(data.candidates(), o, csv));
        Map<Language, List<Planned>> reports = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            reports.put(language, plan(data, municipality, hospital, municipal, clinical, municipalFindings,
                    hospitalFindings, assessments, language));
        }
        long total = dataFiles.size()
                + reports.values().stream().mapToLong(List::size).sum() * ReportFormat.values().length;

        List<Path> files = new ArrayList<>();
        try (ProgressOption.Bar bar = progress.apply(total)) {
            Path dataFolder = Inputs.outputFile(folder.resolve("data").resolve("x")).getParent();
            dataFiles.forEach((name, writer) -> {
                Path file = dataFolder.resolve(name);
                CompassJson.writeTo(file, writer);
                files.add(file);
                bar.step();
            });
            reports.forEach((language, planned) -> {
                Path reportFolder = Inputs.outputFile(folder.resolve("reports").resolve(language.tag()).resolve("x"))
                        .getParent();
                for (Planned report : planned) {
                    ReportContext context = ReportContext.of(language, SampleData.REVIEW_DATE,
                            "demo-" + report.name() + "-" + language.tag());
                    for (ReportFormat format : ReportFormat.values()) {
                        Path file = reportFolder.resolve(report.name() + "." + format.extension());
                        ReportSet.write(file, report.report().render(format, context));
                        files.add(file);
                        bar.step();
                    }
                }
            });
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
