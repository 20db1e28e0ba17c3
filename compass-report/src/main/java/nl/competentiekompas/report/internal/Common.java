package nl.competentiekompas.report.internal;

import java.util.ArrayList;
import java.util.List;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.report.ReportContext;

/**
 * Parts every report shares: the lines under the title and the catalog's credits.
 */
final class Common {

    private Common() {
    }

    static List<String> meta(Catalog catalog, ReportContext context) {
        Texts t = Texts.of(context.language());
        return List.of(t.format("meta.catalog", catalog.name().in(context.language()), catalog.version()),
                t.format("meta.date", t.date(context.documentDate())),
                t.format("meta.document", context.documentId()));
    }

    static List<String> credits(Catalog catalog, Language language) {
        List<String> out = new ArrayList<>();
        for (Attribution attribution : catalog.attributions()) {
            out.add(attribution.text().in(language));
        }
        return out;
    }
}
