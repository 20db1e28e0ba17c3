package nl.competentiekompas.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Competency;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.Placement;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementOption;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.crosswalk.Crosswalks;
import nl.competentiekompas.core.crosswalk.Gap;
import nl.competentiekompas.core.crosswalk.ItemRef;
import nl.competentiekompas.core.crosswalk.Link;
import nl.competentiekompas.core.crosswalk.ProfileCrosswalk;
import nl.competentiekompas.report.ReportContext;

/**
 * The profile sheet of a role profile: tasks by domain and level, competencies with targets (with a radar),
 * requirements, placement, counterparts in other frameworks (from {@link Crosswalks#forProfile}) and sources.
 */
public final class ProfileSheet {

    /** The report's id. */
    public static final String ID = "profile-sheet";

    private ProfileSheet() {
    }

    /**
     * Builds the document.
     *
     * @param catalog the catalog holding the profile
     * @param profile the profile
     * @param context the context
     * @return the document
     */
    public static Doc build(Catalog catalog, RoleProfile profile, ReportContext context) {
        Language lang = context.language();
        Texts t = Texts.of(lang);
        Sources sources = new Sources();
        List<Doc.Block> blocks = new ArrayList<>();

        blocks.add(new Doc.Paragraph(profile.summary().in(lang), false));
        blocks.add(new Doc.Table(t.get("profile.facts"), List.of(t.get("col.property"), t.get("col.value")),
                List.of(List.of(t.get("fact.kind"), profile.kind().label().in(lang)),
                        List.of(t.get("fact.sectors"), profile.sectors().stream().map(s -> s.label().in(lang))
                                .collect(Collectors.joining(", "))),
                        List.of(t.get("fact.scale"), scale(profile, lang)),
                        List.of(t.get("fact.sources"), sources.cite(profile.sources()))),
                true, Set.of()));

        blocks.add(new Doc.Heading(2, t.get("profile.tasks")));
        blocks.add(levelMatrix(profile, t));
        for (TaskDomain domain : TaskDomain.values()) {
            List<Responsibility> items = profile.responsibilities(domain);
            if (items.isEmpty()) {
                continue;
            }
            blocks.add(new Doc.Heading(3, capitalise(domain.label().in(lang))));
            List<List<String>> rows = new ArrayList<>();
            for (Responsibility r : items) {
                rows.add(List.of(r.text().in(lang), r.level().label().in(lang), r.topic().label().in(lang),
                        Numbers.fte(r.defaultEffort(), lang),
                        r.norms().stream().map(n -> n.label().in(lang)).collect(Collectors.joining(", ")),
                        sources.cite(r.sources())));
            }
            blocks.add(new Doc.Table("", List.of(t.get("col.task"), t.get("col.level"), t.get("col.topic"),
                    t.get("col.effort"), t.get("col.norms"), t.get("col.sources")), rows, false, Set.of(3)));
        }

        blocks.add(new Doc.Heading(2, t.get("profile.competencies")));
        List<List<String>> competencyRows = new ArrayList<>();
        List<String> axes = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (CompetencyTarget target : profile.competencyTargets()) {
            Competency competency = catalog.competency(target.competency()).orElseThrow();
            String name = competency.name().in(lang);
            String level = profile.scale().level(target.target()).map(l -> l.label().in(lang)).orElse("");
            competencyRows.add(List.of(name, competency.description().in(lang),
                    target.target() + (level.isEmpty() ? "" : " (" + level + ")"),
                    target.startHere() ? t.get("yes") : t.get("no"),
                    sources.cite(join(competency.sources(), target.sources()))));
            axes.add(name);
            targets.add((double) target.target());
        }
        Doc.Table competencies = new Doc.Table(t.get("profile.competencies.caption"),
                List.of(t.get("col.competency"), t.get("col.description"), t.get("col.target"),
                        t.get("col.startHere"), t.get("col.sources")),
                competencyRows, true, Set.of(2));
        if (axes.size() >= 3) {
            RadarChart radar = new RadarChart(t.get("chart.targets.title"),
                    t.format("chart.targets.desc", Integer.toString(axes.size()),
                            Integer.toString(profile.scale().min()), Integer.toString(profile.scale().max())),
                    axes, profile.scale().max(),
                    List.of(new RadarChart.Series(t.get("series.target"), targets, Palette.TARGET)));
            blocks.add(new Doc.Figure(radar, competencies));
        } else {
            blocks.add(competencies);
        }
        if (!profile.startHere().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("profile.startHere.note"), true));
        }

        blocks.add(new Doc.Heading(2, t.get("profile.requirements")));
        if (profile.requirements().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("profile.requirements.none"), false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Requirement r : profile.requirements()) {
                rows.add(List.of(r.text().in(lang), r.kind().label().in(lang), r.necessity().label().in(lang),
                        options(r, t), r.minimumYears().isPresent() ? Integer.toString(r.minimumYears().getAsInt())
                                : "",
                        sources.cite(r.sources())));
            }
            blocks.add(new Doc.Table("", List.of(t.get("col.requirement"), t.get("col.kind"),
                    t.get("col.necessity"), t.get("col.options"), t.get("col.years"), t.get("col.sources")),
                    rows, true, Set.of(4)));
        }

        blocks.add(new Doc.Heading(2, t.get("profile.placement")));
        if (profile.placement().isEmpty()) {
            blocks.add(new Doc.Paragraph(t.get("profile.placement.none"), false));
        } else {
            Placement p = profile.placement().get();
            blocks.add(new Doc.Paragraph(p.description().in(lang), false));
            List<String> lines = new ArrayList<>();
            List<String> to = new ArrayList<>();
            p.reportsToBodies().forEach(b -> to.add(b.label().in(lang)));
            p.reportsToRoles().forEach(r -> to.add(catalog.roleName(r).in(lang)));
            if (!to.isEmpty()) {
                lines.add(t.format("placement.reportsTo", String.join(", ", to)));
            }
            lines.add(t.format("placement.independent", p.independent() ? t.get("yes") : t.get("no")));
            lines.add(t.format("placement.outsideIt", p.outsideItDepartment() ? t.get("yes") : t.get("no")));
            lines.add(t.format("placement.sources", sources.cite(p.sources())));
            blocks.add(new Doc.Bullets(lines, false));
        }

        crosswalks(catalog, Crosswalks.forProfile(profile), t, sources, blocks);

        blocks.add(new Doc.Heading(2, t.get("profile.sources")));
        blocks.add(new Doc.Bullets(sources.list(lang), false));

        return new Doc(lang, t.format("profile.title", profile.name().in(lang)), Common.meta(catalog, context),
                blocks, Common.credits(catalog, lang));
    }

    /**
     * Adds the section on counterparts in other frameworks: per framework with links or gaps a table of the
     * links (with the level there when any link has one), the gaps as a list and the framework's attribution;
     * nothing when no framework has either.
     */
    private static void crosswalks(Catalog catalog, List<ProfileCrosswalk> crosswalks, Texts t, Sources sources,
            List<Doc.Block> blocks) {
        if (crosswalks.stream().allMatch(ProfileCrosswalk::isEmpty)) {
            return;
        }
        Language lang = t.language();
        blocks.add(new Doc.Heading(2, t.get("profile.crosswalk")));
        blocks.add(new Doc.Paragraph(t.get("profile.crosswalk.intro"), false));
        for (ProfileCrosswalk crosswalk : crosswalks) {
            if (crosswalk.isEmpty()) {
                continue;
            }
            String framework = crosswalk.framework().name().in(lang);
            blocks.add(new Doc.Heading(3, t.format("profile.crosswalk.framework", framework,
                    crosswalk.framework().version())));
            if (!crosswalk.links().isEmpty()) {
                boolean levels = crosswalk.links().stream().anyMatch(l -> l.level().isPresent());
                List<String> headers = new ArrayList<>(List.of(t.get("col.ours"), t.get("col.relation"),
                        t.get("col.theirs")));
                if (levels) {
                    headers.add(t.get("col.levelThere"));
                }
                headers.add(t.get("col.sources"));
                List<List<String>> rows = new ArrayList<>();
                for (Link link : crosswalk.links()) {
                    List<String> row = new ArrayList<>(List.of(name(catalog, link.ours(), lang),
                            link.relation().label().in(lang), t.format("profile.crosswalk.theirs", link.theirs().code(),
                                    link.theirs().title().in(lang))));
                    if (levels) {
                        row.add(link.level().isPresent() ? Integer.toString(link.level().getAsInt()) : "");
                    }
                    row.add(sources.cite(link.sources()));
                    rows.add(row);
                }
                blocks.add(new Doc.Table(t.format("profile.crosswalk.caption", framework), headers, rows, true,
                        levels ? Set.of(3) : Set.of()));
            }
            if (!crosswalk.gaps().isEmpty()) {
                blocks.add(new Doc.Paragraph(t.format("profile.crosswalk.gaps", framework), false));
                List<String> lines = new ArrayList<>();
                for (Gap gap : crosswalk.gaps()) {
                    lines.add(t.format("profile.crosswalk.gap", name(catalog, gap.ours(), lang), gap.note().in(lang),
                            sources.cite(gap.sources())));
                }
                blocks.add(new Doc.Bullets(lines, false));
            }
            blocks.add(new Doc.Paragraph(crosswalk.framework().attribution().text().in(lang), true));
        }
    }

    /** The name of one of our items, or its id where the catalog does not hold it. */
    private static String name(Catalog catalog, ItemRef ref, Language lang) {
        return switch (ref.kind()) {
            case PROFILE -> catalog.profile(RoleId.of(ref.id())).map(p -> p.name().in(lang)).orElse(ref.id());
            case RESPONSIBILITY -> catalog.responsibility(ResponsibilityId.of(ref.id()))
                    .map(r -> r.text().in(lang)).orElse(ref.id());
            case COMPETENCY -> catalog.competency(CompetencyId.of(ref.id()))
                    .map(c -> c.name().in(lang)).orElse(ref.id());
        };
    }

    private static Doc.Table levelMatrix(RoleProfile profile, Texts t) {
        Language lang = t.language();
        List<String> headers = new ArrayList<>();
        headers.add(t.get("col.domain"));
        for (Level level : Level.values()) {
            headers.add(capitalise(level.label().in(lang)));
        }
        headers.add(t.get("col.total"));
        List<List<String>> rows = new ArrayList<>();
        int[] totals = new int[Level.values().length + 1];
        for (TaskDomain domain : TaskDomain.values()) {
            List<Responsibility> items = profile.responsibilities(domain);
            if (items.isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(capitalise(domain.label().in(lang)));
            for (Level level : Level.values()) {
                int n = (int) items.stream().filter(r -> r.level() == level).count();
                totals[level.ordinal()] += n;
                row.add(Integer.toString(n));
            }
            totals[totals.length - 1] += items.size();
            row.add(Integer.toString(items.size()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add(t.get("col.total"));
        for (int n : totals) {
            total.add(Integer.toString(n));
        }
        rows.add(total);
        return new Doc.Table(t.get("profile.tasks.matrix"), headers, rows, true, Set.of(1, 2, 3, 4));
    }

    private static String scale(RoleProfile profile, Language lang) {
        return profile.scale().name().in(lang) + ": " + profile.scale().levels().stream()
                .map(l -> l.value() + " " + l.label().in(lang)).collect(Collectors.joining(", "));
    }

    static String options(Requirement r, Texts t) {
        List<String> out = new ArrayList<>();
        for (RequirementOption option : r.options()) {
            String label = option.label().in(t.language());
            out.add(option.preferred() && r.hasAlternatives() ? t.format("option.preferred", label) : label);
        }
        return String.join(t.get("option.or"), out);
    }

    private static <T> List<T> join(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }

    /**
     * The text with its first letter in upper case.
     *
     * @param text the text
     * @return the capitalised text
     */
    static String capitalise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }
}
