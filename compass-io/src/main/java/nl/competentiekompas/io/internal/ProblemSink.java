package nl.competentiekompas.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Location;
import nl.competentiekompas.io.Problem;

/**
 * Collects the problems of one input, up to {@link CompassImportException#MAX_PROBLEMS}; one more problem
 * ends reading at once with a truncated exception. Not thread-safe: one per read.
 */
public final class ProblemSink {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Creates an empty sink for an input.
     *
     * @param source the input's name, used in every problem; not blank
     */
    public ProblemSink(String source) {
        this.source = Objects.requireNonNull(source, "source").isBlank() ? "input" : source;
    }

    /**
     * The input's name.
     *
     * @return the name
     */
    public String source() {
        return source;
    }

    /**
     * Records a problem.
     *
     * @param location where
     * @param code the code, a key of the message bundles
     * @param args the message arguments, names only
     * @throws CompassImportException with all problems so far when the cap is exceeded
     */
    public void add(Location location, String code, Object... args) {
        if (problems.size() == CompassImportException.MAX_PROBLEMS) {
            throw new CompassImportException(problems, true);
        }
        problems.add(new Problem(source, location, code, Messages.text(code, args)));
    }

    /**
     * Records a problem after which reading cannot go on, and returns the exception to throw.
     *
     * @param location where
     * @param code the code
     * @param args the message arguments, names only
     * @return the exception holding every problem so far
     */
    public CompassImportException fatal(Location location, String code, Object... args) {
        add(location, code, args);
        return new CompassImportException(problems, false);
    }

    /**
     * Whether no problem was recorded.
     *
     * @return true when clean
     */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * How many problems were recorded.
     *
     * @return the count
     */
    public int size() {
        return problems.size();
    }

    /**
     * Throws when any problem was recorded.
     *
     * @throws CompassImportException holding them
     */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new CompassImportException(problems, false);
        }
    }
}
