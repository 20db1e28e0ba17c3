package nl.competentiekompas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.competentiekompas.core.allocation.Allocation;
import nl.competentiekompas.core.allocation.Allocator;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Rules;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.GoverningBody;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.organisation.Appointment;
import nl.competentiekompas.core.organisation.AppointmentId;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.core.organisation.OrganisationId;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.core.organisation.Process;
import nl.competentiekompas.core.organisation.ProcessId;
import nl.competentiekompas.core.organisation.ReportingLine;
import nl.competentiekompas.core.organisation.Unit;
import nl.competentiekompas.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

class OrganisationDocumentsTests {

    static final Catalog CATALOG = Catalogs.builtIn();

    static Organisation municipality() {
        UnitId top = UnitId.of("gemeente");
        UnitId ict = UnitId.of("ict");
        UnitId social = UnitId.of("sociaal-domein");
        AppointmentId ciso = AppointmentId.of("a-ciso");
        AppointmentId iso = AppointmentId.of("a-iso");
        return Organisation.builder(OrganisationId.of("gemeente-test"), Sector.MUNICIPALITY).essentialEntity(true)
                .governingBody(GoverningBody.MUNICIPAL_SECRETARY).governingBody(GoverningBody.PORTFOLIO_HOLDER)
                .unit(Unit.top(top)).unit(Unit.under(ict, top).withItDepartment(true))
                .unit(Unit.under(social, top).withNeedsIso(true))
                .person(PersonId.of("p-1")).person(PersonId.of("p-2")).person(PersonId.of("p-3"))
                .process(new Process(ProcessId.of("jeugdzorg"), PersonId.of("p-3"), social))
                .appointment(Appointment.of(ciso, PersonId.of("p-1"), Catalogs.CISO_MUNICIPALITY, top,
                        Fte.ofThousandths(800)))
                .appointment(Appointment.of(iso, PersonId.of("p-2"), Catalogs.ISO, ict, Fte.ONE).withSideJob(true)
                        .withCovers(Set.of(social)))
                .line(ReportingLine.toBody(ciso, ReportingLine.Kind.HIERARCHICAL, GoverningBody.MUNICIPAL_SECRETARY))
                .line(ReportingLine.toAppointment(iso, ReportingLine.Kind.FUNCTIONAL, ciso))
                .build();
    }

    static String json(java.util.function.Consumer<java.io.OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void organisationsAllocationsAndEvaluationsRoundTrip() {
        Organisation organisation = municipality();
        String orgJson = json(out -> CompassJson.writeOrganisation(organisation, out));
        Organisation back = CompassJson.readOrganisation(in(orgJson), "org.json", CATALOG);
        assertThat(back).isEqualTo(organisation);
        assertThat(json(out -> CompassJson.writeOrganisation(back, out))).isEqualTo(orgJson);
        assertThat(AssessmentJsonProperties.schema(CompassJson.ORGANISATION).validate(orgJson, InputFormat.JSON))
                .isEmpty();

        Allocation allocation = Allocator.propose(organisation, CATALOG);
        String allocationJson = json(out -> CompassJson.writeAllocation(allocation, out));
        assertThat(CompassJson.readAllocation(in(allocationJson), "a.json", CATALOG)).isEqualTo(allocation);
        ByteArrayOutputStream matrix = new ByteArrayOutputStream();
        CompassCsv.writeAllocation(allocation, matrix, CsvFormat.excelNl());
        Allocation fromMatrix = CompassCsv.readAllocation(new ByteArrayInputStream(matrix.toByteArray()), "raci.csv",
                CATALOG);
        assertThat(fromMatrix.keys()).isEqualTo(allocation.keys());

        Evaluation evaluation = Rules.forSector(Sector.MUNICIPALITY).evaluate(organisation, allocation, CATALOG);
        String evaluationJson = json(out -> CompassJson.writeEvaluation(evaluation, out));
        assertThat(CompassJson.readEvaluation(in(evaluationJson), "e.json", CATALOG)).isEqualTo(evaluation);
        assertThat(AssessmentJsonProperties.schema(CompassJson.EVALUATION).validate(evaluationJson, InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void unknownRolesAndAmbiguousLinesAreLocated() {
        String orgJson = json(out -> CompassJson.writeOrganisation(municipality(), out))
                .replace("\"role\": \"iso\"", "\"role\": \"chief-hacker\"")
                .replace("\"toAppointment\": \"a-ciso\"", "\"toAppointment\": \"a-ciso\", \"toBody\": \"board\"");
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> CompassJson.readOrganisation(in(orgJson), "org.json", CATALOG));
        assertThat(e.problems()).extracting(p -> p.code() + " " + ((Location.JsonPointer) p.location()).pointer())
                .containsExactly("ref-unknown /appointments/1/role", "json-type /lines/1");
        assertThat(e.describe(nl.competentiekompas.core.catalog.Language.EN)).doesNotContain("chief-hacker");
    }

    @Test
    void appointmentsRoundTripThroughCsvAndRebuildTheOrganisation() {
        Organisation organisation = municipality();
        for (CsvFormat format : java.util.List.of(CsvFormat.excelNl(), CsvFormat.international())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CompassCsv.writeAppointments(organisation.appointments(), out, format);
            java.util.List<Appointment> back = CompassCsv.readAppointments(
                    new ByteArrayInputStream(out.toByteArray()), "aanstellingen.csv", CATALOG);
            assertThat(back).isEqualTo(organisation.appointments());
        }
        String csv = "aanstelling;persoon;rol;eenheid;fte;nevenfunctie;dekt\n"
                + "a-1;p-1;ciso-municipality;gemeente;0,8;nee;\n"
                + "a-1;p-2;iso;ict;1,0005;misschien;ict, Sociaal\n"
                + "a-3;p-3;hacker;ict;1;ja;\n";
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> CompassCsv.readAppointments(in(csv), "aanstellingen.csv", CATALOG));
        assertThat(ProblemCells.of(e)).containsExactly("csv-fte@3:5", "csv-boolean@3:6",
                        "csv-covers@3:7", "ref-unknown-role@4:3");
    }

    @Test
    void everyProblemOfAnAppointmentRowIsDescribedAtItsCellWithoutItsValue() {
        String csv = "aanstelling;persoon;rol;eenheid;fte;nevenfunctie;dekt\n"
                + ";;;;;;\n"
                + "A 1;-secret;Iso;ICT Dienst;veel;misschien;ict, !secret\n"
                + "a-3;p-3;secret-role;ict;101;ja;\n"
                + "a-4;p-4;iso;ict;0,5;;ict sociaal|burgerzaken\n";
        CompassImportException e = catchThrowableOfType(CompassImportException.class,
                () -> CompassCsv.readAppointments(in(csv), "aanstellingen.csv", CATALOG));
        assertThat(ProblemCells.of(e)).containsExactly(
                        "csv-required@2:1", "csv-required@2:2", "csv-required@2:3", "csv-required@2:4",
                        "csv-fte@2:5",
                        "csv-id@3:1", "csv-person@3:2", "csv-id@3:3", "csv-id@3:4", "csv-fte@3:5",
                        "csv-boolean@3:6", "csv-covers@3:7",
                        "ref-unknown-role@4:3", "csv-fte@4:5");
        for (nl.competentiekompas.core.catalog.Language language : nl.competentiekompas.core.catalog.Language.values()) {
            assertThat(e.describe(language)).doesNotContain("secret").contains("aanstellingen.csv");
        }
    }
}
