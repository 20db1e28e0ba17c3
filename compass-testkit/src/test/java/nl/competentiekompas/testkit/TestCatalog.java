package nl.competentiekompas.testkit;

import java.util.List;
import java.util.Set;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.Role;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceDocument;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.catalog.Topic;

/** The catalog the properties run against. */
final class TestCatalog {

    private TestCatalog() {
    }

    static Catalog get() {
        return CATALOG;
    }

    private static final SourceDocument B = new SourceDocument("ciso-versus-iso-gemeente",
            LocalizedText.of("CISO versus ISO", "CISO versus ISO"), "blog", 2023);

    private static final Catalog CATALOG = build();

    private static Responsibility item(String id, Level level, ScopeKind scope, int effort) {
        return new Responsibility(ResponsibilityId.of(id), TaskDomain.EXECUTING, level, Topic.POLICY, scope,
                Fte.ofThousandths(effort), LocalizedText.of(id, id), Set.of(), List.of(SourceRef.source(B, "x")));
    }

    private static RoleProfile profile(RoleId id, RoleKind kind, Responsibility... items) {
        RoleProfile.Builder b = RoleProfile.builder(id).kind(kind).name(LocalizedText.of(id.value(), id.value()))
                .summary(LocalizedText.of("s", "s")).sectors(Sector.MUNICIPALITY).source(SourceRef.source(B, "x"));
        for (Responsibility r : items) {
            b.responsibility(r);
        }
        return b.build();
    }

    private static Catalog build() {
        return Catalog.builder("test").version("1").name(LocalizedText.of("t", "t")).document(B)
                .profile(profile(Catalogs.CISO_HEALTHCARE, RoleKind.CISO,
                        item("hc-policy", Level.STRATEGIC, ScopeKind.ORGANISATION, 80),
                        item("hc-isms", Level.TACTICAL, ScopeKind.ORGANISATION, 60),
                        item("hc-networks", Level.OPERATIONAL, ScopeKind.ORGANISATION, 10)))
                .profile(profile(Catalogs.CISO_MUNICIPALITY, RoleKind.CISO,
                        item("mun-policy", Level.STRATEGIC, ScopeKind.ORGANISATION, 100),
                        item("mun-incidents", Level.TACTICAL, ScopeKind.ORGANISATION, 60)))
                .profile(profile(Catalogs.ISO, RoleKind.ISO,
                        item("iso-plans", Level.OPERATIONAL, ScopeKind.UNIT, 20),
                        item("iso-contact", Level.OPERATIONAL, ScopeKind.UNIT, 30)))
                .profile(profile(Catalogs.DISO, RoleKind.DECENTRAL_ISO,
                        item("diso-measures", Level.OPERATIONAL, ScopeKind.UNIT, 80)))
                .profile(profile(Catalogs.PROCESS_OWNER, RoleKind.PROCESS_OWNER,
                        item("po-secure-process", Level.TACTICAL, ScopeKind.PROCESS, 20),
                        item("po-bia", Level.OPERATIONAL, ScopeKind.PROCESS, 10)))
                .otherRole(new Role(Catalogs.IT_MANAGER, LocalizedText.of("ICT-manager", "IT manager"),
                        List.of(SourceRef.source(B, "x"))))
                .build();
    }
}
