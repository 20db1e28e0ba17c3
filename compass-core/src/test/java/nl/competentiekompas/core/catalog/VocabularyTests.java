package nl.competentiekompas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.competentiekompas.core.internal.Checks;
import org.junit.jupiter.api.Test;

/** The fixed vocabularies: stable kebab ids, found again by id, labelled in both languages. */
class VocabularyTests {

    private record Vocabulary(List<? extends Labelled> values, Function<String, Optional<? extends Labelled>> fromId) {
    }

    private static final List<Vocabulary> ALL = List.of(
            new Vocabulary(List.of(Level.values()), Level::fromId),
            new Vocabulary(List.of(TaskDomain.values()), TaskDomain::fromId),
            new Vocabulary(List.of(Topic.values()), Topic::fromId),
            new Vocabulary(List.of(ScopeKind.values()), ScopeKind::fromId),
            new Vocabulary(List.of(Sector.values()), Sector::fromId),
            new Vocabulary(List.of(RoleKind.values()), RoleKind::fromId),
            new Vocabulary(List.of(Necessity.values()), Necessity::fromId),
            new Vocabulary(List.of(RequirementKind.values()), RequirementKind::fromId),
            new Vocabulary(List.of(Perspective.values()), Perspective::fromId),
            new Vocabulary(List.of(GoverningBody.values()), GoverningBody::fromId),
            new Vocabulary(List.of(Norm.values()), Norm::fromId));

    @Test
    void idsAreKebabUniqueAndFoundAgain() {
        for (Vocabulary vocabulary : ALL) {
            Set<String> ids = new HashSet<>();
            for (Labelled value : vocabulary.values()) {
                assertThat(Checks.isKebab(value.id())).as(value.id()).isTrue();
                assertThat(ids.add(value.id())).as(value.id()).isTrue();
                assertThat(vocabulary.fromId().apply(value.id()).map(Labelled.class::cast)).contains(value);
                assertThat(value.label().find(Language.NL)).hasValueSatisfying(t -> assertThat(t).isNotBlank());
                assertThat(value.label().find(Language.EN)).hasValueSatisfying(t -> assertThat(t).isNotBlank());
            }
            assertThat(vocabulary.fromId().apply("no-such-id")).isEmpty();
            assertThat(vocabulary.fromId().apply(vocabulary.values().get(0).id().toUpperCase(java.util.Locale.ROOT)))
                    .isEmpty();
        }
    }

    @Test
    void theDomainsGlossaryIdsAreKept() {
        assertThat(Arrays.stream(TaskDomain.values()).map(TaskDomain::id)).containsExactly("policy-and-planning",
                "coordinating", "executing", "supporting", "advising", "reporting");
        assertThat(Arrays.stream(Topic.values()).map(Topic::id)).containsExactly("policy", "planning", "isms",
                "risk-analysis", "incident", "compliance-audit", "awareness", "advice", "reporting", "coordination",
                "external-liaison", "budget", "projects", "knowledge");
        assertThat(Arrays.stream(Level.values()).map(Level::id)).containsExactly("strategic", "tactical",
                "operational");
        assertThat(GoverningBody.BOARD_OF_DIRECTORS.id()).isEqualTo("board");
        assertThat(RoleKind.DECENTRAL_ISO.id()).isEqualTo("diso");
        assertThat(Necessity.PREFERRED.label().in(Language.NL)).isEqualTo("pré");
    }
}
