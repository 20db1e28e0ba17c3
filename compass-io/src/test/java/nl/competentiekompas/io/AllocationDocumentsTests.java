package nl.competentiekompas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Assignment;
import nl.competentiekompas.core.allocation.Raci;
import nl.competentiekompas.core.allocation.RiskAcceptance;
import nl.competentiekompas.core.allocation.Scope;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

class AllocationDocumentsTests {

    static final Catalog CATALOG = Catalogs.builtIn();

    static Allocation allocation(boolean efforts) {
        List<Responsibility> rs = CATALOG.responsibilities();
        List<Scope> scopes = List.of(Scope.organisation(), Scope.unit(UnitId.of("ict")),
                Scope.process(ProcessId.of("salarisadministratie")));
        List<Assignment> all = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Responsibility r = rs.get(i * 3 % rs.size());
            Scope scope = scopes.get(i % 3);
            all.add(new Assignment(r.id(), scope, PersonId.of("p-" + (i % 4)), EnumSet.of(Raci.A, Raci.R),
                    efforts && i % 2 == 0 ? Optional.of(Fte.ofThousandths(125 * i)) : Optional.empty()));
            all.add(new Assignment(r.id(), scope, PersonId.of("p-" + (i % 4 + 4)), Set.of(Raci.C),
                    Optional.empty()));
        }
        return Allocation.of(all);
    }

    static byte[] csv(Allocation a, CsvFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompassCsv.writeAllocation(a, out, format);
        return out.toByteArray();
    }

    @Test
    void allocationsRoundTripThroughTheRaciMatrix() {
        Allocation allocation = allocation(false);
        for (CsvFormat format : List.of(CsvFormat.excelNl(), CsvFormat.international())) {
            byte[] bytes = csv(allocation, format);
            Allocation back = CompassCsv.readAllocation(new ByteArrayInputStream(bytes), "raci.csv", CATALOG);
            assertThat(back).isEqualTo(allocation);
            assertThat(csv(back, format)).isEqualTo(bytes);
        }
    }

    @Test
    void allocationsAndAcceptancesRoundTripThroughJson() {
        Allocation allocation = allocation(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompassJson.writeAllocation(allocation, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(CompassJson.readAllocation(new ByteArrayInputStream(out.toByteArray()), "a.json", CATALOG))
                .isEqualTo(allocation);
        assertThat(AssessmentJsonProperties.schema(CompassJson.ALLOCATION).validate(json, InputFormat.JSON)).isEmpty();

        List<RiskAcceptance> acceptances = List.of(new RiskAcceptance("ciso-independent", "organisation",
                "Tijdelijk; besluit RvB", GoverningBody.BOARD_OF_DIRECTORS, LocalDate.of(2027, 1, 1)));
        ByteArrayOutputStream acc = new ByteArrayOutputStream();
        CompassJson.writeRiskAcceptances(acceptances, acc);
        assertThat(CompassJson.readRiskAcceptances(new ByteArrayInputStream(acc.toByteArray()), "r.json"))
                .isEqualTo(acceptances);
        assertThat(AssessmentJsonProperties.schema(CompassJson.RISK_ACCEPTANCES)
                .validate(acc.toString(StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
    }

    @Test
    void unknownResponsibilitiesAndBadLettersAreLocated() {
        String json = "{\"format\": \"competentiekompas/allocation\", \"version\": 1, \"assignments\": ["
                + "{\"responsibility\": \"no-such-task\", \"scope\": \"organisation\", \"person\": \"p-1\", \"raci\": \"A\"},"
                + "{\"responsibility\": \"" + CATALOG.responsibilities().get(0).id() + "\", \"scope\": \"team:x\","
                + " \"person\": \"p-1\", \"raci\": \"AA\", \"effort\": 0.0005}]}";
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> CompassJson.readAllocation(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        "a.json", CATALOG));
        assertThat(e.problems()).extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("ref-unknown /assignments/0/responsibility", "json-type /assignments/1/scope",
                        "json-type /assignments/1/raci", "json-type /assignments/1/effort");
    }
}
