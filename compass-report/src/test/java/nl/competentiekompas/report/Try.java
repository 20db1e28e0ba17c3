package nl.competentiekompas.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.competentiekompas.core.catalog.Language;

final class Try {
    public static void main(String[] args) throws Exception {
        Report r = Reports.profileSheet(SampleCatalog.create(), SampleCatalog.CISO);
        for (Language l : Language.values()) {
            ReportContext c = ReportContext.of(l, LocalDate.of(2026, 11, 22), "sample-1");
            for (ReportFormat f : ReportFormat.values()) {
                Files.write(Path.of("/tmp/rep/profile-" + l.tag() + "." + f.extension()), r.render(f, c));
            }
        }
    }
}
