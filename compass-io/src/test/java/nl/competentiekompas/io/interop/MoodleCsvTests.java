package nl.competentiekompas.io.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.ProficiencyScale;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.io.internal.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

class MoodleCsvTests {

    private static final Catalog CATALOG = Catalogs.builtIn();

    private static List<CsvRecord> read(String csv) {
        return CsvReader.builder().ofCsvRecord(csv).stream().toList();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyProfileParsesAs14ColumnsWithOneFrameworkRowAndACorrectTree(Language language) {
        for (RoleProfile profile : CATALOG.profiles()) {
            List<CsvRecord> records = read(MoodleCsv.toCsv(CATALOG, profile.id(), language));
            assertThat(records.get(0).getFields()).containsExactlyElementsOf(MoodleCsv.COLUMNS);
            assertThat(records).allSatisfy(r -> assertThat(r.getFieldCount()).isEqualTo(14));
            List<CsvRecord> rows = records.subList(1, records.size());
            assertThat(rows).filteredOn(r -> !r.getField(12).isEmpty()).hasSize(1);
            CsvRecord framework = rows.get(0);
            assertThat(framework.getField(12)).isEqualTo("1");
            assertThat(framework.getField(1)).isEqualTo(profile.id().value());
            assertThat(framework.getField(13)).isEqualTo("domain,competency");

            Map<String, String> parentOf = new HashMap<>();
            for (CsvRecord row : rows.subList(1, rows.size())) {
                String parent = row.getField(0);
                assertThat(parent.isEmpty() || parentOf.containsKey(parent)).as(row.getField(1)).isTrue();
                assertThat(parentOf.put(row.getField(1), parent)).as("unique " + row.getField(1)).isNull();
                assertThat(row.getField(2)).isNotBlank();
                assertThat(row.getField(2).codePointCount(0, row.getField(2).length())).isLessThanOrEqualTo(100);
                assertThat(row.getField(4)).isEqualTo("2");
                assertThat(parentOf.get(parent) == null || parentOf.get(parent).isEmpty()).as("depth at most 2")
                        .isTrue();
            }
            for (Responsibility task : profile.responsibilities()) {
                assertThat(parentOf).containsEntry("task." + task.id(), "domain." + task.domain().id());
            }
            for (CompetencyTarget target : profile.competencyTargets()) {
                assertThat(parentOf).containsEntry("competency." + target.competency(), "competencies");
            }
            assertThat(parentOf).hasSize(profile.responsibilities().size() + profile.competencyTargets().size()
                    + (profile.competencyTargets().isEmpty() ? 0 : 1)
                    + (int) profile.responsibilities().stream().map(Responsibility::domain).distinct().count());
        }
    }

    @Test
    void theFrameworkCarriesOurScaleWithItsProficientFlags() {
        CsvRecord framework = read(MoodleCsv.toCsv(CATALOG, Catalogs.CISO_HEALTHCARE, Language.NL)).get(1);
        ProficiencyScale scale = CATALOG.requireProfile(Catalogs.CISO_HEALTHCARE).scale();
        assertThat(framework.getField(5)).isEqualTo("basis,in ontwikkeling,bekwaam,gevorderd,expert");
        JsonNode config = StrictJson.mapper().readTree(framework.getField(6));
        assertThat(config.size()).isEqualTo(scale.levels().size() + 1);
        assertThat(config.get(0).has("scaleid")).isTrue();
        int defaults = 0;
        for (int i = 0; i < scale.levels().size(); i++) {
            JsonNode item = config.get(i + 1);
            assertThat(item.get("id").intValue()).isEqualTo(i + 1);
            assertThat(item.get("proficient").intValue() == 1).isEqualTo(scale.levels().get(i).proficient());
            defaults += item.get("scaledefault").intValue();
        }
        assertThat(defaults).isEqualTo(1);
        assertThat(config.get(3).get("scaledefault").intValue()).as("the lowest proficient level").isEqualTo(1);
        assertThat(framework.getField(3)).contains(CATALOG.attributions().get(0).text().in(Language.NL));
    }

    @Test
    void longTextsAreShortenedAtAWordAndCellsAreNeutralised() {
        String text = "woord ".repeat(40);
        String short_ = MoodleCsv.shorten(text);
        assertThat(short_).endsWith("woord\u2026").hasSizeLessThanOrEqualTo(100);
        assertThat(MoodleCsv.shorten("  kort\n  genoeg ")).isEqualTo("kort genoeg");
        assertThat(MoodleCsv.shorten("x".repeat(150))).hasSize(100);
    }

    @Test
    void theSameProfileGivesTheSameBytesAndAFileIsWrittenWhole(@TempDir Path dir) throws Exception {
        String csv = MoodleCsv.toCsv(CATALOG, Catalogs.ISO, Language.EN);
        assertThat(MoodleCsv.toCsv(CATALOG, Catalogs.ISO, Language.EN)).isEqualTo(csv);
        assertThat(csv).startsWith("Parent ID number,ID number,Short name,").contains("\r\n");
        Path file = dir.resolve("iso.csv");
        MoodleCsv.write(CATALOG, Catalogs.ISO, Language.EN, file);
        assertThat(Files.readString(file)).isEqualTo(csv);
    }

    @Test
    void rejectsAnUnknownProfileAndNulls() {
        assertThatThrownBy(() -> MoodleCsv.toCsv(CATALOG, RoleId.of("nobody"), Language.EN))
                .isInstanceOf(UnknownIdException.class);
        assertThatNullPointerException().isThrownBy(() -> MoodleCsv.toCsv(CATALOG, null, Language.EN))
                .withMessage("profile");
        assertThatNullPointerException().isThrownBy(() -> MoodleCsv.toCsv(null, Catalogs.ISO, Language.EN))
                .withMessage("catalog");
    }
}
