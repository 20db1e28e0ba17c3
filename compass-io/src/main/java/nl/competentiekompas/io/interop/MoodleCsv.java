package nl.competentiekompas.io.interop;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Competency;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.ProficiencyScale;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScaleLevel;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.io.internal.AtomicFiles;
import nl.competentiekompas.io.internal.CsvCells;

/**
 * Writes a profile as a Moodle competency framework CSV, in the layout of Moodle's framework importer
 * ({@code tool_lpimportcsv}), so that any Moodle site can import it and build learning-plan templates on it.
 *
 * <p>The file has the fourteen columns of {@link #COLUMNS}, which Moodle's importer maps by position. The
 * first record after the header is the framework: the profile, with our proficiency scale as the Moodle scale
 * and its proficient flags as the scale configuration (the lowest proficient level is the default). Below it
 * come one competency per task domain with the domain's responsibilities as children, and one group
 * "competencies" with the competencies the profile targets as children; the framework's taxonomy is
 * {@code domain,competency}. ID numbers are {@code domain.<id>}, {@code task.<id>}, {@code competency.<id>}
 * and {@code competencies}, so they never collide. Texts are plain text (description format 2) in one
 * language; the framework's description ends with the catalog's attributions. Output is UTF-8 without a
 * byte-order mark, comma-separated, CRLF line ends, quoted where needed, and the same for the same input.
 *
 * <p>All methods are thread-safe.
 *
 * @since 0.1
 */
public final class MoodleCsv {

    /** The column headers, in the order Moodle's importer maps them. */
    public static final List<String> COLUMNS = List.of("Parent ID number", "ID number", "Short name", "Description",
            "Description format", "Scale values", "Scale configuration", "Rule type", "Rule outcome", "Rule config",
            "Cross-referenced competency ID numbers", "Exported ID", "Is framework", "Taxonomy");

    /** Moodle's {@code FORMAT_PLAIN}. */
    static final String PLAIN_TEXT = "2";
    /** The longest short name or ID number Moodle keeps. */
    static final int MAX_SHORT = 100;
    /** The ID number of the group that holds the competencies. */
    static final String COMPETENCIES = "competencies";

    private MoodleCsv() {
    }

    /**
     * Writes one profile of a catalog as a Moodle competency framework.
     *
     * @param catalog the catalog; not null
     * @param profile the profile's id; not null
     * @param language the language of the texts; not null
     * @param out where to write; not null; not closed
     * @throws nl.competentiekompas.core.UnknownIdException if the catalog has no such profile
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Catalog catalog, RoleId profile, Language language, OutputStream out) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(out, "out");
        RoleProfile p = catalog.requireProfile(Objects.requireNonNull(profile, "profile"));
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().fieldSeparator(',').quoteCharacter('"')
                .quoteStrategy(QuoteStrategies.REQUIRED).lineDelimiter(LineDelimiter.CRLF).build(text);
        csv.writeRecord(COLUMNS);
        for (List<String> row : rows(catalog, p, language)) {
            csv.writeRecord(row);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one profile to a file crash-safely: on failure the old file is untouched.
     *
     * @param catalog the catalog; not null
     * @param profile the profile's id; not null
     * @param language the language of the texts; not null
     * @param file the file; not null
     * @throws nl.competentiekompas.core.UnknownIdException if the catalog has no such profile
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Catalog catalog, RoleId profile, Language language, Path file) {
        Objects.requireNonNull(file, "file");
        catalog.requireProfile(Objects.requireNonNull(profile, "profile"));
        AtomicFiles.write(file, out -> write(catalog, profile, language, out));
    }

    /**
     * Writes one profile to a string, for tests and small tools.
     *
     * @param catalog the catalog; not null
     * @param profile the profile's id; not null
     * @param language the language of the texts; not null
     * @return the CSV; never null
     * @throws nl.competentiekompas.core.UnknownIdException if the catalog has no such profile
     */
    public static String toCsv(Catalog catalog, RoleId profile, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(catalog, profile, language, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<List<String>> rows(Catalog catalog, RoleProfile profile, Language language) {
        List<List<String>> rows = new ArrayList<>();
        StringBuilder description = new StringBuilder(profile.summary().in(language));
        for (Attribution attribution : catalog.attributions()) {
            description.append("\n\n").append(attribution.text().in(language));
        }
        rows.add(row("", profile.id().value(), profile.name().in(language), description.toString(),
                scaleValues(profile.scale(), language), scaleConfiguration(profile.scale()), "1", "domain,competency"));
        boolean dutch = language == Language.NL;
        for (TaskDomain domain : TaskDomain.values()) {
            List<Responsibility> tasks = profile.responsibilities(domain);
            if (tasks.isEmpty()) {
                continue;
            }
            String domainId = "domain." + domain.id();
            rows.add(row("", domainId, capitalised(domain.label().in(language), language), "", "", "", "", ""));
            for (Responsibility task : tasks) {
                String text = task.text().in(language);
                String facts = (dutch ? "Niveau: " : "Level: ") + task.level().label().in(language)
                        + (dutch ? "; onderwerp: " : "; topic: ") + task.topic().label().in(language) + ".";
                rows.add(row(domainId, "task." + task.id(), text, text + "\n\n" + facts, "", "", "", ""));
            }
        }
        if (!profile.competencyTargets().isEmpty()) {
            rows.add(row("", COMPETENCIES, dutch ? "Competenties" : "Competencies", "", "", "", "", ""));
            for (CompetencyTarget target : profile.competencyTargets()) {
                Competency competency = catalog.competency(target.competency()).orElseThrow();
                ScaleLevel level = profile.scale().requireLevel(target.target(), "RoleProfile", "competencyTargets");
                String goal = (dutch ? "Doelniveau: " : "Target level: ") + target.target() + " ("
                        + level.label().in(language) + ").";
                rows.add(row(COMPETENCIES, "competency." + competency.id(), competency.name().in(language),
                        competency.description().in(language) + "\n\n" + goal, "", "", "", ""));
            }
        }
        return rows;
    }

    private static List<String> row(String parent, String idNumber, String shortName, String description,
            String scaleValues, String scaleConfiguration, String isFramework, String taxonomy) {
        return List.of(parent, idNumber, CsvCells.neutralise(shorten(shortName)), CsvCells.neutralise(description),
                PLAIN_TEXT, scaleValues, scaleConfiguration, "", "", "", "", "", isFramework, taxonomy);
    }

    /** Moodle separates scale items by commas and has no escape: a comma inside a label becomes a semicolon. */
    static String scaleValues(ProficiencyScale scale, Language language) {
        StringBuilder b = new StringBuilder();
        for (ScaleLevel level : scale.levels()) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(level.label().in(language).replace(',', ';').strip());
        }
        return b.toString();
    }

    /**
     * The scale configuration Moodle stores: the scale id (which the importer replaces with the id of the
     * matching or new scale on the site), then each item by its 1-based position with its default and
     * proficient flags.
     */
    static String scaleConfiguration(ProficiencyScale scale) {
        StringBuilder b = new StringBuilder("[{\"scaleid\":\"0\"}");
        List<ScaleLevel> levels = scale.levels();
        int defaultPosition = 0;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).proficient()) {
                defaultPosition = i;
                break;
            }
        }
        for (int i = 0; i < levels.size(); i++) {
            b.append(",{\"id\":").append(i + 1).append(",\"scaledefault\":").append(i == defaultPosition ? 1 : 0)
                    .append(",\"proficient\":").append(levels.get(i).proficient() ? 1 : 0).append('}');
        }
        return b.append(']').toString();
    }

    /** Shortens a text to Moodle's 100 characters at a word boundary, ending with an ellipsis when cut. */
    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= MAX_SHORT) {
            return flat;
        }
        String head = flat.substring(0, flat.offsetByCodePoints(0, MAX_SHORT - 1));
        int space = head.lastIndexOf(' ');
        if (space > MAX_SHORT / 2) {
            head = head.substring(0, space);
        }
        return head.stripTrailing() + "\u2026";
    }

    private static String capitalised(String label, Language language) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(language.locale()) + label.substring(1);
    }
}
