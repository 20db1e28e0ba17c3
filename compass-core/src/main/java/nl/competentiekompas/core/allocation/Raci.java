package nl.competentiekompas.core.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
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

    /** The 16 possible sets of letters, unmodifiable, indexed by the bit mask of their ordinals. */
    private static final List<Set<Raci>> SETS;

    static {
        List<Set<Raci>> sets = new ArrayList<>(16);
        for (int mask = 0; mask < 16; mask++) {
            EnumSet<Raci> set = EnumSet.noneOf(Raci.class);
            for (Raci r : values()) {
                if ((mask & (1 << r.ordinal())) != 0) {
                    set.add(r);
                }
            }
            sets.add(Collections.unmodifiableSet(set));
        }
        SETS = List.copyOf(sets);
    }

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
     * The shared unmodifiable set holding exactly the given letters, in the enum's order.
     *
     * @param letters the letters; not null, no null elements
     * @return the set; never null
     * @throws InvalidValueException if the collection holds null
     */
    public static Set<Raci> setOf(Collection<Raci> letters) {
        Objects.requireNonNull(letters, "letters");
        // most callers pass a shared set already (every assignment checks its letters): return it without the
        // iterators a walk over it allocates
        for (int i = 0; i < SETS.size(); i++) {
            if (SETS.get(i) == letters) {
                return SETS.get(i);
            }
        }
        int mask = 0;
        for (Raci r : letters) {
            if (r == null) {
                throw new InvalidValueException("Raci", "letters", "must not hold null");
            }
            mask |= 1 << r.ordinal();
        }
        return SETS.get(mask);
    }

    /** The shared set of the letters whose ordinals a bit mask holds. */
    static Set<Raci> ofMask(int mask) {
        return SETS.get(mask);
    }

    /** The bit mask of the ordinals of a set of letters. */
    static int mask(Set<Raci> letters) {
        for (int i = 0; i < SETS.size(); i++) {
            if (SETS.get(i) == letters) {
                return i;
            }
        }
        int mask = 0;
        for (Raci r : letters) {
            mask |= 1 << r.ordinal();
        }
        return mask;
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
