package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.CandidateFit;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RoleProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compass fit}: candidates ranked against a profile's knowledge and experience requirements. */
@Command(name = "fit", description = {"Rank candidates against a profile's requirements (required before "
        + "preferred; alternatives such as CISM or CISSP honoured; expired certificates flagged).",
    "Ties are broken by candidate id, so the ranking is the same every run."})
final class FitCommand implements Runnable {

    @Mixin
    LanguageOption lang;

    @Parameters(paramLabel = "<candidates>", description = "Candidates (.csv or .json).")
    Path file;

    @Option(names = "--profile", required = true, paramLabel = "<id>", description = "The profile, e.g. ciso-healthcare.")
    String profileId;

    @Option(names = "--as-of", paramLabel = "<yyyy-MM-dd>",
            description = "The day certificates must be valid on (default: today, UTC).")
    LocalDate asOf;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Catalog catalog = Catalogs.builtIn();
        RoleProfile profile = catalog.requireProfile(ProfileText.roleId(profileId));
        @SuppressWarnings("unchecked")
        List<Candidate> candidates = (List<Candidate>) InputKind.CANDIDATES.read(file, catalog);
        LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        List<CandidateFit> ranking = CandidateFit.rank(profile, candidates, day);
        PrintWriter out = spec.commandLine().getOut();
        Language language = lang.language;
        boolean nl = language == Language.NL;
        out.println(profile.name().in(language) + (nl ? " - kandidaten op " : " - candidates on ") + day);
        int place = 1;
        for (CandidateFit fit : ranking) {
            long required = profile.requirements().stream().filter(r -> r.necessity() == Necessity.REQUIRED).count();
            long preferred = profile.requirements().size() - required;
            out.printf("%d. %-16s %-16s %s %d/%d, %s %d/%d%n", place++, fit.candidate(), fit.verdict().name(),
                    nl ? "vereist" : "required", fit.requiredMet(), required, nl ? "pré" : "preferred",
                    fit.preferredMet(), preferred);
            for (CandidateFit.Result result : fit.results()) {
                if (!result.met()) {
                    Requirement requirement = profile.requirements().stream()
                            .filter(r -> r.id().equals(result.requirement())).findFirst().orElseThrow();
                    out.println("     " + (nl ? "ontbreekt: " : "missing: ") + requirement.text().in(language)
                            + " (" + requirement.necessity().label().in(language) + ")");
                }
            }
            if (!fit.expiredCertifications().isEmpty()) {
                out.println("     " + (nl ? "verlopen: " : "expired: ") + String.join(", ", fit.expiredCertifications()));
            }
        }
        out.flush();
    }
}
