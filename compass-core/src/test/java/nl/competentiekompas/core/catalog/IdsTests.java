package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.NOT_KEBAB;
import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTests {

    /** One id type: its simple name and its factory. */
    private record IdType(String name, Function<String, Object> factory) {
    }

    private static final List<IdType> TYPES = List.of(
            new IdType("RoleId", RoleId::of),
            new IdType("CompetencyId", CompetencyId::of),
            new IdType("ResponsibilityId", ResponsibilityId::of),
            new IdType("QuestionId", QuestionId::of),
            new IdType("RequirementId", RequirementId::of));

    @ParameterizedTest
    @ValueSource(strings = {"a", "ciso", "risk-management", "q-reporting-1", "2026", "a1-b2-c3"})
    void acceptsLowerKebab(String value) {
        for (IdType type : TYPES) {
            assertThat(type.factory().apply(value)).hasToString(value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a-", "a--b", "Ciso", "risk management", "risk_management", "één", "a.b"})
    void rejectsOtherStringsNamingTypeAndValue(String value) {
        for (IdType type : TYPES) {
            assertInvalid(() -> type.factory().apply(value), type.name(), "value", NOT_KEBAB + "'" + value + "'");
        }
    }

    @Test
    void rejectsMoreThan128Characters() {
        String longest = "a".repeat(128);
        assertThat(RoleId.of(longest).value()).hasSize(128);
        assertInvalid(() -> RoleId.of(longest + "a"), "RoleId", "value",
                NOT_KEBAB + "'" + "a".repeat(64) + "\u2026'");
    }

    @Test
    void quotesControlCharactersEscaped() {
        assertInvalid(() -> QuestionId.of("a\nb"), "QuestionId", "value", NOT_KEBAB + "'a\\u000ab'");
    }

    @Test
    void rejectsNull() {
        assertNullRejected(() -> RoleId.of(null), "RoleId.value");
        assertNullRejected(() -> CompetencyId.of(null), "CompetencyId.value");
        assertNullRejected(() -> ResponsibilityId.of(null), "ResponsibilityId.value");
        assertNullRejected(() -> QuestionId.of(null), "QuestionId.value");
        assertNullRejected(() -> RequirementId.of(null), "RequirementId.value");
    }

    @Test
    void equalByValue() {
        assertValueSemantics(RoleId.of("iso"), new RoleId("iso"), RoleId.of("diso"));
        assertValueSemantics(CompetencyId.of("motivating"), new CompetencyId("motivating"),
                CompetencyId.of("social-skills"));
        assertValueSemantics(ResponsibilityId.of("hc-budget"), new ResponsibilityId("hc-budget"),
                ResponsibilityId.of("hc-isms"));
        assertValueSemantics(QuestionId.of("q-1"), new QuestionId("q-1"), QuestionId.of("q-2"));
        assertValueSemantics(RequirementId.of("r"), new RequirementId("r"), RequirementId.of("s"));
    }

    @Test
    void ordersByValue() {
        assertThat(List.of(RoleId.of("iso"), RoleId.of("ciso-municipality"), RoleId.of("diso")).stream().sorted())
                .containsExactly(RoleId.of("ciso-municipality"), RoleId.of("diso"), RoleId.of("iso"));
        assertThat(CompetencyId.of("a").compareTo(CompetencyId.of("b"))).isNegative();
        assertThat(ResponsibilityId.of("b").compareTo(ResponsibilityId.of("a"))).isPositive();
        assertThat(QuestionId.of("q-1").compareTo(QuestionId.of("q-1"))).isZero();
        assertThat(RequirementId.of("a").compareTo(RequirementId.of("a-b"))).isNegative();
    }
}
