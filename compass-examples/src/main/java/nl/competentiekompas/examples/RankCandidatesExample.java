package nl.competentiekompas.examples;

import java.util.List;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.CandidateFit;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.examples.demo.SampleData;

/**
 * Example: rank candidates for a CISO vacancy in healthcare against the profile's knowledge and experience
 * requirements, and print what each candidate misses.
 *
 * <p>The three candidates come from the demo's {@link SampleData}: one with CISM, one with CISSP (an accepted
 * alternative), one whose CISM has expired. Build your own with {@code Candidate.of(PersonId.of("..."))} and its
 * {@code withEducation}, {@code withCertifications}, {@code withKnowledge} and {@code withExperienceYears}.
 *
 * <p>Run it with {@code java -cp compass-examples/target/compass.jar
 * nl.competentiekompas.examples.RankCandidatesExample}.
 */
public final class RankCandidatesExample {

    private RankCandidatesExample() {
    }

    /**
     * Ranks the sample candidates on the sample review date and prints the ranking in English.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Catalog catalog = Catalogs.builtIn();
        RoleProfile ciso = catalog.requireProfile(Catalogs.CISO_HEALTHCARE);
        List<Candidate> candidates = new SampleData().candidates();

        // Certificates count only while valid on the date, so the ranking is judged on a given day.
        // The order is total: verdict, then required and preferred requirements met, then candidate id.
        List<CandidateFit> ranking = CandidateFit.rank(ciso, candidates, SampleData.REVIEW_DATE);

        System.out.println("Candidates for " + ciso.name().in(Language.EN) + " on " + SampleData.REVIEW_DATE);
        int place = 1;
        for (CandidateFit fit : ranking) {
            System.out.println(place++ + ". " + fit.candidate() + " " + fit.verdict() + ": required met "
                    + fit.requiredMet() + ", preferred met " + fit.preferredMet());
            for (CandidateFit.Result result : fit.results()) {
                if (!result.met()) {
                    System.out.println("   missing: " + requirement(ciso, result.requirement()).text().in(Language.EN)
                            + " (" + result.necessity().label().in(Language.EN) + ")");
                }
            }
            if (!fit.expiredCertifications().isEmpty()) {
                System.out.println("   expired: " + String.join(", ", fit.expiredCertifications()));
            }
        }
    }

    private static Requirement requirement(RoleProfile profile, RequirementId id) {
        return profile.requirements().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
