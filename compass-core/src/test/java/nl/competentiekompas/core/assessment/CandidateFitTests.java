package nl.competentiekompas.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import org.junit.jupiter.api.Test;

class CandidateFitTests {

    private static final RoleProfile CISO = AssessmentFixtures.ciso();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static Certification cert(String code, LocalDate expires) {
        return new Certification(code, LocalDate.of(2020, 1, 1), Optional.ofNullable(expires));
    }

    private static Candidate full(String id, String certification) {
        return Candidate.of(PersonId.of(id)).withEducation(List.of("wo")).withKnowledge(List.of("nen-7510"))
                .withCertifications(List.of(cert(certification, null)))
                .withExperienceYears(Map.of("security-practice", 6, "behaviour-change", 1));
    }

    @Test
    void honoursAlternativesAndRecordsThePreferredOption() {
        CandidateFit cism = CandidateFit.of(CISO, full("c-1", "cism"), DAY);
        CandidateFit cissp = CandidateFit.of(CISO, full("c-2", "cissp"), DAY);
        assertThat(cism.verdict()).isEqualTo(CandidateFit.Verdict.MEETS_ALL);
        assertThat(cissp.verdict()).isEqualTo(CandidateFit.Verdict.MEETS_ALL);
        CandidateFit.Result cert = cism.results().get(1);
        assertThat(cert.requirement()).isEqualTo(RequirementId.of("c-certification"));
        assertThat(cert.metBy()).contains("cism");
        assertThat(cert.byPreferredOption()).isTrue();
        assertThat(cissp.results().get(1).byPreferredOption()).isFalse();
        assertThat(CandidateFit.rank(CISO, List.of(full("c-2", "cissp"), full("c-1", "cism")), DAY))
                .extracting(CandidateFit::candidate).containsExactly(PersonId.of("c-1"), PersonId.of("c-2"));
    }

    @Test
    void flagsExpiredCertificationsAndDoesNotCountThem() {
        Candidate expired = full("c-3", "cism").withCertifications(List.of(cert("cism", DAY.minusDays(1)),
                cert("cissp", DAY)));
        CandidateFit fit = CandidateFit.of(CISO, expired, DAY);
        assertThat(fit.expiredCertifications()).containsExactly("cism");
        assertThat(fit.results().get(1).metBy()).contains("cissp");
        assertThat(fit.results().get(1).expiredOptions()).containsExactly("cism");
        Candidate none = expired.withCertifications(List.of(cert("cism", DAY.minusDays(1))));
        CandidateFit unmet = CandidateFit.of(CISO, none, DAY);
        assertThat(unmet.verdict()).isEqualTo(CandidateFit.Verdict.DOES_NOT_MEET);
        assertThat(unmet.requiredUnmet()).containsExactly(RequirementId.of("c-certification"));
    }

    @Test
    void experienceNeedsTheMinimumYearsAndPreferredRequirementsOnlyLowerTheVerdict() {
        Candidate junior = full("c-4", "cism").withExperienceYears(Map.of("security-practice", 4));
        assertThat(CandidateFit.of(CISO, junior, DAY).requiredUnmet()).containsExactly(RequirementId.of("c-practice"));
        Candidate noBehaviour = full("c-5", "cism").withExperienceYears(Map.of("security-practice", 5));
        CandidateFit fit = CandidateFit.of(CISO, noBehaviour, DAY);
        assertThat(fit.verdict()).isEqualTo(CandidateFit.Verdict.MEETS_REQUIRED);
        assertThat(fit.requiredMet()).isEqualTo(4);
        assertThat(fit.preferredMet()).isZero();
    }

    @Test
    void rankingIsIndependentOfInputOrderAndBreaksTiesById() {
        List<Candidate> candidates = new ArrayList<>(List.of(full("c-b", "cism"), full("c-a", "cism"),
                Candidate.of(PersonId.of("c-0")), full("c-c", "cissp")));
        List<CandidateFit> ranked = CandidateFit.rank(CISO, candidates, DAY);
        Collections.reverse(candidates);
        assertThat(CandidateFit.rank(CISO, candidates, DAY)).isEqualTo(ranked);
        assertThat(ranked).extracting(f -> f.candidate().value()).containsExactly("c-a", "c-b", "c-c", "c-0");
        assertThatThrownBy(() -> CandidateFit.rank(CISO, List.of(full("c-a", "cism"), full("c-a", "cissp")), DAY))
                .isInstanceOf(InvalidValueException.class).hasMessage("CandidateFit.candidates: duplicate id 'c-a'");
    }

    @Test
    void rejectsInvalidParts() {
        assertThatThrownBy(() -> new Certification("cism", DAY, Optional.of(DAY.minusDays(1))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Certification.expires: must not be before the issue date 2026-03-01 of 'cism', got 2026-02-28");
        assertThatThrownBy(() -> Candidate.of(PersonId.of("c")).withExperienceYears(Map.of("x", 61)))
                .hasMessage("Candidate.experienceYears[x]: must be between 0 and 60, got 61");
        assertThatThrownBy(() -> Candidate.of(PersonId.of("c")).withKnowledge(List.of("Not Kebab")))
                .hasMessage("Candidate.knowledge: codes must be lower-kebab ids");
        assertThatThrownBy(() -> new CandidateFit.Result(RequirementId.of("r"), Necessity.REQUIRED, Optional.empty(),
                true, List.of())).hasMessage("CandidateFit.Result.byPreferredOption: must be false when requirement 'r' is not met");
        CandidateFit fit = CandidateFit.of(CISO, full("c-1", "cism"), DAY);
        assertThatThrownBy(() -> new CandidateFit(fit.candidate(), fit.profile(), DAY, fit.results(), List.of(),
                CandidateFit.Verdict.DOES_NOT_MEET))
                .hasMessage("CandidateFit.verdict: must be MEETS_ALL for these results, got DOES_NOT_MEET");
    }

    @Test
    void equalsAndHashCode() {
        assertThat(full("c-1", "cism")).isEqualTo(full("c-1", "cism")).hasSameHashCodeAs(full("c-1", "cism"))
                .isNotEqualTo(full("c-1", "cissp"));
        assertThat(new Candidate(PersonId.of("c"), Set.of("wo", "hbo"), List.of(), Set.of(), Map.of()).education())
                .containsExactly("hbo", "wo");
        CandidateFit a = CandidateFit.of(CISO, full("c-1", "cism"), DAY);
        assertThat(a).isEqualTo(CandidateFit.of(CISO, full("c-1", "cism"), DAY))
                .hasSameHashCodeAs(CandidateFit.of(CISO, full("c-1", "cism"), DAY))
                .isNotEqualTo(CandidateFit.of(CISO, full("c-1", "cissp"), DAY));
        assertThat(cert("cism", null)).isEqualTo(cert("cism", null)).hasSameHashCodeAs(cert("cism", null))
                .isNotEqualTo(cert("cism", DAY));
    }
}
