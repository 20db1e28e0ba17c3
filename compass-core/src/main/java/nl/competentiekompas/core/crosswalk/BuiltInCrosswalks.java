package nl.competentiekompas.core.crosswalk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.SourceDocument;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.internal.TextBundle;

/**
 * Builds the bundled crosswalks from Java code (links, codes, titles, levels) and the nl/en bundles
 * {@code crosswalk_nl.properties} and {@code crosswalk_en.properties} (names, credits, rationales, gap notes).
 *
 * <p>External items are cited by code and published title only. The links are our editorial choice; the
 * e-CF levels are those the ECSF CISO profile gives.
 */
final class BuiltInCrosswalks {

    private static final String ECSF_PROFILE = "chief-information-security-officer";
    private static final String ECSF_CISO_SECTION = "Chief Information Security Officer (CISO): e-Competences (from e-CF)";

    private final TextBundle texts;

    private BuiltInCrosswalks(TextBundle texts) {
        this.texts = texts;
    }

    /**
     * Builds both crosswalks.
     *
     * @return ECSF, then NICE; never null
     * @throws IllegalStateException if a text is missing in either bundle (a bug)
     */
    static List<Crosswalk> create() {
        BuiltInCrosswalks b = new BuiltInCrosswalks(TextBundle.load(BuiltInCrosswalks.class, "crosswalk"));
        return List.of(b.ecsf(), b.nice());
    }

    // ---------------------------------------------------------------------------------------------------
    // ENISA ECSF and the e-CF competences of its CISO profile

    private Crosswalk ecsf() {
        SourceDocument document = new SourceDocument(Crosswalks.ECSF, text("document." + Crosswalks.ECSF + ".title"),
                "ENISA (European Union Agency for Cybersecurity)", 2022);
        Map<ExternalKind, String> patterns = new EnumMap<>(ExternalKind.class);
        patterns.put(ExternalKind.PROFILE, "[a-z]+(-[a-z]+)*");
        patterns.put(ExternalKind.COMPETENCE, "[A-E]\\.[1-9][0-9]?");
        ExternalFramework framework = new ExternalFramework(Crosswalks.ECSF, text("framework." + Crosswalks.ECSF),
                "2022", new Attribution(document, text("attribution." + Crosswalks.ECSF)), patterns);

        SourceRef ours = editorial("link");
        SourceRef levels = SourceRef.source(document, ECSF_CISO_SECTION);
        Links links = new Links(Crosswalks.ECSF);
        ExternalItem ciso = links.item(ExternalKind.PROFILE, ECSF_PROFILE, "Chief Information Security Officer (CISO)");
        ExternalItem a7 = links.item(ExternalKind.COMPETENCE, "A.7", "Technology Trend Monitoring");
        ExternalItem d1 = links.item(ExternalKind.COMPETENCE, "D.1", "Information Security Strategy Development");
        ExternalItem e3 = links.item(ExternalKind.COMPETENCE, "E.3", "Risk Management");
        ExternalItem e8 = links.item(ExternalKind.COMPETENCE, "E.8", "Information Security Management");
        ExternalItem e9 = links.item(ExternalKind.COMPETENCE, "E.9", "IS Governance");
        for (RoleId profile : List.of(Catalogs.CISO_HEALTHCARE, Catalogs.CISO_MUNICIPALITY)) {
            ItemRef ref = ItemRef.profile(profile);
            links.add(ref, ciso, Relation.NARROWER, ours);
            links.add(ref, a7, Relation.RELATED, 4, ours, levels);
            links.add(ref, d1, Relation.RELATED, 5, ours, levels);
            links.add(ref, e3, Relation.RELATED, 4, ours, levels);
            links.add(ref, e8, Relation.RELATED, 4, ours, levels);
            links.add(ref, e9, Relation.RELATED, 5, ours, levels);
        }
        links.add(responsibility("hc-policy-frameworks"), d1, Relation.RELATED, ours);
        links.add(responsibility("mun-security-policy"), d1, Relation.RELATED, ours);
        links.add(responsibility("hc-external-developments"), a7, Relation.RELATED, ours);
        links.add(responsibility("mun-future-risks"), a7, Relation.RELATED, ours);
        links.add(responsibility("hc-isms"), e8, Relation.RELATED, ours);
        links.add(responsibility("mun-security-organisation"), e8, Relation.RELATED, ours);
        links.add(responsibility("mun-risk-analyses"), e3, Relation.RELATED, ours);
        links.add(responsibility("hc-supervise-compliance"), e9, Relation.RELATED, ours);
        links.add(ItemRef.competency(Catalogs.RISK_MANAGEMENT), e3, Relation.RELATED, ours);
        links.add(ItemRef.competency(Catalogs.STRATEGIC_INSIGHT), d1, Relation.RELATED, ours);

        List<Gap> gaps = List.of(
                gap(Crosswalks.ECSF, ItemRef.profile(Catalogs.ISO), "iso"),
                gap(Crosswalks.ECSF, ItemRef.profile(Catalogs.DISO), "iso"),
                gap(Crosswalks.ECSF, ItemRef.profile(Catalogs.PROCESS_OWNER), "process-owner"),
                gap(Crosswalks.ECSF, ItemRef.competency(Catalogs.ORGANISATIONAL_SENSITIVITY),
                        "organisational-sensitivity"));
        return Crosswalk.of(framework, links.list, gaps);
    }

    // ---------------------------------------------------------------------------------------------------
    // NIST NICE Framework work roles

    private Crosswalk nice() {
        SourceDocument document = new SourceDocument("nist-sp-800-181r1",
                text("document.nist-sp-800-181r1.title"), "NIST (National Institute of Standards and Technology)",
                2020);
        Map<ExternalKind, String> patterns = new EnumMap<>(ExternalKind.class);
        patterns.put(ExternalKind.WORK_ROLE, "(OG|DD|IO|PD|IN)-WRL-[0-9]{3}");
        patterns.put(ExternalKind.TASK, "T[0-9]{4}");
        patterns.put(ExternalKind.KNOWLEDGE, "K[0-9]{4}");
        patterns.put(ExternalKind.SKILL, "S[0-9]{4}");
        ExternalFramework framework = new ExternalFramework(Crosswalks.NICE, text("framework." + Crosswalks.NICE),
                "1.0.0", new Attribution(document, text("attribution." + Crosswalks.NICE)), patterns);

        SourceRef ours = editorial("link");
        Links links = new Links(Crosswalks.NICE);
        ExternalItem executive = links.item(ExternalKind.WORK_ROLE, "OG-WRL-007", "Executive Cybersecurity Leadership");
        ExternalItem policy = links.item(ExternalKind.WORK_ROLE, "OG-WRL-005", "Cybersecurity Policy and Planning");
        ExternalItem systems = links.item(ExternalKind.WORK_ROLE, "OG-WRL-014", "Systems Security Management");
        links.add(ItemRef.profile(Catalogs.CISO_HEALTHCARE), executive, Relation.NARROWER, ours);
        links.add(ItemRef.profile(Catalogs.CISO_MUNICIPALITY), executive, Relation.NARROWER, ours);
        links.add(ItemRef.profile(Catalogs.ISO), systems, Relation.RELATED, ours);
        links.add(ItemRef.profile(Catalogs.DISO), systems, Relation.RELATED, ours);
        links.add(responsibility("hc-policy-frameworks"), policy, Relation.RELATED, ours);
        links.add(responsibility("mun-security-policy"), policy, Relation.RELATED, ours);
        links.add(responsibility("iso-operational-plans"), policy, Relation.RELATED, ours);

        List<Gap> gaps = List.of(
                gap(Crosswalks.NICE, ItemRef.profile(Catalogs.PROCESS_OWNER), "process-owner"),
                gap(Crosswalks.NICE, ItemRef.competency(Catalogs.ADVISORY_SKILLS), "advisory-skills"),
                gap(Crosswalks.NICE, ItemRef.competency(Catalogs.ORGANISATIONAL_SENSITIVITY),
                        "organisational-sensitivity"));
        return Crosswalk.of(framework, links.list, gaps);
    }

    // ---------------------------------------------------------------------------------------------------
    // helpers

    /** The links of one crosswalk as they are added. */
    private static final class Links {
        private final String framework;
        private final List<Link> list = new ArrayList<>();

        Links(String framework) {
            this.framework = framework;
        }

        ExternalItem item(ExternalKind kind, String code, String title) {
            return new ExternalItem(framework, kind, code, LocalizedText.english(title));
        }

        void add(ItemRef ours, ExternalItem theirs, Relation relation, SourceRef... sources) {
            list.add(new Link(ours, theirs, relation, OptionalInt.empty(), List.of(sources)));
        }

        void add(ItemRef ours, ExternalItem theirs, Relation relation, int level, SourceRef... sources) {
            list.add(new Link(ours, theirs, relation, OptionalInt.of(level), List.of(sources)));
        }
    }

    private static ItemRef responsibility(String id) {
        return ItemRef.responsibility(ResponsibilityId.of(id));
    }

    private Gap gap(String framework, ItemRef ours, String key) {
        return new Gap(ours, text("gap." + framework + "." + key), List.of(editorial("gap")));
    }

    private SourceRef editorial(String key) {
        return SourceRef.editorial(text("editorial." + key));
    }

    private LocalizedText text(String key) {
        return LocalizedText.of(texts.nl(key), texts.en(key));
    }
}
