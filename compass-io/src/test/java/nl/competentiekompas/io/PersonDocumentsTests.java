package nl.competentiekompas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.Certification;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GoalFocus;
import nl.competentiekompas.core.assessment.GoalStatus;
import nl.competentiekompas.core.assessment.PersonalData;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.organisation.PersonId;
import org.junit.jupiter.api.Test;

class PersonDocumentsTests {

    static final PersonId P1 = PersonId.of("p-1");
    static final PersonId P2 = PersonId.of("p-2");

    static String json(Consumer<java.io.OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static ByteArrayInputStream in(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static DevelopmentPlan plan(int goals) {
        List<DevelopmentPlan.Goal> list = new java.util.ArrayList<>();
        for (int i = 0; i < goals; i++) {
            list.add(new DevelopmentPlan.Goal(i % 2 == 0 ? new GoalFocus.OnCompetency(CompetencyId.of("risk-management"))
                    : new GoalFocus.OnDomain(TaskDomain.REPORTING), "=doel " + i + "; \"quoted\"\n",
                    LocalDate.of(2026, 12, 1 + i), GoalStatus.values()[i % 3]));
        }
        return new DevelopmentPlan(P1, RoleId.of("profile-0"), LocalDate.of(2026, 3, 1), list);
    }

    static Candidate candidate(PersonId id) {
        return Candidate.of(id).withEducation(List.of("hbo", "wo"))
                .withCertifications(List.of(new Certification("cism", LocalDate.of(2020, 1, 1),
                        Optional.of(LocalDate.of(2026, 1, 1))), new Certification("cissp", LocalDate.of(2021, 5, 5),
                                Optional.empty())))
                .withKnowledge(List.of("nen-7510")).withExperienceYears(Map.of("practice", 6, "projects", 2));
    }

    @Test
    void developmentPlansRoundTripCanonicallyAndMatchTheSchema() {
        for (int goals = 0; goals <= 5; goals++) {
            DevelopmentPlan plan = plan(goals);
            String json = json(out -> CompassJson.writeDevelopmentPlan(plan, out));
            DevelopmentPlan back = CompassJson.readDevelopmentPlan(in(json), "plan.json");
            assertThat(back).isEqualTo(plan).hasSameHashCodeAs(plan);
            assertThat(json(out -> CompassJson.writeDevelopmentPlan(back, out))).isEqualTo(json);
            assertThat(AssessmentJsonProperties.schema(CompassJson.DEVELOPMENT_PLAN).validate(json, InputFormat.JSON))
                    .isEmpty();
        }
    }

    @Test
    void aSixthGoalIsLocatedAtIt() {
        String five = json(out -> CompassJson.writeDevelopmentPlan(plan(5), out));
        int last = five.lastIndexOf("    {");
        String six = five.substring(0, last) + five.substring(last, five.lastIndexOf("  ]")).replace("\n    }\n",
                "\n    },\n") + five.substring(last, five.lastIndexOf("  ]")) + "  ]\n}\n";
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> CompassJson.readDevelopmentPlan(in(six), "plan.json"));
        assertThat(e.problems()).extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("json-too-many-goals /goals/5");
        assertThat(AssessmentJsonProperties.schema(CompassJson.DEVELOPMENT_PLAN).validate(six, InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void candidatesRoundTripAndMatchTheSchema() {
        List<Candidate> candidates = List.of(candidate(P1), Candidate.of(P2));
        String json = json(out -> CompassJson.writeCandidates(candidates, out));
        assertThat(CompassJson.readCandidates(in(json), "c.json")).isEqualTo(candidates);
        assertThat(AssessmentJsonProperties.schema(CompassJson.CANDIDATES).validate(json, InputFormat.JSON)).isEmpty();
        String twice = json.replace("\"code\": \"projects\"", "\"code\": \"practice\"");
        assertThat(catchThrowableOfType(CompassImportException.class, () -> CompassJson.readCandidates(in(twice),
                "c.json")).problems()).extracting(Problem::code).containsExactly("value-invalid");
    }

    @Test
    void subjectAccessExportsRoundTripAndMatchTheSchema() {
        RoleProfile profile = AssessmentJsonProperties.CATALOG.profiles().get(0);
        Assessment self = Assessment.builder(profile, P1, P1, Perspective.SELF, LocalDate.of(2026, 3, 1))
                .score(CompetencyId.of("risk-management"), 3).build();
        Assessment given = Assessment.builder(profile, P2, P1, Perspective.PEER, LocalDate.of(2026, 3, 2)).build();
        PersonalData data = PersonalData.of(List.of(self, given), List.of(plan(2)), List.of(candidate(P1)));
        PersonalData.SubjectAccess access = data.about(P1);
        String json = json(out -> CompassJson.writeSubjectAccess(access, out));
        assertThat(CompassJson.readSubjectAccess(in(json), "sar.json", AssessmentJsonProperties.CATALOG))
                .isEqualTo(access);
        assertThat(AssessmentJsonProperties.schema(CompassJson.SUBJECT_ACCESS).validate(json, InputFormat.JSON))
                .isEmpty();
        assertThat(Set.of(CompassJson.CATALOG, CompassJson.ASSESSMENT, CompassJson.ASSESSMENTS,
                CompassJson.DEVELOPMENT_PLAN, CompassJson.CANDIDATES, CompassJson.SUBJECT_ACCESS))
                .allSatisfy(f -> assertThat(CompassJson.schema(f)).isPresent());
        assertThat(CompassJson.schema("competentiekompas/nothing")).isEmpty();
    }
}
