package nl.competentiekompas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small valid values of the catalog types and the assertions the value-type tests share. */
final class TestValues {

    static final SourceDocument DOCUMENT = new SourceDocument("doc-a", LocalizedText.of("Titel", "Title"),
            "Uitgever", 2025);
    static final SourceRef SOURCE = SourceRef.source(DOCUMENT, "Sectie");
    static final SourceRef EDITORIAL = SourceRef.editorial(LocalizedText.of("Onze keuze", "Our choice"));
    static final List<SourceRef> SOURCES = List.of(SOURCE);

    /** The message every id type gives for a value that is not lower-kebab. */
    static final String NOT_KEBAB = "must be a lower-kebab id of at most 128 characters (a-z, 0-9, words joined by"
            + " single hyphens), got ";

    private TestValues() {
    }

    static LocalizedText text(String stem) {
        return LocalizedText.of(stem + " (nl)", stem + " (en)");
    }

    static Responsibility responsibility(String id) {
        return new Responsibility(ResponsibilityId.of(id), TaskDomain.EXECUTING, Level.TACTICAL, Topic.POLICY,
                ScopeKind.ORGANISATION, Fte.ofThousandths(50), text(id), Set.of(Norm.BIO), SOURCES);
    }

    static Map<Perspective, LocalizedText> wordings() {
        Map<Perspective, LocalizedText> wordings = new EnumMap<>(Perspective.class);
        for (Perspective perspective : Perspective.values()) {
            wordings.put(perspective, text("question for " + perspective.id()));
        }
        return wordings;
    }

    static ReflectionQuestion question(String id, TaskDomain theme) {
        return new ReflectionQuestion(QuestionId.of(id), theme, wordings(), SOURCES);
    }

    static Competency competency(String id) {
        return new Competency(CompetencyId.of(id), text(id), text(id + " description"), SOURCES);
    }

    static CompetencyTarget target(String competency, int level) {
        return new CompetencyTarget(CompetencyId.of(competency), level, false, List.of(EDITORIAL));
    }

    static RequirementOption option(String code, boolean preferred) {
        return new RequirementOption(code, text(code), preferred);
    }

    static Requirement requirement(String id) {
        return new Requirement(RequirementId.of(id), RequirementKind.KNOWLEDGE, Necessity.REQUIRED, text(id),
                List.of(option("bio", false)), OptionalInt.empty(), SOURCES);
    }

    /** A builder for a valid profile with one responsibility, one target and one question. */
    static RoleProfile.Builder profile(String id) {
        return RoleProfile.builder(RoleId.of(id)).kind(RoleKind.ISO).name(text(id)).summary(text(id + " summary"))
                .sectors(Sector.MUNICIPALITY)
                .responsibility(responsibility(id + "-task"))
                .competencyTarget(target("risk-management", 3))
                .reflectionQuestion(question("q-" + id, TaskDomain.REPORTING))
                .source(SOURCE);
    }

    static void assertInvalid(ThrowingCallable call, String type, String property, String expectation) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.type()).isEqualTo(type);
                    assertThat(e.property()).isEqualTo(property);
                })
                .hasMessage(type + "." + property + ": " + expectation);
    }

    static void assertNullRejected(ThrowingCallable call, String message) {
        assertThatNullPointerException().isThrownBy(call).withMessage(message);
    }

    /** Equal values are equal both ways with equal hash codes; the others differ. */
    @SafeVarargs
    static <T> void assertValueSemantics(T value, T equal, T... different) {
        assertThat(value).isEqualTo(value).isEqualTo(equal).hasSameHashCodeAs(equal).isNotEqualTo(new Object());
        assertThat(value.equals(null)).isFalse();
        assertThat(equal).isEqualTo(value);
        for (T other : different) {
            assertThat(value).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(value);
        }
    }
}
