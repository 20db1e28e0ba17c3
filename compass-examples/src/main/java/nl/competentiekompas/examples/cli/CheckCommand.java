package nl.competentiekompas.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.io.CompassJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code compass check}: the findings of the rules for an organisation and its allocation. */
@Command(name = "check", description = {"Check an organisation and its allocation against the rules.",
    "Without --allocation, the allocation 'compass propose' would make is checked, so the findings show what "
            + "no allocation can fix.",
    "Exit code 0 when no open finding is an ERROR, 1 when one is, 2 for bad input."})
final class CheckCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    LanguageOption lang;

    @Mixin
    CheckedOrganisation.Options input;

    @Option(names = "--acceptances", paramLabel = "<file>", description = "Risk acceptances (.json).")
    Path acceptancesFile;

    @Option(names = "--as-of", paramLabel = "<yyyy-MM-dd>",
            description = "The day the risk acceptances are judged on (default: today, UTC).")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The output formats of this command. */
    enum OutputFormat { text, json }

    @Override
    public Integer call() {
        Catalog catalog = Catalogs.builtIn();
        LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        CheckedOrganisation checked = input.read(catalog, acceptancesFile, day);
        Organisation organisation = checked.organisation();
        Evaluation evaluation = checked.evaluation();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CompassJson.writeEvaluation(evaluation, bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
        } else {
            FindingsText.print(organisation.id().value(), evaluation, lang.language, out);
        }
        out.flush();
        return evaluation.open(Severity.ERROR).isEmpty() ? Compass.OK : Compass.FINDINGS;
    }
}
