package nl.competentiekompas.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CompassJson;
import nl.competentiekompas.io.CsvFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compass propose}: an allocation that satisfies the rules as far as the structure allows. */
@Command(name = "propose", description = {"Propose an allocation for an organisation.",
    "Writes JSON, or a RACI matrix when the output file ends in .csv; without -o, JSON to standard output."})
final class ProposeCommand implements Runnable {

    @Parameters(paramLabel = "<organisation.json>", description = "The organisation document.")
    Path organisationFile;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Where to write the allocation.")
    Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Catalog catalog = Catalogs.builtIn();
        Organisation organisation = (Organisation) InputKind.ORGANISATION.read(organisationFile, catalog);
        Allocation allocation = Allocator.propose(organisation, catalog);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CompassJson.writeAllocation(allocation, bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
        } else if (Inputs.isCsv(output)) {
            CompassCsv.writeTo(Inputs.outputFile(output), o -> CompassCsv.writeAllocation(allocation, o, CsvFormat.excelNl()));
            out.println(output + ": " + allocation.size() + " assignments");
        } else {
            CompassJson.writeTo(Inputs.outputFile(output), o -> CompassJson.writeAllocation(allocation, o));
            out.println(output + ": " + allocation.size() + " assignments");
        }
        out.flush();
    }
}
