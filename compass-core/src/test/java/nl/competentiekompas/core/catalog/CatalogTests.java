package nl.competentiekompas.core.catalog;

import static nl.competentiekompas.core.catalog.TestValues.DOCUMENT;
import static nl.competentiekompas.core.catalog.TestValues.EDITORIAL;
import static nl.competentiekompas.core.catalog.TestValues.NOT_KEBAB;
import static nl.competentiekompas.core.catalog.TestValues.assertInvalid;
import static nl.competentiekompas.core.catalog.TestValues.assertNullRejected;
import static nl.competentiekompas.core.catalog.TestValues.assertValueSemantics;
import static nl.competentiekompas.core.catalog.TestValues.competency;
import static nl.competentiekompas.core.catalog.TestValues.profile;
import static nl.competentiekompas.core.catalog.TestValues.question;
import static nl.competentiekompas.core.catalog.TestValues.responsibility;
import static nl.competentiekompas.core.catalog.TestValues.target;
import static nl.competentiekompas.core.catalog.TestValues.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.competentiekompas.core.UnknownIdException;
import org.junit.jupiter.api.Test;

/** A small catalog built by hand: invariants, lookups, equality. */
class CatalogTests {

    private static final SourceDocument OTHER_DOCUMENT = new SourceDocument("doc-b", text("b"), "P", 2023);

    private static Catalog.Builder catalog() {
        return Catalog.builder("test").version("1").name(text("test")).document(DOCUMENT)
                .attribution(new Attribution(DOCUMENT, text("credit")))
                .competency(competency("risk-management"))
                .competency(competency("motivating"))
                .otherRole(new Role(RoleId.of("it-manager"), text("IT"), List.of(EDITORIAL)));
    }

    private static Catalog sample() {
        return catalog()
                .profile(profile("ciso").kind(RoleKind.CISO).competencyTarget(target("motivating", 4)).build())
                .profile(profile("iso").placement(new Placement(Set.of(), List.of(RoleId.of("ciso")), false, false,
                        text("line"), List.of(EDITORIAL))).build())
                .build();
    }

    @Test
    void holdsItsParts() {
        Catalog catalog = sample();
        assertThat(catalog.id()).isEqualTo("test");
        assertThat(catalog.version()).isEqualTo("1");
        assertThat(catalog.documents()).containsExactly(DOCUMENT);
        assertThat(catalog.attributions()).extracting(Attribution::document).containsExactly(DOCUMENT);
        assertThat(catalog.profiles()).extracting(p -> p.id().value()).containsExactly("ciso", "iso");
        assertThat(catalog.responsibilities()).extracting(r -> r.id().value()).containsExactly("ciso-task", "iso-task");
        assertThat(catalog).hasToString("Catalog[test 1, 2 profiles]");
    }

    @Test
    void looksUpByIdAndKind() {
        Catalog catalog = sample();
        RoleId ciso = RoleId.of("ciso");
        assertThat(catalog.profile(ciso)).map(RoleProfile::kind).contains(RoleKind.CISO);
        assertThat(catalog.profile(RoleId.of("nobody"))).isEmpty();
        assertThat(catalog.requireProfile(RoleId.of("iso")).id().value()).isEqualTo("iso");
        assertThatThrownBy(() -> catalog.requireProfile(RoleId.of("nobody")))
                .isInstanceOfSatisfying(UnknownIdException.class, e -> {
                    assertThat(e.kind()).isEqualTo("profile");
                    assertThat(e.id()).isEqualTo("nobody");
                })
                .hasMessage("unknown profile id 'nobody'");
        assertThat(catalog.isKnownRole(RoleId.of("it-manager"))).isTrue();
        assertThat(catalog.isKnownRole(ciso)).isTrue();
        assertThat(catalog.isKnownRole(RoleId.of("privacy-officer"))).isFalse();
        assertThat(catalog.roleName(RoleId.of("it-manager"))).isEqualTo(text("IT"));
        assertThat(catalog.roleName(ciso)).isEqualTo(text("ciso"));
        assertThatThrownBy(() -> catalog.roleName(RoleId.of("nobody"))).isInstanceOf(UnknownIdException.class)
                .hasMessage("unknown role id 'nobody'");
        assertThat(catalog.competency(CompetencyId.of("motivating"))).isPresent();
        assertThat(catalog.competency(CompetencyId.of("social-skills"))).isEmpty();
        assertThat(catalog.competenciesOf(ciso)).extracting(c -> c.id().value())
                .containsExactly("risk-management", "motivating");
        assertThat(catalog.responsibility(ResponsibilityId.of("iso-task"))).isPresent();
        assertThat(catalog.responsibility(ResponsibilityId.of("none"))).isEmpty();
        assertThat(catalog.profileOf(ResponsibilityId.of("iso-task"))).map(p -> p.id().value()).contains("iso");
        assertThat(catalog.profileOf(ResponsibilityId.of("none"))).isEmpty();
        assertThat(catalog.responsibilities(TaskDomain.EXECUTING)).hasSize(2)
                .isEqualTo(catalog.responsibilities().stream().filter(r -> r.domain() == TaskDomain.EXECUTING).toList());
        assertThat(catalog.responsibilities(TaskDomain.ADVISING)).isEmpty();
        assertThat(catalog.responsibilities(Level.TACTICAL)).hasSize(2);
        assertThat(catalog.responsibilities(Level.STRATEGIC)).isEmpty();
        assertThat(catalog.questions(ciso, TaskDomain.REPORTING, Perspective.HR))
                .containsExactly(text("question for hr"));
        assertThat(catalog.questions(ciso, TaskDomain.ADVISING, Perspective.HR)).isEmpty();
        assertThatThrownBy(() -> catalog.questions(RoleId.of("nobody"), TaskDomain.REPORTING, Perspective.SELF))
                .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void rejectsBadHeaders() {
        assertInvalid(() -> Catalog.builder("Test").version("1").name(text("t")).build(), "Catalog", "id",
                NOT_KEBAB + "'Test'");
        assertInvalid(() -> Catalog.builder("test").version(" ").name(text("t")).build(), "Catalog", "version",
                "must not be blank");
        assertNullRejected(() -> Catalog.builder("test").name(text("t")).build(), "Catalog.version");
        assertNullRejected(() -> Catalog.builder("test").version("1").build(), "Catalog.name");
        assertNullRejected(() -> Catalog.builder(null), "id");
        assertNullRejected(() -> catalog().profile(null), "profile");
    }

    @Test
    void rejectsDuplicates() {
        assertInvalid(() -> catalog().document(DOCUMENT).build(), "Catalog", "documents", "duplicate id 'doc-a'");
        assertInvalid(() -> catalog().competency(competency("motivating")).build(), "Catalog", "competencies",
                "duplicate id 'motivating'");
        assertInvalid(() -> catalog().profile(profile("p").build()).profile(profile("p").build()).build(), "Catalog",
                "profiles", "duplicate id 'p'");
        assertInvalid(() -> catalog().profile(profile("p").build())
                .profile(profile("q").responsibility(responsibility("p-task")).build()).build(), "Catalog", "profiles",
                "responsibility id 'p-task' is used twice");
        assertInvalid(() -> catalog().profile(profile("p").build())
                .profile(profile("q").reflectionQuestion(question("q-p", TaskDomain.ADVISING)).build()).build(),
                "Catalog", "profiles", "reflection question id 'q-p' is used twice");
        assertInvalid(() -> catalog().profile(profile("p").requirement(TestValues.requirement("r")).build())
                .profile(profile("q").requirement(TestValues.requirement("r")).build()).build(), "Catalog", "profiles",
                "requirement id 'r' is used twice");
        assertInvalid(() -> catalog().profile(profile("it-manager").build()).build(), "Catalog", "otherRoles",
                "duplicate role id 'it-manager'");
        assertInvalid(() -> catalog().otherRole(new Role(RoleId.of("it-manager"), text("x"), List.of(EDITORIAL)))
                .build(), "Catalog", "otherRoles", "duplicate role id 'it-manager'");
    }

    @Test
    void rejectsDanglingReferences() {
        assertInvalid(() -> catalog().attribution(new Attribution(OTHER_DOCUMENT, text("c"))).build(), "Catalog",
                "attributions", "credits document 'doc-b', which the catalog does not list");
        assertInvalid(() -> catalog().profile(profile("p").competencyTarget(target("social-skills", 3)).build())
                .build(), "Catalog", "profiles",
                "profile 'p' targets competency 'social-skills', which the catalog does not hold");
        assertInvalid(() -> catalog().profile(profile("p").placement(new Placement(Set.of(), List.of(RoleId.of("x")),
                false, false, text("l"), List.of(EDITORIAL))).build()).build(), "Catalog", "profiles",
                "profile 'p' reports to role 'x', which the catalog does not know");
    }

    @Test
    void equalByValue() {
        assertValueSemantics(sample(), sample(), catalog().build(), catalog().version("2").build(),
                catalog().document(OTHER_DOCUMENT).build(),
                Catalog.builder("other").version("1").name(text("test")).document(DOCUMENT)
                        .attribution(new Attribution(DOCUMENT, text("credit")))
                        .competency(competency("risk-management")).competency(competency("motivating"))
                        .otherRole(new Role(RoleId.of("it-manager"), text("IT"), List.of(EDITORIAL))).build());
    }
}
