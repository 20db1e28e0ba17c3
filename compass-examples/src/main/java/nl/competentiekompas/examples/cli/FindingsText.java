package nl.competentiekompas.examples.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import nl.competentiekompas.core.allocation.Evaluation;
import nl.competentiekompas.core.allocation.Finding;
import nl.competentiekompas.core.allocation.Severity;
import nl.competentiekompas.core.catalog.Language;

/** Findings as plain text for the terminal. */
final class FindingsText {

    private FindingsText() {
    }

    static void print(String organisation, Evaluation evaluation, Language language, PrintWriter out) {
        boolean nl = language == Language.NL;
        long errors = evaluation.open(Severity.ERROR).size();
        long warnings = evaluation.open(Severity.WARNING).size();
        out.println(organisation + ": " + evaluation.findings().size() + (nl ? " bevindingen (" : " findings (")
                + errors + " ERROR, " + warnings + " WARNING" + (nl ? " open)" : " open)"));
        for (Finding finding : evaluation.findings()) {
            out.println();
            out.println(finding.severity() + " " + finding.ruleId() + "  [" + String.join(", ", finding.subjects())
                    + "]" + (finding.accepted() ? (nl ? "  geaccepteerd tot " : "  accepted until ")
                            + finding.acceptance().orElseThrow().expires() : ""));
            out.println("  " + finding.message().in(language));
            out.println("  " + (nl ? "Bronnen: " : "Sources: ")
                    + finding.sources().stream().map(s -> s.citation(language)).collect(Collectors.joining("; ")));
        }
    }
}
