package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.NOT_KEBAB;
import static nl.competentiekompas.core.catalog.TestValues.SOURCES;
import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static nl.competentiekompas.core.catalog.TestValues.option;
import static nl.competentiekompas.core.catalog.TestValues.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RequirementTests {

    private static final RequirementId ID = RequirementId.of("certification");

    private static Requirement requirement(RequirementKind kind, List<RequirementOption> options,
            OptionalInt years) {
        return new Requirement(ID, kind, Necessity.REQUIRED, text("req"), options, years, SOURCES);
    }

    @Test
    void offersAlternativesWithOnePreferred() {
        Requirement certification = requirement(RequirementKind.CERTIFICATION,
                List.of(option("cism", true), option("cissp", false)), OptionalInt.empty());
        assertThat(certification.hasAlternatives()).isTrue();
        assertThat(certification.preferredOption()).map(RequirementOption::code).contains("cism");
        assertThat(certification.options()).extracting(RequirementOption::code).containsExactly("cism", "cissp");

        Requirement single = requirement(RequirementKind.KNOWLEDGE, List.of(option("bio", false)),
                OptionalInt.empty());
        assertThat(single.hasAlternatives()).isFalse();
        assertThat(single.preferredOption()).isEmpty();
    }

    @Test
    void experienceMayCarryYears() {
        Requirement experience = requirement(RequirementKind.EXPERIENCE, List.of(option("practice", false)),
                OptionalInt.of(5));
        assertThat(experience.minimumYears()).hasValue(5);
        assertThat(requirement(RequirementKind.EXPERIENCE, List.of(option("p", false)), OptionalInt.of(1))
                .minimumYears()).hasValue(1);
        assertThat(requirement(RequirementKind.EXPERIENCE, List.of(option("p", false)), OptionalInt.of(60))
                .minimumYears()).hasValue(60);
    }

    @Test
    void rejectsBadOptions() {
        assertInvalid(() -> requirement(RequirementKind.CERTIFICATION, List.of(), OptionalInt.empty()),
                "Requirement", "options", "must not be empty");
        assertInvalid(() -> requirement(RequirementKind.CERTIFICATION,
                List.of(option("cism", true), option("cism", false)), OptionalInt.empty()),
                "Requirement", "options", "duplicate id 'cism'");
        assertInvalid(() -> requirement(RequirementKind.CERTIFICATION,
                List.of(option("cism", true), option("cissp", true)), OptionalInt.empty()),
                "Requirement", "options", "at most one option may be preferred");
        assertInvalid(() -> requirement(RequirementKind.CERTIFICATION,
                Arrays.asList(option("cism", true), null), OptionalInt.empty()),
                "Requirement", "options", "element 1 must not be null");
    }

    @Test
    void rejectsYearsOutsideExperience() {
        for (RequirementKind kind : List.of(RequirementKind.EDUCATION, RequirementKind.CERTIFICATION,
                RequirementKind.KNOWLEDGE)) {
            assertInvalid(() -> requirement(kind, List.of(option("x", false)), OptionalInt.of(5)), "Requirement",
                    "minimumYears", "may only be given for experience requirements");
        }
        assertInvalid(() -> requirement(RequirementKind.EXPERIENCE, List.of(option("x", false)), OptionalInt.of(0)),
                "Requirement", "minimumYears", "must be between 1 and 60, got 0");
        assertInvalid(() -> requirement(RequirementKind.EXPERIENCE, List.of(option("x", false)), OptionalInt.of(61)),
                "Requirement", "minimumYears", "must be between 1 and 60, got 61");
    }

    @Test
    void rejectsMissingParts() {
        List<RequirementOption> options = List.of(option("x", false));
        assertInvalid(() -> new Requirement(ID, RequirementKind.KNOWLEDGE, Necessity.REQUIRED, text("r"), options,
                OptionalInt.empty(), List.of()), "Requirement", "sources", "must not be empty");
        assertNullRejected(() -> new Requirement(null, RequirementKind.KNOWLEDGE, Necessity.REQUIRED, text("r"),
                options, OptionalInt.empty(), SOURCES), "Requirement.id");
        assertNullRejected(() -> new Requirement(ID, null, Necessity.REQUIRED, text("r"), options,
                OptionalInt.empty(), SOURCES), "Requirement.kind");
        assertNullRejected(() -> new Requirement(ID, RequirementKind.KNOWLEDGE, null, text("r"), options,
                OptionalInt.empty(), SOURCES), "Requirement.necessity");
        assertNullRejected(() -> new Requirement(ID, RequirementKind.KNOWLEDGE, Necessity.REQUIRED, null, options,
                OptionalInt.empty(), SOURCES), "Requirement.text");
        assertNullRejected(() -> new Requirement(ID, RequirementKind.KNOWLEDGE, Necessity.REQUIRED, text("r"), null,
                OptionalInt.empty(), SOURCES), "Requirement.options");
        assertNullRejected(() -> new Requirement(ID, RequirementKind.KNOWLEDGE, Necessity.REQUIRED, text("r"),
                options, null, SOURCES), "Requirement.minimumYears");
        assertNullRejected(() -> new Requirement(ID, RequirementKind.KNOWLEDGE, Necessity.REQUIRED, text("r"),
                options, OptionalInt.empty(), null), "Requirement.sources");
    }

    @Test
    void copiesItsLists() {
        List<RequirementOption> options = new java.util.ArrayList<>(List.of(option("x", false)));
        Requirement requirement = requirement(RequirementKind.KNOWLEDGE, options, OptionalInt.empty());
        options.add(option("y", false));
        assertThat(requirement.options()).hasSize(1);
    }

    @Test
    void optionChecksItsCode() {
        assertInvalid(() -> new RequirementOption("CISM", text("CISM"), true), "RequirementOption", "code",
                NOT_KEBAB + "'CISM'");
        assertNullRejected(() -> new RequirementOption(null, text("x"), false), "RequirementOption.code");
        assertNullRejected(() -> new RequirementOption("x", null, false), "RequirementOption.label");
    }

    @Test
    void equalByValue() {
        assertValueSemantics(option("cism", true), new RequirementOption("cism", text("cism"), true),
                option("cism", false), option("cissp", true));
        Requirement requirement = requirement(RequirementKind.EXPERIENCE, List.of(option("x", false)),
                OptionalInt.of(5));
        assertValueSemantics(requirement,
                requirement(RequirementKind.EXPERIENCE, List.of(option("x", false)), OptionalInt.of(5)),
                requirement(RequirementKind.EXPERIENCE, List.of(option("x", false)), OptionalInt.of(4)),
                requirement(RequirementKind.EXPERIENCE, List.of(option("x", false)), OptionalInt.empty()),
                requirement(RequirementKind.EXPERIENCE, List.of(option("y", false)), OptionalInt.of(5)),
                new Requirement(ID, RequirementKind.EXPERIENCE, Necessity.PREFERRED, text("req"),
                        List.of(option("x", false)), OptionalInt.of(5), SOURCES));
    }
}
