package nl.competentiekompas.core.allocation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;

/**
 * A letter of the RACI scheme: who is Responsible, Accountable, Consulted or Informed for a task.
 *
 * @since 0.1
 */
public enum Raci {
    /** Does the work. */
    R('R'),
    /** Answers for the result; exactly one per task and scope. */
    A('A'),
    /** Is asked for advice before. */
    C('C'),
    /** Is told after. */
    I('I');

    private final char letter;

    Raci(char letter) {
        this.letter = letter;
    }

    /**
     * The letter.
     *
     * @return {@code 'R'}, {@code 'A'}, {@code 'C'} or {@code 'I'}
     */
    public char letter() {
        return letter;
    }

    /**
     * Finds the constant for a letter, in either case.
     *
     * @param letter the letter
     * @return the constant, or empty
     */
    public static Optional<Raci> fromLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        for (Raci value : values()) {
            if (value.letter == upper) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a set of letters such as {@code "RA"}.
     *
     * @param letters the letters; not null
     * @return the letters in the enum's order; never null
     * @throws InvalidValueException if a character is not a RACI letter or none is given
     */
    public static Set<Raci> parse(String letters) {
        Objects.requireNonNull(letters, "letters");
        EnumSet<Raci> set = EnumSet.noneOf(Raci.class);
        for (char c : letters.toCharArray()) {
            set.add(fromLetter(c).orElseThrow(() -> new InvalidValueException("Raci",
                    "letters", "must hold only the letters R, A, C and I")));
        }
        if (set.isEmpty()) {
            throw new InvalidValueException("Raci", "letters", "must hold at least one letter");
        }
        return Collections.unmodifiableSet(set);
    }
}
