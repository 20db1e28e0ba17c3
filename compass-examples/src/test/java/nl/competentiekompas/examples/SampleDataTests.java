package nl.competentiekompas.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.assessment.CandidateFit;
import nl.competentiekompas.core.assessment.MultiRaterView;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.examples.demo.SampleData;
import org.junit.jupiter.api.Test;

/** The demo's sample data holds exactly the deliberate violations it says it holds. */
class SampleDataTests {

    private final SampleData data = new SampleData();

    private static List<String> ruleIds(Evaluation evaluation, Severity severity) {
        return evaluation.findings().stream().filter(f -> f.severity() == severity).map(Finding::ruleId).distinct()
                .sorted().toList();
    }

    @Test
    void theMunicipalityBreaksTheLineCisoWorkAndAccountabilityRules() {
        Organisation municipality = data.municipality();
        Evaluation evaluation = Rules.forSector(municipality.sector()).evaluate(municipality,
                data.municipalAllocation(municipality), data.catalog());

        assertThat(ruleIds(evaluation, Severity.ERROR)).containsExactly(Rules.RACI_ONE_ACCOUNTABLE);
        assertThat(ruleIds(evaluation, Severity.WARNING)).contains(Rules.ISO_LINE_TO_CISO, Rules.CISO_DOING_ISO_WORK);
    }

    @Test
    void theHospitalCisoSitsUnderIt() {
        Organisation hospital = data.hospital();
        Evaluation evaluation = Rules.forSector(hospital.sector()).evaluate(hospital, data.hospitalAllocation(hospital),
                data.catalog());

        assertThat(ruleIds(evaluation, Severity.ERROR)).containsExactly(Rules.CISO_INDEPENDENT);
    }

    @Test
    void theHospitalCisoIsAssessedFromEveryPerspectiveWithEnoughPeers() {
        MultiRaterView view = MultiRaterView.of(Catalogs.builtIn().requireProfile(Catalogs.CISO_HEALTHCARE),
                SampleData.HOSPITAL_CISO, data.assessments());

        assertThat(view.conflicts()).isEmpty();
        assertThat(view.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.tooFewPeerRatings()).isFalse());
    }

    @Test
    void theCandidatesRankCismThenCisspThenExpired() {
        List<CandidateFit> ranking = CandidateFit.rank(
                Catalogs.builtIn().requireProfile(Catalogs.CISO_HEALTHCARE), data.candidates(), SampleData.REVIEW_DATE);

        assertThat(ranking).extracting(fit -> fit.candidate().value())
                .containsExactly("kandidaat-01", "kandidaat-02", "kandidaat-03");
    }
}
