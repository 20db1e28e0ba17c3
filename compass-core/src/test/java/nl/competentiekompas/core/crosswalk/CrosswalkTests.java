package nl.competentiekompas.core.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.SourceDocument;
import nl.competentiekompas.core.catalog.SourceRef;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CrosswalkTests {

    private static final Catalog CATALOG = Catalogs.builtIn();
    private static final SourceRef OURS = SourceRef.editorial(LocalizedText.of("onze keuze", "our choice"));
    private static final SourceDocument DOCUMENT = new SourceDocument("ext-doc", LocalizedText.english("Ext"),
            "Publisher", 2024);
    private static final ExternalFramework FRAMEWORK = new ExternalFramework("ext", LocalizedText.english("Ext"),
            "1.0", new Attribution(DOCUMENT, LocalizedText.english("credit")), Map.of(ExternalKind.WORK_ROLE,
                    "WR-[0-9]{3}"));
    private static final ItemRef CISO = ItemRef.profile(Catalogs.CISO_HEALTHCARE);
    private static final ExternalItem ROLE = new ExternalItem("ext", ExternalKind.WORK_ROLE, "WR-001",
            LocalizedText.english("Role"));

    private static Link link(ItemRef ours, ExternalItem theirs) {
        return new Link(ours, theirs, Relation.RELATED, OptionalInt.empty(), List.of(OURS));
    }

    @Nested
    class Bundled {

        @Test
        void everyLinkPointsAtAnExistingItemOfOursAndAWellFormedExternalCode() {
            assertThat(Crosswalks.builtIn()).hasSize(2);
            for (Crosswalk crosswalk : Crosswalks.builtIn()) {
                assertThat(crosswalk.links()).isNotEmpty();
                for (Link link : crosswalk.links()) {
                    assertThat(link.ours().existsIn(CATALOG)).as(link.ours().toString()).isTrue();
                    assertThat(crosswalk.framework().isWellFormed(link.theirs().kind(), link.theirs().code()))
                            .as(link.theirs().code()).isTrue();
                    assertThat(link.theirs().framework()).isEqualTo(crosswalk.framework().id());
                    assertThat(link.sources()).anyMatch(s -> s.kind() == SourceRef.Kind.EDITORIAL);
                }
                for (Gap gap : crosswalk.gaps()) {
                    assertThat(gap.ours().existsIn(CATALOG)).as(gap.ours().toString()).isTrue();
                }
            }
        }

        @Test
        void bothLookupsFindEveryLinkAndNothingElse() {
            for (Crosswalk crosswalk : Crosswalks.builtIn()) {
                int viaOurs = 0;
                for (Link link : crosswalk.links()) {
                    assertThat(crosswalk.counterparts(link.ours())).contains(link)
                            .allMatch(l -> l.ours().equals(link.ours()));
                    assertThat(crosswalk.ourItems(link.theirs().code())).contains(link)
                            .allMatch(l -> l.theirs().equals(link.theirs()));
                }
                for (ExternalItem item : crosswalk.externalItems()) {
                    viaOurs += crosswalk.ourItems(item.code()).size();
                }
                assertThat(viaOurs).isEqualTo(crosswalk.links().size());
            }
        }

        @Test
        void everyCrosswalkCreditsItsFrameworkInBothLanguages() {
            for (Crosswalk crosswalk : Crosswalks.builtIn()) {
                LocalizedText credit = crosswalk.framework().attribution().text();
                assertThat(credit.has(Language.NL) && credit.has(Language.EN)).isTrue();
                assertThat(credit.in(Language.NL)).isNotEqualTo(credit.in(Language.EN));
            }
            assertThat(Crosswalks.ecsf().framework().attribution().text().in(Language.EN)).contains("ENISA");
            assertThat(Crosswalks.nice().framework().attribution().text().in(Language.EN))
                    .contains("800-181 Rev. 1");
        }

        @Test
        void bothCisoProfilesMapToTheNiceExecutiveRoleAndTheIsoToSystemsSecurityManagement() {
            assertThat(Crosswalks.nice().ourItems("OG-WRL-007")).extracting(Link::ours)
                    .containsExactly(CISO, ItemRef.profile(Catalogs.CISO_MUNICIPALITY));
            assertThat(Crosswalks.nice().ourItems("OG-WRL-007")).extracting(Link::relation)
                    .containsOnly(Relation.NARROWER);
            assertThat(Crosswalks.nice().counterparts(ItemRef.profile(Catalogs.ISO)))
                    .extracting(l -> l.theirs().code()).containsExactly("OG-WRL-014");
            assertThat(Crosswalks.nice().ourItems("OG-WRL-999")).isEmpty();
        }

        @Test
        void theEcsfCisoLinksCarryTheEcfLevelsOfTheEcsfProfile() {
            Map<String, Integer> levels = new java.util.TreeMap<>();
            for (Link link : Crosswalks.ecsf().counterparts(CISO)) {
                link.level().ifPresent(level -> levels.put(link.theirs().code(), level));
            }
            assertThat(levels).containsExactlyEntriesOf(new java.util.TreeMap<>(
                    Map.of("A.7", 4, "D.1", 5, "E.3", 4, "E.8", 4, "E.9", 5)));
            assertThat(Crosswalks.ecsf().counterparts(CISO)).filteredOn(l -> l.level().isPresent())
                    .allMatch(l -> l.sources().stream().anyMatch(s -> s.kind() == SourceRef.Kind.SOURCE));
            assertThat(Crosswalks.ecsf().counterparts(CISO).get(0).theirs().kind()).isEqualTo(ExternalKind.PROFILE);
        }

        @Test
        void gapsSayWhereTheFrameworkHasNoCounterpart() {
            assertThat(Crosswalks.nice().gap(ItemRef.competency(Catalogs.ADVISORY_SKILLS))).isPresent();
            assertThat(Crosswalks.nice().gap(ItemRef.competency(Catalogs.ORGANISATIONAL_SENSITIVITY))).isPresent();
            assertThat(Crosswalks.ecsf().gap(ItemRef.profile(Catalogs.ISO))).get()
                    .extracting(g -> g.note().in(Language.EN)).asString().contains("alternative title");
            assertThat(Crosswalks.nice().gap(CISO)).isEmpty();
        }

        @Test
        void counterpartsAcrossFrameworksListEcsfFirst() {
            List<Link> all = Crosswalks.counterparts(CISO);
            assertThat(all).hasSize(Crosswalks.ecsf().counterparts(CISO).size()
                    + Crosswalks.nice().counterparts(CISO).size());
            assertThat(all.get(0).theirs().framework()).isEqualTo(Crosswalks.ECSF);
            assertThat(all.get(all.size() - 1).theirs().framework()).isEqualTo(Crosswalks.NICE);
        }

        @Test
        void aProfileSheetGetsTheProfileResponsibilityAndCompetencyLinksInProfileOrder() {
            List<ProfileCrosswalk> sheet = Crosswalks.forProfile(CATALOG.requireProfile(Catalogs.CISO_MUNICIPALITY));
            assertThat(sheet).extracting(p -> p.framework().id()).containsExactly(Crosswalks.ECSF, Crosswalks.NICE);
            ProfileCrosswalk ecsf = sheet.get(0);
            assertThat(ecsf.links().get(0).ours()).isEqualTo(ItemRef.profile(Catalogs.CISO_MUNICIPALITY));
            assertThat(ecsf.links()).extracting(Link::ours)
                    .contains(ItemRef.responsibility(ResponsibilityId.of("mun-security-policy")),
                            ItemRef.competency(Catalogs.RISK_MANAGEMENT))
                    .doesNotContain(ItemRef.responsibility(ResponsibilityId.of("hc-isms")));
            assertThat(ecsf.gaps()).extracting(Gap::ours)
                    .containsExactly(ItemRef.competency(Catalogs.ORGANISATIONAL_SENSITIVITY));
            assertThat(sheet.get(1).gaps()).hasSize(2);
            ProfileCrosswalk processOwner = Crosswalks.forProfile(CATALOG.requireProfile(Catalogs.PROCESS_OWNER))
                    .get(1);
            assertThat(processOwner.links()).isEmpty();
            assertThat(processOwner.isEmpty()).isFalse();
        }
    }

    @Nested
    class Invariants {

        @Test
        void rejectsALinkIntoAnotherFramework() {
            ExternalItem other = new ExternalItem("other", ExternalKind.WORK_ROLE, "WR-001", LocalizedText.english("R"));
            assertInvalid(() -> Crosswalk.of(FRAMEWORK, List.of(link(CISO, other)), List.of()), "Crosswalk", "links",
                    "link from 'profile:ciso-healthcare' points into framework 'other', not 'ext'");
        }

        @Test
        void rejectsAMalformedCodeOrAKindTheFrameworkLacks() {
            ExternalItem bad = new ExternalItem("ext", ExternalKind.WORK_ROLE, "WR-1", LocalizedText.english("R"));
            assertInvalid(() -> Crosswalk.of(FRAMEWORK, List.of(link(CISO, bad)), List.of()), "Crosswalk", "links",
                    "link from 'profile:ciso-healthcare' has code 'WR-1', which is not a well-formed work-role code"
                            + " of 'ext'");
            ExternalItem task = new ExternalItem("ext", ExternalKind.TASK, "WR-001", LocalizedText.english("R"));
            assertThat(FRAMEWORK.isWellFormed(ExternalKind.TASK, "WR-001")).isFalse();
            assertThatThrownBy(() -> Crosswalk.of(FRAMEWORK, List.of(link(CISO, task)), List.of()))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void rejectsTwoTitlesForOneCodeAndARepeatedPair() {
            ExternalItem renamed = new ExternalItem("ext", ExternalKind.WORK_ROLE, "WR-001", LocalizedText.english("X"));
            ItemRef iso = ItemRef.profile(Catalogs.ISO);
            assertInvalid(() -> Crosswalk.of(FRAMEWORK, List.of(link(CISO, ROLE), link(iso, renamed)), List.of()),
                    "Crosswalk", "links", "code 'WR-001' is given two different kinds or titles");
            assertInvalid(() -> Crosswalk.of(FRAMEWORK, List.of(link(CISO, ROLE), link(CISO, ROLE)), List.of()),
                    "Crosswalk", "links", "'profile:ciso-healthcare' is linked to 'WR-001' twice");
        }

        @Test
        void rejectsAGapForALinkedItemAndTwoGapsForOneItem() {
            Gap gap = new Gap(CISO, LocalizedText.english("none"), List.of(OURS));
            assertInvalid(() -> Crosswalk.of(FRAMEWORK, List.of(link(CISO, ROLE)), List.of(gap)), "Crosswalk", "gaps",
                    "'profile:ciso-healthcare' is noted as having no counterpart but is linked");
            assertInvalid(() -> Crosswalk.of(FRAMEWORK, List.of(), List.of(gap, gap)), "Crosswalk", "gaps",
                    "'profile:ciso-healthcare' has two gap notes");
        }

        @Test
        void valueTypesRejectBadParts() {
            assertInvalid(() -> new Link(CISO, ROLE, Relation.RELATED, OptionalInt.of(0), List.of(OURS)), "Link",
                    "level", "must be between 1 and 9, got 0");
            assertInvalid(() -> new Link(CISO, ROLE, Relation.RELATED, OptionalInt.empty(), List.of()), "Link",
                    "sources", "must not be empty");
            assertInvalid(() -> new Gap(CISO, LocalizedText.english("n"), List.of()), "Gap", "sources",
                    "must not be empty");
            assertInvalid(() -> new ExternalItem("ext", ExternalKind.TASK, "T 1", LocalizedText.english("t")),
                    "ExternalItem", "code", "must be 1 to 64 characters without white space");
            assertInvalid(() -> new ExternalItem("ext", ExternalKind.TASK, "", LocalizedText.english("t")),
                    "ExternalItem", "code", "must be 1 to 64 characters without white space");
            assertInvalid(() -> new ExternalItem("Ext", ExternalKind.TASK, "T1", LocalizedText.english("t")),
                    "ExternalItem", "framework", "must be a lower-kebab id of at most 128 characters (a-z, 0-9,"
                            + " words joined by single hyphens), got 'Ext'");
            assertInvalid(() -> new ExternalFramework("ext", LocalizedText.english("x"), "1",
                    FRAMEWORK.attribution(), Map.of()), "ExternalFramework", "codePatterns", "must not be empty");
            assertInvalid(() -> new ExternalFramework("ext", LocalizedText.english("x"), "1",
                    FRAMEWORK.attribution(), Map.of(ExternalKind.TASK, "[")), "ExternalFramework", "codePatterns",
                    "the pattern for task is not a valid regular expression");
            assertInvalid(() -> new ExternalFramework("ext", LocalizedText.english("x"), " ",
                    FRAMEWORK.attribution(), Map.of(ExternalKind.TASK, "T")), "ExternalFramework", "version",
                    "must not be blank");
            assertInvalid(() -> new ItemRef(ItemRef.Kind.PROFILE, "Not Kebab"), "ItemRef", "id",
                    "must be a lower-kebab id of at most 128 characters (a-z, 0-9, words joined by single hyphens),"
                            + " got 'Not Kebab'");
        }

        @Test
        void valueTypesRejectNulls() {
            assertThatNullPointerException().isThrownBy(() -> new ItemRef(null, "x")).withMessage("ItemRef.kind");
            assertThatNullPointerException().isThrownBy(() -> new Link(null, ROLE, Relation.RELATED,
                    OptionalInt.empty(), List.of(OURS))).withMessage("Link.ours");
            assertThatNullPointerException().isThrownBy(() -> new Link(CISO, ROLE, null, OptionalInt.empty(),
                    List.of(OURS))).withMessage("Link.relation");
            assertThatNullPointerException().isThrownBy(() -> new Gap(CISO, null, List.of(OURS)))
                    .withMessage("Gap.note");
            assertThatNullPointerException().isThrownBy(() -> new ExternalItem("ext", null, "T", ROLE.title()))
                    .withMessage("ExternalItem.kind");
            assertThatNullPointerException().isThrownBy(() -> Crosswalk.of(null, List.of(), List.of()))
                    .withMessage("Crosswalk.framework");
            assertThatNullPointerException().isThrownBy(() -> Crosswalks.counterparts(null)).withMessage("ours");
        }
    }

    @Nested
    class Values {

        @Test
        void equalityFollowsTheParts() {
            Map<ExternalKind, String> patterns = new EnumMap<>(ExternalKind.class);
            patterns.put(ExternalKind.WORK_ROLE, "WR-[0-9]{3}");
            ExternalFramework same = new ExternalFramework("ext", LocalizedText.english("Ext"), "1.0",
                    FRAMEWORK.attribution(), patterns);
            assertThat(same).isEqualTo(FRAMEWORK).hasSameHashCodeAs(FRAMEWORK);
            assertThat(new ExternalFramework("ext", LocalizedText.english("Ext"), "2.0", FRAMEWORK.attribution(),
                    patterns)).isNotEqualTo(FRAMEWORK);
            assertThat(ItemRef.profile(RoleId.of("iso"))).isEqualTo(new ItemRef(ItemRef.Kind.PROFILE, "iso"))
                    .hasSameHashCodeAs(new ItemRef(ItemRef.Kind.PROFILE, "iso"))
                    .isNotEqualTo(new ItemRef(ItemRef.Kind.COMPETENCY, "iso"));
            assertThat(link(CISO, ROLE)).isEqualTo(link(CISO, ROLE)).hasSameHashCodeAs(link(CISO, ROLE))
                    .isNotEqualTo(link(ItemRef.profile(Catalogs.ISO), ROLE));
            Crosswalk a = Crosswalk.of(FRAMEWORK, List.of(link(CISO, ROLE)), List.of());
            assertThat(a).isEqualTo(Crosswalk.of(same, List.of(link(CISO, ROLE)), List.of()))
                    .hasSameHashCodeAs(Crosswalk.of(same, List.of(link(CISO, ROLE)), List.of()))
                    .isNotEqualTo(Crosswalk.of(FRAMEWORK, List.of(), List.of()));
            assertThat(a.toString()).isEqualTo("Crosswalk[ext, 1 links, 0 gaps]");
            assertThat(a.externalItems()).containsExactly(ROLE);
            Gap gap = new Gap(CISO, LocalizedText.english("n"), List.of(OURS));
            assertThat(gap).isEqualTo(new Gap(CISO, LocalizedText.english("n"), List.of(OURS)))
                    .isNotEqualTo(new Gap(CISO, LocalizedText.english("m"), List.of(OURS)));
        }

        @Test
        void itemRefsOrderByKindThenId() {
            List<ItemRef> sorted = new java.util.ArrayList<>(List.of(ItemRef.competency(Catalogs.MOTIVATING),
                    ItemRef.profile(Catalogs.ISO), ItemRef.profile(Catalogs.CISO_HEALTHCARE)));
            java.util.Collections.sort(sorted);
            assertThat(sorted).containsExactly(CISO, ItemRef.profile(Catalogs.ISO),
                    ItemRef.competency(Catalogs.MOTIVATING));
            assertThat(CISO.toString()).isEqualTo("profile:ciso-healthcare");
        }

        @Test
        void everyRelationRoundTripsThroughItsCaseAssociation() {
            for (Relation relation : Relation.values()) {
                assertThat(Relation.fromCase(relation.caseType(), relation.oursIsCaseOrigin())).contains(relation);
                assertThat(Relation.fromId(relation.id())).contains(relation);
            }
            assertThat(Relation.fromCase("isChildOf", true)).isEmpty();
            assertThat(ItemRef.Kind.fromId("competency")).contains(ItemRef.Kind.COMPETENCY);
            assertThat(ExternalKind.fromId("work-role")).contains(ExternalKind.WORK_ROLE);
            assertThat(ExternalKind.fromId("nope")).isEmpty();
        }
    }

    static void assertInvalid(ThrowingCallable call, String type, String property, String expectation) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.property()).isEqualTo(property);
        }).hasMessage(type + "." + property + ": " + expectation);
    }
}
