package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.crosswalk.Crosswalks;
import nl.competentiekompas.io.CompassJson;
import nl.competentiekompas.io.interop.CaseJson;
import nl.competentiekompas.io.interop.CaseOptions;
import nl.competentiekompas.io.interop.MoodleCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compass export}: the bundled catalog or one profile for other systems. */
@Command(name = "export", description = {"Export the bundled catalog or one profile for other systems:",
    "  case    1EdTech CASE 1.1 JSON, with the ECSF and NICE crosswalk links (catalog or profile);",
    "  moodle  a Moodle competency framework CSV (one profile), with our scale as the Moodle scale."})
final class ExportCommand implements Runnable {

    /** The export formats. */
    enum Format { case_, moodle }

    @Mixin
    LanguageOption lang;

    @Option(names = "--format", required = true, paramLabel = "case|moodle", converter = FormatConverter.class,
            description = "case or moodle.")
    Format format;

    @Parameters(paramLabel = "<profile|catalog>", description = "A profile id, or 'catalog' for the whole catalog.")
    String what;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<file>", description = "Where to write.")
    Path output;

    @Option(names = "--date", paramLabel = "<yyyy-MM-dd>",
            description = "The CASE lastChangeDateTime (default: today, UTC); the same date gives the same bytes.")
    LocalDate date;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Converts {@code case} and {@code moodle}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value) {
                case "case" -> Format.case_;
                case "moodle" -> Format.moodle;
                default -> throw new CommandLine.TypeConversionException("expected case or moodle");
            };
        }
    }

    @Override
    public void run() {
        Catalog catalog = Catalogs.builtIn();
        boolean whole = "catalog".equals(what);
        RoleProfile profile = whole ? null : catalog.requireProfile(ProfileText.roleId(what));
        Path file = Inputs.outputFile(output);
        if (format == Format.moodle) {
            if (profile == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "a Moodle framework is one profile: give a profile id, not 'catalog'");
            }
            MoodleCsv.write(catalog, profile.id(), lang.language, file);
        } else {
            LocalDate day = date != null ? date : LocalDate.now(ZoneOffset.UTC);
            CaseOptions options = new CaseOptions(lang.language, day.atStartOfDay(ZoneOffset.UTC).toInstant());
            CompassJson.writeTo(file, out -> {
                if (profile == null) {
                    CaseJson.write(catalog, Crosswalks.builtIn(), options, out);
                } else {
                    CaseJson.write(catalog, profile.id(), Crosswalks.builtIn(), options, out);
                }
            });
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(output + ": " + (format == Format.moodle ? "Moodle framework" : "CASE package") + " of "
                + (profile == null ? "the catalog" : profile.id().value()));
        out.flush();
    }
}
