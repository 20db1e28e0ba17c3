package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.competentiekompas.io.interop.ExternalCatalog;
import nl.competentiekompas.io.interop.NiceImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code compass import nice <file>}: read an external framework and show what it holds. */
@Command(name = "import", description = "Read an external framework file and summarise it.",
        subcommands = {ImportCommand.Nice.class})
final class ImportCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a framework is required: nice");
    }

    /** {@code compass import nice <file>}. */
    @Command(name = "nice", description = {"Read NIST's NICE framework components file (the CPRT JSON shape) and "
            + "list its work roles with their tasks and knowledge and skill statements.",
        "Levels and topics of the tasks are unknown in NICE and are shown as such."})
    static final class Nice implements Runnable {
        @Parameters(paramLabel = "<file>", description = "The NICE components JSON file.")
        Path file;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            ExternalCatalog nice = Inputs.read(file, NiceImport::read);
            PrintWriter out = spec.commandLine().getOut();
            out.println(file + ": " + nice.framework() + ", " + nice.profiles().size() + " work roles, "
                    + nice.responsibilities().size() + " tasks, " + nice.requirements().size()
                    + " knowledge and skill statements");
            for (ExternalCatalog.Profile role : nice.profiles()) {
                long unclassified = nice.responsibilitiesOf(role.code()).stream().filter(r -> !r.isClassified())
                        .count();
                out.printf("  %-14s %s: %d tasks (%d without level or topic), %d statements%n", role.code(),
                        role.title(), nice.responsibilitiesOf(role.code()).size(), unclassified,
                        nice.requirementsOf(role.code()).size());
            }
            out.flush();
        }
    }
}
