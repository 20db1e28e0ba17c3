package nl.competentiekompas.examples.cli;

import java.nio.file.Path;
import nl.competentiekompas.core.organisation.Organisation;
import nl.competentiekompas.examples.demo.SampleData;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CompassJson;
import nl.competentiekompas.io.CsvFormat;

/** The demo's sample data written as the files a user would pass to the tool. */
record SampleFiles(Path municipality, Path municipalAllocation, Path hospital, Path assessmentsCsv,
        Path assessmentsJson, Path candidates) {

    static SampleFiles writeTo(Path folder) {
        SampleData data = new SampleData();
        Organisation municipality = data.municipality();
        SampleFiles files = new SampleFiles(folder.resolve("zeestad.json"), folder.resolve("zeestad-allocation.json"),
                folder.resolve("rivierland.json"), folder.resolve("beoordelingen.csv"),
                folder.resolve("assessments.json"), folder.resolve("kandidaten.csv"));
        CompassJson.writeTo(files.municipality(), o -> CompassJson.writeOrganisation(municipality, o));
        CompassJson.writeTo(files.municipalAllocation(),
                o -> CompassJson.writeAllocation(data.municipalAllocation(municipality), o));
        CompassJson.writeTo(files.hospital(), o -> CompassJson.writeOrganisation(data.hospital(), o));
        CompassCsv.writeTo(files.assessmentsCsv(),
                o -> CompassCsv.writeAssessments(data.assessments(), o, CsvFormat.excelNl()));
        CompassJson.writeTo(files.assessmentsJson(), o -> CompassJson.writeAssessments(data.assessments(), o));
        CompassCsv.writeTo(files.candidates(), o -> CompassCsv.writeCandidates(data.candidates(), o, CsvFormat.excelNl()));
        return files;
    }
}
