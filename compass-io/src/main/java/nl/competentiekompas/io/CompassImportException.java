package nl.competentiekompas.io;

import java.util.List;
import java.util.Objects;
import nl.competentiekompas.core.CompassException;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Language;

/**
 * Thrown when an input cannot be read: it holds every {@link Problem} found in it, up to
 * {@link #MAX_PROBLEMS}.
 *
 * <p>Reading goes on after the first problem so that a user can fix a file in one pass; once the cap is
 * reached, reading stops and {@link #truncated()} is true. The exception never has a cause: the parsers'
 * own exceptions quote the input, which may be personal data, so their text is not passed on. The message
 * is English and names places and codes only. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CompassImportException extends CompassException {

    /** The most problems collected from one input before reading stops. */
    public static final int MAX_PROBLEMS = 100;

    private static final long serialVersionUID = 1L;

    /** The problems; a list of records, serializable when the list is. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;
    private final boolean truncated;

    /**
     * Creates the exception.
     *
     * @param problems the problems in input order; not null, not empty, at most {@link #MAX_PROBLEMS}
     * @param truncated whether reading stopped at the cap, so that more problems may exist
     * @throws NullPointerException if {@code problems} or an element is null
     * @throws InvalidValueException if the list is empty or longer than the cap
     */
    public CompassImportException(List<Problem> problems, boolean truncated) {
        super(summary(List.copyOf(Objects.requireNonNull(problems, "CompassImportException.problems")), truncated));
        this.problems = List.copyOf(problems);
        if (this.problems.size() > MAX_PROBLEMS) {
            throw new InvalidValueException("CompassImportException", "problems",
                    "must hold at most " + MAX_PROBLEMS + " problems");
        }
        this.truncated = truncated;
    }

    private static String summary(List<Problem> problems, boolean truncated) {
        if (problems.isEmpty()) {
            throw new InvalidValueException("CompassImportException", "problems", "must not be empty");
        }
        int n = problems.size();
        String count = n + (truncated ? " or more" : "") + (n == 1 && !truncated ? " problem" : " problems");
        return count + " in '" + problems.get(0).source() + "'; first: " + problems.get(0).describe(Language.EN);
    }

    /**
     * The problems, in the order they were found.
     *
     * @return the problems; never null or empty
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Whether reading stopped after {@link #MAX_PROBLEMS} problems, so the input may hold more.
     *
     * @return true when truncated
     */
    public boolean truncated() {
        return truncated;
    }

    /**
     * All problems as lines for people, one per problem.
     *
     * @param language the language; not null
     * @return the lines joined by {@code \n}; never null
     */
    public String describe(Language language) {
        Objects.requireNonNull(language, "language");
        StringBuilder b = new StringBuilder();
        for (Problem problem : problems) {
            b.append(problem.describe(language)).append('\n');
        }
        if (truncated) {
            b.append(language == Language.NL ? "(gestopt na " + MAX_PROBLEMS + " problemen)"
                    : "(stopped after " + MAX_PROBLEMS + " problems)").append('\n');
        }
        return b.toString();
    }
}
