package nl.competentiekompas.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.competentiekompas.core.CompassException;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.PersonalData;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CompassJson;
import nl.competentiekompas.io.CsvFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compass person export|erase}: GDPR access and erasure over a set of files. */
@Command(name = "person", description = "Everything held about one person: export it, or erase it.",
        subcommands = {PersonCommand.Export.class, PersonCommand.Erase.class})
final class PersonCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: export or erase");
    }

    /** The files read, grouped as personal data; remembers which file each value came from. */
    private static final class Holdings {
        final List<PersonalData.OrganisationData> organisations = new ArrayList<>();
        final List<Path> organisationFiles = new ArrayList<>();
        final List<Path> allocationFiles = new ArrayList<>();
        final List<Path> acceptanceFiles = new ArrayList<>();
        /** The files other than organisations, with the kind read from them, in the order given. */
        final Map<Path, InputKind> otherFiles = new LinkedHashMap<>();
        final List<Assessment> assessments = new ArrayList<>();
        final List<DevelopmentPlan> plans = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();

        @SuppressWarnings("unchecked")
        static Holdings read(List<Path> files, Catalog catalog) {
            Holdings h = new Holdings();
            Organisation organisation = null;
            Path organisationFile = null;
            Allocation allocation = Allocation.empty();
            List<RiskAcceptance> acceptances = List.of();
            Path allocationFile = null;
            Path acceptanceFile = null;
            for (Path file : files) {
                InputKind kind = InputKind.of(file);
                Object value = kind.read(file, catalog);
                switch (kind) {
                    case ORGANISATION -> {
                        if (organisation != null) {
                            h.add(organisation, organisationFile, allocation, allocationFile, acceptances, acceptanceFile);
                        }
                        organisation = (Organisation) value;
                        organisationFile = file;
                        allocation = Allocation.empty();
                        acceptances = List.of();
                        allocationFile = null;
                        acceptanceFile = null;
                    }
                    case ALLOCATION -> {
                        if (organisation == null || allocationFile != null) {
                            throw new CompassException(file + ": an allocation must follow its organisation's file");
                        }
                        allocation = (Allocation) value;
                        allocationFile = file;
                    }
                    case RISK_ACCEPTANCES -> {
                        if (organisation == null || acceptanceFile != null) {
                            throw new CompassException(file + ": risk acceptances must follow their organisation's file");
                        }
                        acceptances = (List<RiskAcceptance>) value;
                        acceptanceFile = file;
                    }
                    case ASSESSMENT -> {
                        h.assessments.add((Assessment) value);
                        h.otherFiles.put(file, kind);
                    }
                    case ASSESSMENTS -> {
                        h.assessments.addAll((List<Assessment>) value);
                        h.otherFiles.put(file, kind);
                    }
                    case DEVELOPMENT_PLAN -> {
                        h.plans.add((DevelopmentPlan) value);
                        h.otherFiles.put(file, kind);
                    }
                    case CANDIDATES -> {
                        h.candidates.addAll((List<Candidate>) value);
                        h.otherFiles.put(file, kind);
                    }
                    default -> throw new CompassException(file + ": " + kind.label() + " files hold no personal data "
                            + "this command handles");
                }
            }
            if (organisation != null) {
                h.add(organisation, organisationFile, allocation, allocationFile, acceptances, acceptanceFile);
            }
            return h;
        }

        private void add(Organisation organisation, Path file, Allocation allocation, Path allocationFile,
                List<RiskAcceptance> acceptances, Path acceptanceFile) {
            organisations.add(new PersonalData.OrganisationData(organisation, allocation, acceptances));
            organisationFiles.add(file);
            allocationFiles.add(allocationFile);
            acceptanceFiles.add(acceptanceFile);
        }

        PersonalData data() {
            return PersonalData.of(organisations, assessments, plans, candidates);
        }
    }

    /** {@code compass person export <person> <files…>}. */
    @Command(name = "export", description = {"Write everything the files hold about one person (GDPR access) "
            + "as one JSON document.",
        "An allocation or risk-acceptance file belongs to the organisation file just before it."})
    static final class Export implements Runnable {
        @Parameters(index = "0", paramLabel = "<person-id>", description = "The person's pseudonymous id.")
        String person;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "<file>", description = "The files to search.")
        List<Path> files;

        @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Where to write (default: stdout).")
        Path output;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            PersonId id = PersonId.of(person);
            PersonalData.SubjectAccess access = Holdings.read(files, Catalogs.builtIn()).data().about(id);
            PrintWriter out = spec.commandLine().getOut();
            if (output == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                CompassJson.writeSubjectAccess(access, bytes);
                out.print(bytes.toString(StandardCharsets.UTF_8));
            } else {
                CompassJson.writeTo(Inputs.outputFile(output), o -> CompassJson.writeSubjectAccess(access, o));
                out.println(output + ": " + (access.isEmpty() ? "nothing held about " + id : "export of " + id));
            }
            out.flush();
        }
    }

    /** {@code compass person erase <person> <files…> -o <dir>}. */
    @Command(name = "erase", description = {"Write copies of the files without one person (GDPR erasure) into a "
            + "folder; the originals are not touched.",
        "A process the person owns is removed with the assignments in its scope: give it a new owner first to keep "
                + "it."})
    static final class Erase implements Runnable {
        @Parameters(index = "0", paramLabel = "<person-id>", description = "The person's pseudonymous id.")
        String person;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "<file>", description = "The files to erase from.")
        List<Path> files;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<dir>",
                description = "The folder for the copies (must differ from the files' folder).")
        Path folder;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            PersonId id = PersonId.of(person);
            Catalog catalog = Catalogs.builtIn();
            for (Path file : files) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null && parent.normalize().equals(folder.toAbsolutePath().normalize())) {
                    throw new CompassException(folder + ": the output folder must not be the folder of the inputs");
                }
            }
            Holdings holdings = Holdings.read(files, catalog);
            PersonalData erased = holdings.data().erase(id);
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PrintWriter out = spec.commandLine().getOut();
            for (int i = 0; i < holdings.organisations.size(); i++) {
                PersonalData.OrganisationData data = erased.organisations().get(i);
                write(holdings.organisationFiles.get(i), o -> CompassJson.writeOrganisation(data.organisation(), o), out);
                Path allocationFile = holdings.allocationFiles.get(i);
                if (allocationFile != null) {
                    write(allocationFile, o -> {
                        if (Inputs.isCsv(allocationFile)) {
                            CompassCsv.writeAllocation(data.allocation(), o, CsvFormat.excelNl());
                        } else {
                            CompassJson.writeAllocation(data.allocation(), o);
                        }
                    }, out);
                }
                Path acceptanceFile = holdings.acceptanceFiles.get(i);
                if (acceptanceFile != null) {
                    write(acceptanceFile, o -> CompassJson.writeRiskAcceptances(data.acceptances(), o), out);
                }
            }
            for (Map.Entry<Path, InputKind> other : holdings.otherFiles.entrySet()) {
                Path file = other.getKey();
                InputKind kind = other.getValue();
                switch (kind) {
                    case ASSESSMENT, ASSESSMENTS -> write(file, o -> {
                        if (Inputs.isCsv(file)) {
                            CompassCsv.writeAssessments(erased.assessments(), o, CsvFormat.excelNl());
                        } else {
                            CompassJson.writeAssessments(erased.assessments(), o);
                        }
                    }, out);
                    case DEVELOPMENT_PLAN -> out.println(file.getFileName() + ": "
                            + (erased.plans().isEmpty() ? "not copied (the plan was about " + id + ")" : "kept"));
                    default -> write(file, o -> {
                        if (Inputs.isCsv(file)) {
                            CompassCsv.writeCandidates(erased.candidates(), o, CsvFormat.excelNl());
                        } else {
                            CompassJson.writeCandidates(erased.candidates(), o);
                        }
                    }, out);
                }
            }
            out.flush();
        }

        private void write(Path source, java.util.function.Consumer<java.io.OutputStream> writer, PrintWriter out) {
            Path target = folder.resolve(source.getFileName());
            CompassJson.writeTo(target, writer);
            out.println(target + ": written without " + person);
        }
    }
}
