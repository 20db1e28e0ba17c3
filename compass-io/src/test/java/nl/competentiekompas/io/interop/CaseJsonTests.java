package nl.competentiekompas.io.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Competency;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.SourceDocument;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.crosswalk.Crosswalk;
import nl.competentiekompas.core.crosswalk.Crosswalks;
import nl.competentiekompas.core.crosswalk.ExternalFramework;
import nl.competentiekompas.core.crosswalk.ExternalItem;
import nl.competentiekompas.core.crosswalk.ExternalKind;
import nl.competentiekompas.core.crosswalk.ItemRef;
import nl.competentiekompas.core.crosswalk.Link;
import nl.competentiekompas.core.crosswalk.Relation;
import nl.competentiekompas.io.internal.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CaseJsonTests {

    private static final Catalog CATALOG = Catalogs.builtIn();
    private static final CaseOptions OPTIONS = new CaseOptions(Language.EN, Instant.parse("2026-01-15T10:00:00.123Z"));

    @Test
    void nameBasedUuidsFollowRfc9562() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(CaseJson.nameBased(dns, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
        assertThat(CaseJson.nameBased(CaseJson.NAMESPACE, "x").version()).isEqualTo(5);
        assertThat(CaseJson.nameBased(CaseJson.NAMESPACE, "x").variant()).isEqualTo(2);
    }

    @Test
    void theSameCatalogExportsToTheSameBytes() {
        String once = CaseJson.toJson(CATALOG, Crosswalks.builtIn(), OPTIONS);
        assertThat(CaseJson.toJson(CATALOG, Crosswalks.builtIn(), OPTIONS)).isEqualTo(once);
        assertThat(once).contains("\"lastChangeDateTime\": \"2026-01-15T10:00:00Z\"").endsWith("}\n");
        assertThat(CaseJson.toJson(CATALOG, Crosswalks.builtIn(),
                new CaseOptions(Language.NL, OPTIONS.lastChange()))).isNotEqualTo(once);
    }

    @Test
    void theCatalogRoundTripsToTheSameItemsAndLinks() {
        Read read = Read.of(CaseJson.toJson(CATALOG, Crosswalks.builtIn(), OPTIONS));

        assertThat(read.codes(CaseJson.PROFILE)).containsExactlyElementsOf(
                CATALOG.profiles().stream().map(p -> p.id().value()).toList());
        assertThat(read.codes(CaseJson.RESPONSIBILITY)).containsExactlyInAnyOrderElementsOf(
                CATALOG.responsibilities().stream().map(r -> r.id().value()).toList());
        assertThat(read.codes(CaseJson.COMPETENCY)).containsExactlyElementsOf(
                CATALOG.competencies().stream().map(c -> c.id().value()).toList());
        for (Responsibility r : CATALOG.responsibilities()) {
            JsonNode item = read.byCode.get(r.id().value());
            assertThat(item.get("fullStatement").stringValue()).isEqualTo(r.text().in(Language.EN));
            RoleProfile profile = CATALOG.profileOf(r.id()).orElseThrow();
            JsonNode domain = read.parent(item);
            assertThat(domain.get("humanCodingScheme").stringValue()).isEqualTo(profile.id() + "/" + r.domain().id());
            assertThat(read.parent(domain).get("humanCodingScheme").stringValue()).isEqualTo(profile.id().value());
            assertThat(read.parentId(read.parent(domain))).isEqualTo(read.documentId);
        }
        for (Competency c : CATALOG.competencies()) {
            assertThat(read.parentId(read.byCode.get(c.id().value()))).isEqualTo(read.documentId);
        }
        // siblings are numbered in catalog order
        RoleProfile ciso = CATALOG.requireProfile(Catalogs.CISO_HEALTHCARE);
        List<String> firstDomain = read.children(read.byCode.get("ciso-healthcare/policy-and-planning"));
        assertThat(firstDomain).containsExactlyElementsOf(ciso.responsibilities(
                TaskDomain.POLICY_AND_PLANNING).stream()
                .map(r -> r.id().value()).toList());

        Set<List<Object>> expected = new HashSet<>();
        for (Crosswalk crosswalk : Crosswalks.builtIn()) {
            for (Link link : crosswalk.links()) {
                expected.add(List.of(link.ours(), CaseJson.identifier(link.theirs()).toString(), link.relation()));
            }
        }
        assertThat(read.crosswalkLinks()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(read.root.get("CFDocument").get("notes").stringValue()).contains("ENISA").contains("NIST");
    }

    @Test
    void everyRelationRoundTripsWithTheNarrowerItemAsOrigin() {
        SourceDocument doc = new SourceDocument(
                "ext-doc", LocalizedText.english("Ext"), "Publisher", 2024);
        ExternalFramework framework =
                new ExternalFramework("ext",
                        LocalizedText.english("Ext"), "1",
                        new Attribution(doc,
                                LocalizedText.english("credit")),
                        Map.of(ExternalKind.TASK, "X[0-9]"));
        List<Link> links = new ArrayList<>();
        int n = 0;
        for (Relation relation : Relation.values()) {
            links.add(new Link(ItemRef.responsibility(CATALOG.responsibilities().get(n).id()),
                    new ExternalItem("ext",
                            ExternalKind.TASK, "X" + n,
                            LocalizedText.english("t" + n)),
                    relation, OptionalInt.empty(), List.of(
                            SourceRef.editorial(
                                    LocalizedText.english("ours")))));
            n++;
        }
        Crosswalk crosswalk = Crosswalk.of(framework, links, List.of());
        Read read = Read.of(CaseJson.toJson(CATALOG, List.of(crosswalk), OPTIONS));
        assertThat(read.crosswalkLinks()).containsExactlyInAnyOrderElementsOf(links.stream()
                .map(l -> List.<Object>of(l.ours(), CaseJson.identifier(l.theirs()).toString(), l.relation()))
                .toList());
        for (JsonNode a : read.root.get("CFAssociations")) {
            if (a.get("associationType").stringValue().equals("isPartOf")) {
                boolean oursIsOrigin = read.refs.containsKey(a.get("originNodeURI").get("identifier").stringValue());
                assertThat(a.get("originNodeURI").get("title").stringValue().startsWith("X")).isEqualTo(!oursIsOrigin);
            }
        }
        assertThat(read.root.get("CFDocument").get("notes").stringValue()).endsWith("credit");
    }

    @Test
    void identifiersAreUniqueVersion5AndNamedByTheirUris() {
        Read read = Read.of(CaseJson.toJson(CATALOG, Crosswalks.builtIn(), OPTIONS));
        Set<String> ids = new HashSet<>();
        for (JsonNode node : read.all()) {
            String id = node.get("identifier").stringValue();
            assertThat(ids.add(id)).as(id).isTrue();
            assertThat(UUID.fromString(id).version()).isEqualTo(5);
            assertThat(node.get("uri").stringValue()).isEqualTo("urn:uuid:" + id);
        }
    }

    @Test
    void aProfileExportHoldsItsOwnItemsWithTheSameIdentifiers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseJson.write(CATALOG, Catalogs.ISO, Crosswalks.builtIn(), OPTIONS, out);
        Read read = Read.of(out.toString(StandardCharsets.UTF_8));
        RoleProfile iso = CATALOG.requireProfile(Catalogs.ISO);
        assertThat(read.codes(CaseJson.PROFILE)).containsExactly("iso");
        assertThat(read.codes(CaseJson.RESPONSIBILITY)).containsExactlyInAnyOrderElementsOf(
                iso.responsibilities().stream().map(r -> r.id().value()).toList());
        assertThat(read.codes(CaseJson.COMPETENCY)).hasSize(iso.competencyTargets().size());
        assertThat(read.byCode.get("iso").get("identifier").stringValue())
                .isEqualTo(CaseJson.identifier(CATALOG.id(), ItemRef.profile(Catalogs.ISO)).toString());
        assertThat(read.crosswalkLinks()).extracting(l -> l.get(0))
                .containsOnly(ItemRef.profile(Catalogs.ISO), ItemRef.responsibility(
                        ResponsibilityId.of("iso-operational-plans")),
                        ItemRef.competency(Catalogs.RISK_MANAGEMENT), ItemRef.competency(Catalogs.STRATEGIC_INSIGHT));
        assertThat(read.root.get("CFDocument").get("identifier").stringValue())
                .isNotEqualTo(Read.of(CaseJson.toJson(CATALOG, List.of(), OPTIONS)).documentId);
    }

    @Test
    void writesAFileCrashSafely(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.case.json");
        CaseJson.write(CATALOG, List.of(), OPTIONS, file);
        assertThat(Files.readString(file)).isEqualTo(CaseJson.toJson(CATALOG, List.of(), OPTIONS));
        assertThat(Read.of(Files.readString(file)).crosswalkLinks()).isEmpty();
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> new CaseOptions(null, Instant.EPOCH))
                .withMessage("CaseOptions.language");
        assertThatNullPointerException().isThrownBy(() -> new CaseOptions(Language.NL, null))
                .withMessage("CaseOptions.lastChange");
        assertThatNullPointerException().isThrownBy(() -> CaseJson.toJson(null, List.of(), OPTIONS))
                .withMessage("catalog");
        assertThatNullPointerException().isThrownBy(() -> CaseJson.nameBased(null, "x")).withMessage("namespace");
        assertThat(new CaseOptions(Language.NL, Instant.EPOCH)).isEqualTo(new CaseOptions(Language.NL, Instant.EPOCH))
                .hasSameHashCodeAs(new CaseOptions(Language.NL, Instant.EPOCH))
                .isNotEqualTo(new CaseOptions(Language.EN, Instant.EPOCH));
    }

    /** Our own reader of the CASE packages we write. */
    private static final class Read {
        final JsonNode root;
        final String documentId;
        final Map<String, JsonNode> byCode = new HashMap<>();
        final Map<String, JsonNode> byId = new HashMap<>();
        final Map<String, ItemRef> refs = new HashMap<>();

        private Read(JsonNode root) {
            this.root = root;
            this.documentId = root.get("CFDocument").get("identifier").stringValue();
            for (JsonNode item : root.get("CFItems")) {
                byCode.put(item.get("humanCodingScheme").stringValue(), item);
                byId.put(item.get("identifier").stringValue(), item);
                String code = item.get("humanCodingScheme").stringValue();
                switch (item.get("CFItemType").stringValue()) {
                    case CaseJson.PROFILE -> refs.put(item.get("identifier").stringValue(),
                            new ItemRef(ItemRef.Kind.PROFILE, code));
                    case CaseJson.RESPONSIBILITY -> refs.put(item.get("identifier").stringValue(),
                            new ItemRef(ItemRef.Kind.RESPONSIBILITY, code));
                    case CaseJson.COMPETENCY -> refs.put(item.get("identifier").stringValue(),
                            new ItemRef(ItemRef.Kind.COMPETENCY, code));
                    default -> { }
                }
            }
        }

        static Read of(String json) {
            return new Read(StrictJson.mapper().readTree(json));
        }

        List<String> codes(String type) {
            List<String> codes = new ArrayList<>();
            for (JsonNode item : root.get("CFItems")) {
                if (item.get("CFItemType").stringValue().equals(type)) {
                    codes.add(item.get("humanCodingScheme").stringValue());
                }
            }
            return codes;
        }

        String parentId(JsonNode item) {
            String id = item.get("identifier").stringValue();
            String parent = null;
            for (JsonNode a : root.get("CFAssociations")) {
                if (a.get("associationType").stringValue().equals("isChildOf")
                        && a.get("originNodeURI").get("identifier").stringValue().equals(id)) {
                    assertThat(parent).as("one parent").isNull();
                    parent = a.get("destinationNodeURI").get("identifier").stringValue();
                }
            }
            assertThat(parent).isNotNull();
            return parent;
        }

        JsonNode parent(JsonNode item) {
            return byId.get(parentId(item));
        }

        List<String> children(JsonNode item) {
            String id = item.get("identifier").stringValue();
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode a : root.get("CFAssociations")) {
                if (a.get("associationType").stringValue().equals("isChildOf")
                        && a.get("destinationNodeURI").get("identifier").stringValue().equals(id)) {
                    found.add(a);
                }
            }
            found.sort(Comparator.comparingInt(a -> a.get("sequenceNumber").intValue()));
            return found.stream().map(a -> byId.get(a.get("originNodeURI").get("identifier").stringValue())
                    .get("humanCodingScheme").stringValue()).toList();
        }

        List<List<Object>> crosswalkLinks() {
            List<List<Object>> links = new ArrayList<>();
            for (JsonNode a : root.get("CFAssociations")) {
                String type = a.get("associationType").stringValue();
                if (type.equals("isChildOf")) {
                    continue;
                }
                String origin = a.get("originNodeURI").get("identifier").stringValue();
                String destination = a.get("destinationNodeURI").get("identifier").stringValue();
                boolean oursIsOrigin = refs.containsKey(origin);
                ItemRef ours = refs.get(oursIsOrigin ? origin : destination);
                assertThat(ours).isNotNull();
                links.add(List.of(ours, oursIsOrigin ? destination : origin,
                        Relation.fromCase(type, oursIsOrigin).orElseThrow()));
            }
            return links;
        }

        List<JsonNode> all() {
            List<JsonNode> all = new ArrayList<>();
            all.add(root.get("CFDocument"));
            root.get("CFItems").forEach(all::add);
            root.get("CFAssociations").forEach(all::add);
            return all;
        }
    }
}
