package nl.competentiekompas.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import nl.competentiekompas.core.assessment.ProfileComparison;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.RoleProfile;
import org.junit.jupiter.api.Test;

class CatalogCommandTests {

    @Test
    void listNamesEveryProfileAndRole() {
        CliRun run = CliRun.of("catalog", "list");

        assertThat(run.exitCode()).isZero();
        for (RoleProfile profile : Catalogs.builtIn().profiles()) {
            assertThat(run.out()).contains(profile.id().value(), profile.name().in(Language.EN));
        }
        assertThat(run.out()).contains("it-manager", "privacy-officer", "line-manager");
    }

    @Test
    void showPrintsTheProfileInTheChosenLanguageWithItsAttribution() {
        RoleProfile ciso = Catalogs.builtIn().requireProfile(Catalogs.CISO_HEALTHCARE);

        CliRun dutch = CliRun.of("catalog", "show", "ciso-healthcare", "--lang", "nl");
        CliRun english = CliRun.of("catalog", "show", "ciso-healthcare", "--lang", "en");

        assertThat(dutch.exitCode()).isZero();
        assertThat(dutch.out()).contains(ciso.name().in(Language.NL), "Taken en verantwoordelijkheden",
                "Informatieveilig gedrag in de zorg");
        ciso.responsibilities().forEach(r -> assertThat(dutch.out()).contains(r.text().in(Language.NL)));
        assertThat(english.out()).contains(ciso.name().in(Language.EN), "Tasks and responsibilities",
                "(preferred)");
    }

    @Test
    void anUnknownProfileIsBadInputWithOneLine() {
        CliRun run = CliRun.of("catalog", "show", "cfo");

        assertThat(run.exitCode()).isEqualTo(Compass.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("compass: unknown profile id 'cfo'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMalformedIdIsBadInputWithoutAStackTrace() {
        CliRun run = CliRun.of("catalog", "show", "Not An Id");

        assertThat(run.exitCode()).isEqualTo(Compass.BAD_INPUT);
        assertThat(run.err()).startsWith("compass: RoleId.value: must be a lower-kebab id").doesNotContain("\tat ");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun run = CliRun.of("catalog", "list", "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(Compass.BAD_INPUT);
        assertThat(run.err()).contains("expected nl or en");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CliRun.of().exitCode()).isEqualTo(Compass.BAD_INPUT);
        assertThat(CliRun.of("catalog").exitCode()).isEqualTo(Compass.BAD_INPUT);
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "0", "1", "2", "bad input or usage");
    }

    @Test
    void compareListsWhatAnIsoMustAddToBecomeAMunicipalCiso() {
        ProfileComparison expected = ProfileComparison.of(
                Catalogs.builtIn().requireProfile(Catalogs.ISO),
                Catalogs.builtIn().requireProfile(Catalogs.CISO_MUNICIPALITY));

        CliRun run = CliRun.of("catalog", "compare", "iso", "ciso-municipality");

        assertThat(run.exitCode()).isZero();
        assertThat(expected.isEmpty()).isFalse();
        expected.added().forEach(r -> assertThat(run.out()).contains(r.text().in(Language.EN)));
        expected.levelShifts().forEach(shift -> assertThat(run.out()).contains(
                Catalogs.builtIn().responsibility(shift.responsibility()).orElseThrow().text().in(Language.EN)));
        assertThat(run.out()).contains("Same topic, higher level");
    }

    @Test
    void comparingAProfileWithItselfAddsNothing() {
        CliRun run = CliRun.of("catalog", "compare", "iso", "iso", "--lang", "nl");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Niets toe te voegen.");
    }

    @Test
    void everyCommandHasHelpWithTheExitCodes() {
        java.util.List<java.util.List<String>> paths = new java.util.ArrayList<>();
        collect(new picocli.CommandLine(new Compass()), new java.util.ArrayList<>(), paths);

        assertThat(paths).hasSizeGreaterThan(15);
        for (java.util.List<String> path : paths) {
            java.util.List<String> args = new java.util.ArrayList<>(path);
            args.add("--help");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage: compass", "Exit codes:");
        }
    }

    private static void collect(picocli.CommandLine command, java.util.List<String> path,
            java.util.List<java.util.List<String>> paths) {
        paths.add(java.util.List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().aliases().length == 0 || !name.equals(sub.getCommandSpec().aliases()[0])) {
                java.util.List<String> next = new java.util.ArrayList<>(path);
                next.add(name);
                collect(sub, next, paths);
            }
        });
    }
}
