package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import nl.competentiekompas.core.assessment.ProfileComparison;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.crosswalk.Crosswalks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code compass catalog list|show|compare}: browse the bundled catalog. */
@Command(name = "catalog", description = "Browse the bundled catalog.",
        subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.ShowCommand.class,
            CatalogCommand.CompareCommand.class})
final class CatalogCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list, show or compare");
    }

    /** {@code compass catalog list}. */
    @Command(name = "list", description = "List the profiles and other roles of the bundled catalog.")
    static final class ListCommand implements Runnable {
        @Mixin
        LanguageOption lang;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            ProfileText.list(Catalogs.builtIn(), lang.language, spec.commandLine().getOut());
        }
    }

    /** {@code compass catalog show <profile>}. */
    @Command(name = "show", description = "Show one profile: tasks, competencies, requirements, placement.")
    static final class ShowCommand implements Runnable {
        @Mixin
        LanguageOption lang;

        @Parameters(paramLabel = "<profile>", description = "The profile id, e.g. ciso-healthcare.")
        String profile;

        @CommandLine.Option(names = "--crosswalk",
                description = "Also show the ECSF/e-CF and NICE counterparts of the profile, its tasks and competencies.")
        boolean crosswalk;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Catalog catalog = Catalogs.builtIn();
            RoleProfile found = catalog.requireProfile(ProfileText.roleId(profile));
            PrintWriter out = spec.commandLine().getOut();
            ProfileText.show(catalog, found, lang.language, out);
            if (crosswalk) {
                ProfileText.crosswalks(catalog, Crosswalks.forProfile(found), lang.language, out);
            }
        }
    }

    /** {@code compass catalog compare <from> <to>}. */
    @Command(name = "compare", description = "What a person in role <from> must add to grow into role <to>.")
    static final class CompareCommand implements Runnable {
        @Mixin
        LanguageOption lang;

        @Parameters(index = "0", paramLabel = "<from>", description = "The profile grown from, e.g. iso.")
        String from;

        @Parameters(index = "1", paramLabel = "<to>", description = "The profile grown into, e.g. ciso-municipality.")
        String to;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Catalog catalog = Catalogs.builtIn();
            RoleProfile fromProfile = catalog.requireProfile(ProfileText.roleId(from));
            RoleProfile toProfile = catalog.requireProfile(ProfileText.roleId(to));
            ProfileText.compare(catalog, ProfileComparison.of(fromProfile, toProfile), lang.language,
                    spec.commandLine().getOut());
        }
    }
}
