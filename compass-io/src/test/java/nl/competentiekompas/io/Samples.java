package nl.competentiekompas.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntFunction;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Competency;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.Norm;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.Placement;
import nl.competentiekompas.core.catalog.ProficiencyScale;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.ReflectionQuestion;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.RequirementKind;
import nl.competentiekompas.core.catalog.RequirementOption;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.Role;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScaleLevel;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceDocument;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.catalog.Topic;

/**
 * Catalogs that use every feature of the format, with texts from a function so that properties can plant
 * hostile or random text. Stands in until the bundled catalog and the testkit's arbitraries land.
 */
final class Samples {

    private Samples() {
    }

    static Catalog catalog() {
        return catalog(i -> "tekst " + i + " met ‘aanhalingstekens’, \"quotes\" en € — " + i, 2, 3);
    }

    /**
     * A catalog whose every text is {@code texts.apply(i)} for a running i.
     *
     * @param texts non-blank texts
     * @param profiles how many profiles, 1 or more
     * @param responsibilitiesPerProfile 0 or more
     */
    static Catalog catalog(IntFunction<String> texts, int profiles, int responsibilitiesPerProfile) {
        int[] n = {0};
        IntFunction<LocalizedText> t = kind -> {
            int i = n[0]++;
            return switch (i % 3) {
                case 0 -> LocalizedText.of(texts.apply(i), texts.apply(i + 1000));
                case 1 -> LocalizedText.dutch(texts.apply(i));
                default -> LocalizedText.english(texts.apply(i));
            };
        };
        SourceDocument a = new SourceDocument("source-a", t.apply(0), "ECP", 2024);
        SourceDocument b = new SourceDocument("source-b", t.apply(0), "CIP", 2023);
        List<SourceRef> refs = List.of(SourceRef.source(a, "Coördineren"), SourceRef.norm(Norm.BIO, "2019", "6.1.1"),
                SourceRef.norm(Norm.NIS2_CBW, "2022", ""), SourceRef.editorial(t.apply(0)));
        CompetencyId risk = CompetencyId.of("risk-management");
        CompetencyId advice = CompetencyId.of("advisory-skills");
        Catalog.Builder builder = Catalog.builder("test-catalog").version("2026.1").name(t.apply(0))
                .document(a).document(b).attribution(new Attribution(a, t.apply(0)))
                .competency(new Competency(risk, t.apply(0), t.apply(0), refs))
                .competency(new Competency(advice, t.apply(0), t.apply(0), List.of(SourceRef.source(b, "Taken"))))
                .otherRole(new Role(RoleId.of("it-manager"), t.apply(0), refs.subList(3, 4)));
        ProficiencyScale custom = new ProficiencyScale("scale-0-3", t.apply(0), List.of(
                new ScaleLevel(0, t.apply(0), false), new ScaleLevel(2, t.apply(0), false),
                new ScaleLevel(3, t.apply(0), true)));
        for (int p = 0; p < profiles; p++) {
            RoleProfile.Builder profile = RoleProfile.builder(RoleId.of("profile-" + p))
                    .kind(RoleKind.values()[p % RoleKind.values().length]).name(t.apply(0)).summary(t.apply(0))
                    .sectors(p % 2 == 0 ? new Sector[] {Sector.HEALTHCARE} : Sector.values())
                    .scale(p % 2 == 0 ? ProficiencyScale.defaultScale() : custom)
                    .source(refs.get(p % refs.size()));
            for (int r = 0; r < responsibilitiesPerProfile; r++) {
                profile.responsibility(new Responsibility(ResponsibilityId.of("p" + p + "-task-" + r),
                        TaskDomain.values()[r % 6], Level.values()[r % 3], Topic.values()[r % 14],
                        ScopeKind.values()[r % 3], Fte.ofThousandths(r * 125 + 1), t.apply(0),
                        r % 2 == 0 ? Set.of(Norm.BIO, Norm.NEN_7510) : Set.of(), refs.subList(0, 1 + r % 4)));
            }
            profile.competencyTarget(new CompetencyTarget(risk, 3, true, refs.subList(3, 4)))
                    .competencyTarget(new CompetencyTarget(advice, p % 2 == 0 ? 4 : 2, false, refs.subList(1, 2)));
            profile.requirement(new Requirement(RequirementId.of("p" + p + "-cert"), RequirementKind.CERTIFICATION,
                    Necessity.REQUIRED, t.apply(0), List.of(new RequirementOption("cism", t.apply(0), true),
                            new RequirementOption("cissp", t.apply(0), false)), OptionalInt.empty(), refs))
                    .requirement(new Requirement(RequirementId.of("p" + p + "-years"), RequirementKind.EXPERIENCE,
                            Necessity.PREFERRED, t.apply(0), List.of(new RequirementOption("practice", t.apply(0),
                                    false)), OptionalInt.of(5), refs.subList(0, 1)));
            if (p % 2 == 0) {
                profile.placement(new Placement(Set.of(GoverningBody.BOARD_OF_DIRECTORS,
                        GoverningBody.PORTFOLIO_HOLDER), List.of(RoleId.of("it-manager")), true, true, t.apply(0),
                        refs.subList(2, 3)));
            }
            Map<Perspective, LocalizedText> wordings = new EnumMap<>(Perspective.class);
            for (Perspective perspective : Perspective.values()) {
                wordings.put(perspective, t.apply(0));
            }
            profile.reflectionQuestion(new ReflectionQuestion(QuestionId.of("p" + p + "-q"), TaskDomain.REPORTING,
                    wordings, refs.subList(0, 2)));
            builder.profile(profile.build());
        }
        return builder.build();
    }
}
