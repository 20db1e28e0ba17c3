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
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.Certification;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GoalFocus;
import nl.competentiekompas.core.assessment.GoalStatus;
import nl.competentiekompas.core.assessment.PersonalData;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
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

    static final Catalog BUILT_IN = Catalogs.builtIn();

    /**
     * Personal data with every part: two organisations (one with its proposed allocation and risk acceptances,
     * one that only lists p-1), assessments against the built-in catalog, a plan and a candidate record.
     */
    static PersonalData withOrganisations() {
        Organisation municipality = OrganisationDocumentsTests.municipality();
        List<RiskAcceptance> acceptances = List.of(
                new RiskAcceptance("ciso-independent", "appointment a-ciso p-1", "Tijdelijk; besluit \"GS\"",
                        GoverningBody.MUNICIPAL_SECRETARY, LocalDate.of(2027, 1, 1)),
                new RiskAcceptance("process-owner", "process jeugdzorg", "Eigenaar p-3 tot de herindeling",
                        GoverningBody.PORTFOLIO_HOLDER, LocalDate.of(2027, 6, 30)),
                new RiskAcceptance("iso-coverage", "unit ict", "Niemand genoemd", GoverningBody.MUNICIPAL_SECRETARY,
                        LocalDate.of(2026, 12, 31)));
        Organisation other = Organisation.builder(OrganisationId.of("zorg-test"), Sector.HEALTHCARE).person(P1).build();
        RoleProfile profile = BUILT_IN.profiles().get(0);
        Assessment self = Assessment.builder(profile, P1, P1, Perspective.SELF, LocalDate.of(2026, 3, 1))
                .score(profile.competencyTargets().get(0).competency(), 3).build();
        Assessment given = Assessment.builder(profile, P2, P1, Perspective.PEER, LocalDate.of(2026, 3, 2)).build();
        return PersonalData.of(List.of(new PersonalData.OrganisationData(municipality,
                Allocator.propose(municipality, BUILT_IN), acceptances), PersonalData.OrganisationData.of(other)),
                List.of(self, given), List.of(plan(2)), List.of(candidate(P1)));
    }

    static String subjectAccess(PersonalData.SubjectAccess access) {
        return json(out -> CompassJson.writeSubjectAccess(access, out));
    }

    @Test
    void organisationPartsRoundTripCanonicallyAndMatchTheSchema() {
        PersonalData data = withOrganisations();
        List<PersonalData.OrganisationAccess> parts = new java.util.ArrayList<>();
        for (PersonId person : data.persons()) {
            PersonalData.SubjectAccess access = data.about(person);
            String json = subjectAccess(access);
            PersonalData.SubjectAccess back = CompassJson.readSubjectAccess(in(json), "sar.json", BUILT_IN);
            assertThat(back).isEqualTo(access).hasSameHashCodeAs(access);
            assertThat(subjectAccess(back)).isEqualTo(json).isEqualTo(subjectAccess(access));
            assertThat(AssessmentJsonProperties.schema(CompassJson.SUBJECT_ACCESS).validate(json, InputFormat.JSON))
                    .isEmpty();
            parts.addAll(back.organisations());
        }
        // every shape was exercised, so the round trips above prove something about each
        assertThat(parts).anySatisfy(o -> assertThat(o.appointments()).isNotEmpty())
                .anySatisfy(o -> assertThat(o.lines()).isNotEmpty())
                .anySatisfy(o -> assertThat(o.processes()).isNotEmpty())
                .anySatisfy(o -> assertThat(o.assignments()).isNotEmpty())
                .anySatisfy(o -> assertThat(o.acceptances()).isNotEmpty());
        PersonalData.SubjectAccess p1 = data.about(P1);
        assertThat(p1.organisations()).extracting(o -> o.organisation().value())
                .containsExactly("gemeente-test", "zorg-test");
        String json = subjectAccess(p1);
        assertThat(json).contains("\"organisation\": \"gemeente-test\"", "\"id\": \"a-ciso\"",
                "\"toAppointment\": \"a-ciso\"", "\"ruleId\": \"ciso-independent\"")
                .doesNotContain("\"ruleId\": \"iso-coverage\"", "\"ruleId\": \"process-owner\"");
        assertThat(json.indexOf("\"candidateRecords\"")).isLessThan(json.indexOf("\"organisations\""));
    }

    @Test
    void exportsWrittenBeforeOrganisationsStillRead() {
        PersonalData data = withOrganisations();
        PersonalData.SubjectAccess access = data.about(P2);
        PersonalData.SubjectAccess assessmentSide = new PersonalData.SubjectAccess(P2, access.received(),
                access.given(), access.plans(), access.candidateRecords());
        String json = subjectAccess(assessmentSide);
        String old = json.replace(",\n  \"organisations\": []", "");
        assertThat(old).isNotEqualTo(json).doesNotContain("organisations");
        assertThat(CompassJson.readSubjectAccess(in(old), "old.json", BUILT_IN)).isEqualTo(assessmentSide);
        assertThat(AssessmentJsonProperties.schema(CompassJson.SUBJECT_ACCESS).validate(old, InputFormat.JSON))
                .isEmpty();
        String nulled = json.replace("\"organisations\": []", "\"organisations\": null");
        assertThat(catchThrowableOfType(CompassImportException.class, () -> CompassJson.readSubjectAccess(
                in(nulled), "sar.json", BUILT_IN)).problems()).extracting(Problem::code)
                .containsExactly("json-missing-property");
    }

    @Test
    void brokenOrganisationPartsAreLocatedWithoutTheirValues() {
        String json = subjectAccess(withOrganisations().about(P1));
        String broken = json.replace("\"role\": \"ciso-municipality\"", "\"role\": \"chief-hacker\"")
                .replaceFirst("\"raci\": \"[RACI]+\"", "\"raci\": \"XQ\"")
                .replace("\"acceptedBy\": \"municipal-secretary\"", "\"acceptedBy\": \"the-mayor\"")
                .replace("\"organisation\": \"zorg-test\"", "\"organisation\": \"Zorg Test\"");
        assertThat(broken).contains("chief-hacker", "XQ", "the-mayor", "Zorg Test");
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> CompassJson.readSubjectAccess(in(broken), "sar.json", BUILT_IN));
        assertThat(e.problems()).extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("ref-unknown /organisations/0/appointments/0/role",
                        "json-type /organisations/0/assignments/0/raci",
                        "json-type /organisations/0/acceptances/0/acceptedBy",
                        "json-type /organisations/1/organisation");
        for (nl.competentiekompas.core.catalog.Language language : nl.competentiekompas.core.catalog.Language
                .values()) {
            assertThat(e.describe(language)).doesNotContain("chief-hacker", "XQ", "the-mayor", "Zorg Test");
        }
        assertThat(AssessmentJsonProperties.schema(CompassJson.SUBJECT_ACCESS).validate(broken, InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void anOrganisationPartAboutSomeoneElseIsLocatedAtThePart() {
        String json = subjectAccess(withOrganisations().about(P1));
        String other = json.replace("\"person\": \"p-1\",\n          \"role\"",
                "\"person\": \"p-2\",\n          \"role\"");
        assertThat(other).isNotEqualTo(json);
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> CompassJson.readSubjectAccess(in(other), "sar.json", BUILT_IN));
        assertThat(e.problems()).extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("value-invalid /organisations/0");
        String unknownKey = json.replace("\"organisation\": \"zorg-test\"",
                "\"organisation\": \"zorg-test\", \"unit\": \"x\"");
        assertThat(catchThrowableOfType(CompassImportException.class, () -> CompassJson.readSubjectAccess(
                in(unknownKey), "sar.json", BUILT_IN)).problems())
                .extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("json-unknown-property /organisations/1");
    }
}
