package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.competentiekompas.core.CompassException;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.examples.demo.ReportSet;
import nl.competentiekompas.report.Report;
import nl.competentiekompas.report.ReportContext;
import nl.competentiekompas.report.ReportFormat;
import nl.competentiekompas.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compass report <kind> <inputs…>}: one report as Markdown, HTML or PDF. */
@Command(name = "report", description = "Render one report as Markdown, self-contained HTML or PDF.",
        subcommands = {ReportCommand.Profile.class, ReportCommand.Pathway.class, ReportCommand.ReflectionForm.class,
            ReportCommand.Development.class, ReportCommand.AllocationKind.class, ReportCommand.Board.class})
final class ReportCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a report kind is required: profile, pathway, "
                + "reflection-form, development, allocation or board");
    }

    /** The options every report takes: language, format, output, date. */
    static final class Output {
        @Mixin
        LanguageOption lang;

        @Option(names = "--format", defaultValue = "html", converter = FormatConverter.class,
                description = "md, html or pdf (default: ${DEFAULT-VALUE}).")
        ReportFormat format;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<file>", description = "Where to write.")
        Path output;

        @Option(names = "--date", paramLabel = "<yyyy-MM-dd>",
                description = "The document date, also the day findings are judged on (default: today, UTC).")
        LocalDate date;

        LocalDate day() {
            return date != null ? date : LocalDate.now(ZoneOffset.UTC);
        }

        void write(Report report, String subject, PrintWriter out) {
            Compass.quietLibraries();
            ReportContext context = ReportContext.of(lang.language, day(), report.id() + "-" + subject);
            ReportSet.write(Inputs.outputFile(output), report.render(format, context));
            out.println(output + ": " + report.id() + " (" + format.extension() + ", " + lang.language.tag() + ")");
            out.flush();
        }
    }

    /** Converts {@code md}, {@code html} and {@code pdf}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat format : ReportFormat.values()) {
                if (format.extension().equals(value) || format.name().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException("expected md, html or pdf");
        }
    }

    @Command(name = "profile", description = "The profile sheet of a role profile.")
    static final class Profile implements Runnable {
        @Mixin
        Output output;
        @Parameters(paramLabel = "<profile>", description = "The profile id, e.g. ciso-healthcare.")
        String profile;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Catalog catalog = Catalogs.builtIn();
            RoleProfile found = catalog.requireProfile(ProfileText.roleId(profile));
            output.write(Reports.profileSheet(catalog, found.id()), profile, spec.commandLine().getOut());
        }
    }

    @Command(name = "pathway", description = "What role <from> must add to become role <to>.")
    static final class Pathway implements Runnable {
        @Mixin
        Output output;
        @Parameters(index = "0", paramLabel = "<from>")
        String from;
        @Parameters(index = "1", paramLabel = "<to>")
        String to;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Catalog catalog = Catalogs.builtIn();
            RoleProfile a = catalog.requireProfile(ProfileText.roleId(from));
            RoleProfile b = catalog.requireProfile(ProfileText.roleId(to));
            output.write(Reports.pathway(catalog, a.id(), b.id()), from + "-" + to, spec.commandLine().getOut());
        }
    }

    @Command(name = "reflection-form", description = {"A blank reflection form of a profile for a perspective, "
            + "or, with --assessment, one filled from an assessment."})
    static final class ReflectionForm implements Runnable {
        @Mixin
        Output output;
        @Parameters(paramLabel = "<profile>", arity = "0..1", description = "The profile of a blank form.")
        String profile;
        @Option(names = "--perspective", defaultValue = "self", description = "self, board, manager, hr or peer.")
        String perspective;
        @Option(names = "--assessment", paramLabel = "<file>", description = "An assessment document (.json).")
        Path assessment;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Catalog catalog = Catalogs.builtIn();
            if (assessment != null) {
                Assessment filled = (Assessment) InputKind.ASSESSMENT.read(assessment, catalog);
                output.write(Reports.reflectionForm(catalog, filled), filled.subject().value(),
                        spec.commandLine().getOut());
                return;
            }
            if (profile == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give a profile or --assessment");
            }
            RoleProfile found = catalog.requireProfile(ProfileText.roleId(profile));
            Perspective p = Perspective.fromId(perspective).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--perspective: expected self, board, manager, hr or peer"));
            output.write(Reports.reflectionForm(catalog, found.id(), p), profile + "-" + p.id(),
                    spec.commandLine().getOut());
        }
    }

    @Command(name = "development", description = "The personal development report of one assessed person.")
    static final class Development implements Runnable {
        @Mixin
        Output output;
        @Parameters(paramLabel = "<assessments>", description = "Assessments (.csv or .json).")
        Path file;
        @Option(names = "--profile", required = true, paramLabel = "<id>")
        String profile;
        @Option(names = "--person", required = true, paramLabel = "<id>")
        String person;
        @Option(names = "--side-job", description = "The role is held as a side job.")
        boolean sideJob;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Catalog catalog = Catalogs.builtIn();
            RoleProfile found = catalog.requireProfile(ProfileText.roleId(profile));
            @SuppressWarnings("unchecked")
            List<Assessment> all = (List<Assessment>) InputKind.ASSESSMENTS.read(file, catalog);
            PersonId subject = PersonId.of(person);
            List<Assessment> own = all.stream()
                    .filter(a -> a.subject().equals(subject) && a.profile().equals(found.id())).toList();
            if (own.isEmpty()) {
                throw new CompassException(file + ": no assessment of " + subject + " against " + found.id());
            }
            output.write(ReportSet.development(catalog, found, subject, own, sideJob, output.lang.language),
                    subject.value(), spec.commandLine().getOut());
        }
    }

    @Command(name = "allocation", description = "The allocation report of an organisation: RACI matrix, findings, "
            + "workload.")
    static final class AllocationKind implements Runnable {
        @Mixin
        Output output;
        @Mixin
        CheckedOrganisation.Options organisation;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Catalog catalog = Catalogs.builtIn();
            CheckedOrganisation checked = organisation.read(catalog, null, output.day());
            output.write(Reports.allocation(catalog, checked.organisation(), checked.allocation(),
                    checked.evaluation()), checked.organisation().id().value(), spec.commandLine().getOut());
        }
    }

    @Command(name = "board", description = "The board report of an organisation (one or two pages).")
    static final class Board implements Runnable {
        @Mixin
        Output output;
        @Mixin
        CheckedOrganisation.Options organisation;
        @Option(names = "--assessments", paramLabel = "<file>", description = "Assessments for the heatmap.")
        Path assessmentsFile;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Catalog catalog = Catalogs.builtIn();
            CheckedOrganisation checked = organisation.read(catalog, null, output.day());
            Organisation subject = checked.organisation();
            @SuppressWarnings("unchecked")
            List<Assessment> assessments = assessmentsFile == null ? List.of()
                    : (List<Assessment>) InputKind.ASSESSMENTS.read(assessmentsFile, catalog);
            List<MultiRaterView> views = ReportSet.views(catalog, subject, assessments);
            output.write(Reports.board(catalog, subject, checked.evaluation(), views), subject.id().value(),
                    spec.commandLine().getOut());
        }
    }
}
