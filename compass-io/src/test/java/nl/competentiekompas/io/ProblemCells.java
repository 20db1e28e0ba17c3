package nl.competentiekompas.io;

import java.util.List;

/** Problems of a CSV import written {@code code@line:column}, for tests that list what was found where. */
public final class ProblemCells {

    private ProblemCells() {
    }

    /**
     * The problems of an import, each as {@code code@line:column}.
     *
     * @param e the exception
     * @return the problems in order
     */
    public static List<String> of(CompassImportException e) {
        return e.problems().stream().map(p -> {
            Location.CsvCell at = (Location.CsvCell) p.location();
            return p.code() + "@" + at.line() + ":" + at.column();
        }).toList();
    }
}
