package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import nl.competentiekompas.core.assessment.ProfileComparison;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Placement;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementOption;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.Role;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.crosswalk.Gap;
import nl.competentiekompas.core.crosswalk.ItemRef;
import nl.competentiekompas.core.crosswalk.Link;
import nl.competentiekompas.core.crosswalk.ProfileCrosswalk;

/** Plain-text views of the catalog for the terminal. */
final class ProfileText {

    private ProfileText() {
    }

    static RoleId roleId(String text) {
        return RoleId.of(text);
    }

    static void list(Catalog catalog, Language language, PrintWriter out) {
        boolean nl = language == Language.NL;
        out.println(catalog.name().in(language) + " " + catalog.version());
        out.println();
        out.println(nl ? "Profielen:" : "Profiles:");
        for (RoleProfile profile : catalog.profiles()) {
            out.printf("  %-20s %s (%d %s)%n", profile.id(), profile.name().in(language),
                    profile.responsibilities().size(), nl ? "taken" : "tasks");
        }
        out.println();
        out.println(nl ? "Andere rollen:" : "Other roles:");
        for (Role role : catalog.otherRoles()) {
            out.printf("  %-20s %s%n", role.id(), role.name().in(language));
        }
        attribution(catalog, language, out);
    }

    static void show(Catalog catalog, RoleProfile profile, Language language, PrintWriter out) {
        boolean nl = language == Language.NL;
        out.println(profile.name().in(language) + "  [" + profile.id() + "]");
        out.println(profile.summary().in(language));
        out.println();
        out.println(nl ? "Taken en verantwoordelijkheden" : "Tasks and responsibilities");
        for (TaskDomain domain : TaskDomain.values()) {
            List<Responsibility> items = profile.responsibilities(domain);
            if (items.isEmpty()) {
                continue;
            }
            out.println("  " + domain.label().in(language));
            for (Responsibility r : items) {
                out.println("    - " + r.text().in(language) + "  (" + r.level().label().in(language) + ")");
            }
        }
        if (!profile.competencyTargets().isEmpty()) {
            out.println();
            out.println(nl ? "Competenties (doelniveau)" : "Competencies (target level)");
            for (CompetencyTarget target : profile.competencyTargets()) {
                String name = catalog.competency(target.competency()).orElseThrow().name().in(language);
                String level = profile.scale().requireLevel(target.target(), "CompetencyTarget", "target")
                        .label().in(language);
                out.printf("  %-28s %d %s%s%n", name, target.target(), level,
                        target.startHere() ? (nl ? "  * begin hier bij een nevenfunctie" : "  * start here in a side job")
                                : "");
            }
        }
        if (!profile.requirements().isEmpty()) {
            out.println();
            out.println(nl ? "Kennis en ervaring" : "Knowledge and experience");
            for (Requirement requirement : profile.requirements()) {
                String options = requirement.hasAlternatives()
                        ? " [" + requirement.options().stream().map(o -> option(o, language))
                                .collect(Collectors.joining(nl ? " of " : " or ")) + "]"
                        : "";
                out.println("  - " + requirement.text().in(language) + options + "  ("
                        + requirement.necessity().label().in(language) + ")");
            }
        }
        if (profile.placement().isPresent()) {
            Placement placement = profile.placement().get();
            out.println();
            out.println(nl ? "Plaats in de organisatie" : "Place in the organisation");
            out.println("  " + placement.description().in(language));
        }
        attribution(catalog, language, out);
    }

    private static String option(RequirementOption option, Language language) {
        return option.label().in(language) + (option.preferred() ? (language == Language.NL ? " (pré)" : " (preferred)")
                : "");
    }

    private static void attribution(Catalog catalog, Language language, PrintWriter out) {
        for (Attribution attribution : catalog.attributions()) {
            out.println();
            out.println(attribution.text().in(language));
        }
    }

    static void compare(Catalog catalog, ProfileComparison comparison, Language language, PrintWriter out) {
        boolean nl = language == Language.NL;
        String from = catalog.roleName(comparison.from()).in(language);
        String to = catalog.roleName(comparison.to()).in(language);
        out.println((nl ? "Van " : "From ") + from + (nl ? " naar " : " to ") + to);
        if (comparison.isEmpty()) {
            out.println(nl ? "Niets toe te voegen." : "Nothing to add.");
            attribution(catalog, language, out);
            return;
        }
        if (!comparison.added().isEmpty()) {
            out.println();
            out.println(nl ? "Nieuwe taken (onderwerpen die er nog niet zijn)" : "New tasks (topics not yet covered)");
            for (Responsibility r : comparison.added()) {
                out.println("  - " + r.text().in(language) + "  (" + r.topic().label().in(language) + ", "
                        + r.level().label().in(language) + ")");
            }
        }
        if (!comparison.levelShifts().isEmpty()) {
            out.println();
            out.println(nl ? "Zelfde onderwerp, hoger niveau" : "Same topic, higher level");
            for (ProfileComparison.LevelShift shift : comparison.levelShifts()) {
                Responsibility r = catalog.responsibility(shift.responsibility()).orElseThrow();
                out.println("  - " + r.text().in(language) + "  (" + shift.topic().label().in(language) + ": "
                        + shift.fromLevel().label().in(language) + " -> " + shift.toLevel().label().in(language) + ")");
            }
        }
        if (!comparison.competencyRises().isEmpty()) {
            out.println();
            out.println(nl ? "Competenties met een hoger doel" : "Competencies with a higher target");
            for (ProfileComparison.CompetencyRise rise : comparison.competencyRises()) {
                String name = catalog.competency(rise.competency()).orElseThrow().name().in(language);
                String fromTarget = rise.fromTarget().isPresent() ? String.valueOf(rise.fromTarget().getAsInt()) : "-";
                out.printf("  %-28s %s -> %d%n", name, fromTarget, rise.toTarget());
            }
        }
        if (!comparison.requirementsToAdd().isEmpty()) {
            out.println();
            out.println(nl ? "Kennis en ervaring om toe te voegen" : "Knowledge and experience to add");
            for (Requirement requirement : comparison.requirementsToAdd()) {
                out.println("  - " + requirement.text().in(language) + "  ("
                        + requirement.necessity().label().in(language) + ")");
            }
        }
        attribution(catalog, language, out);
    }

    static void crosswalks(Catalog catalog, List<ProfileCrosswalk> crosswalks, Language language, PrintWriter out) {
        boolean nl = language == Language.NL;
        for (ProfileCrosswalk crosswalk : crosswalks) {
            out.println();
            out.println((nl ? "Tegenhangers in " : "Counterparts in ") + crosswalk.framework().name().in(language)
                    + " " + crosswalk.framework().version());
            for (Link link : crosswalk.links()) {
                out.println("  " + ours(catalog, link.ours(), language) + "  " + link.relation().label().in(language)
                        + "  " + link.theirs().code() + " " + link.theirs().title().in(language)
                        + (link.level().isPresent() ? (nl ? " (niveau " : " (level ") + link.level().getAsInt() + ")"
                                : ""));
            }
            for (Gap gap : crosswalk.gaps()) {
                out.println("  " + ours(catalog, gap.ours(), language) + "  " + (nl ? "geen tegenhanger: " : "no counterpart: ")
                        + gap.note().in(language));
            }
            out.println("  " + crosswalk.framework().attribution().text().in(language));
        }
    }

    private static String ours(Catalog catalog, ItemRef item, Language language) {
        return switch (item.kind()) {
            case PROFILE -> catalog.roleName(RoleId.of(item.id())).in(language);
            case COMPETENCY -> catalog.competency(nl.competentiekompas.core.catalog.CompetencyId.of(item.id()))
                    .map(c -> c.name().in(language)).orElse(item.id());
            case RESPONSIBILITY -> catalog.responsibility(nl.competentiekompas.core.catalog.ResponsibilityId.of(item.id()))
                    .map(r -> shortened(r.text().in(language))).orElse(item.id());
        };
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, text.lastIndexOf(' ', 59)) + " ...";
    }
}
