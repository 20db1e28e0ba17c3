package nl.competentiekompas.io.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.ReflectionForm;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What the cheap paths for the elements of a many-assessments document make of an element's values, and what
 * they accept: only what is valid as it stands, so that anything else is left to the tree path, which names
 * the problem. A catalog has few profiles, so what each is read as is kept; documents hold runs of one person,
 * so the last person ids made are kept. Not thread-safe: one per stream.
 */
final class AssessmentValues {

    /** The properties of an element, in order: a bit each, in the masks below. */
    static final List<String> ELEMENT = List.of("profile", "subject", "rater", "perspective", "date", "entries",
            "answers", "developmentGoals");
    static final int PROFILE = 1;
    static final int SUBJECT = 2;
    static final int RATER = 4;
    static final int PERSPECTIVE = 8;
    static final int DATE = 16;
    static final int HEADER = PROFILE | SUBJECT | RATER | PERSPECTIVE | DATE;
    static final int ENTRIES = 32;
    static final int ANSWERS = 64;
    static final int GOALS = 128;
    static final int ALL = HEADER | ENTRIES | ANSWERS | GOALS;
    /** The properties of an entry, and of an answer, in order. */
    static final List<String> ENTRY = List.of("competency", "score", "reflection", "action");
    static final List<String> ANSWER = List.of("question", "text");

    private final Catalog catalog;
    /** The profiles found by their ids' texts: no more than the catalog has. */
    private final java.util.Map<String, RoleProfile> profiles = new java.util.HashMap<>();
    /** What each profile's entries are read with. */
    private final java.util.Map<RoleProfile, Targets> targetsByProfile = new java.util.IdentityHashMap<>();
    /** The last subject and rater texts read and their ids. */
    private final String[] personText = new String[2];
    private final @Nullable PersonId[] personRead = new PersonId[2];
    /** The header of the element being read, as far as read. */
    private @Nullable RoleProfile profile;
    private @Nullable PersonId subject;
    private @Nullable PersonId rater;
    private @Nullable Perspective perspective;
    private @Nullable LocalDate date;

    /** The competencies of the profile whose entries are being read, and what is known of them. */
    private Targets targets = new Targets(List.of());
    private int elementNumber;

    /**
     * The competencies a profile targets: their ids, as characters, and as they stand in JSON without escapes
     * (UTF-8 bytes and the closing quote); for each, the number of the element whose entries named it last (an
     * element numbers itself); and the one the last entry named, as entries mostly follow the profile's order.
     */
    private static final class Targets {
        final CompetencyId[] ids;
        final char[][] chars;
        final byte[][] quoted;
        final int[] namedIn;
        int last = -1;

        /** The index of the target to try {@code k}-th: from the one after the last named on, round. */
        int tried(int k) {
            int i = last + 1 + k;
            return i < ids.length ? i : i - ids.length;
        }

        Targets(List<CompetencyTarget> all) {
            ids = new CompetencyId[all.size()];
            chars = new char[all.size()][];
            quoted = new byte[all.size()][];
            namedIn = new int[all.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = all.get(i).competency();
                chars[i] = ids[i].value().toCharArray();
                quoted[i] = (ids[i].value() + '"').getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    AssessmentValues(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Starts an element: no header property is read yet. */
    void element() {
        profile = null;
        subject = null;
        rater = null;
        perspective = null;
        date = null;
    }

    /**
     * Takes the value of a header property of the element.
     *
     * @param bit the property's bit: {@link #PROFILE}, {@link #SUBJECT}, {@link #RATER}, {@link #PERSPECTIVE} or
     *        {@link #DATE}
     * @return false when the value is not valid as it stands
     */
    boolean header(int bit, String value) {
        switch (bit) {
            case PROFILE -> profile = profile(value);
            case SUBJECT -> subject = person(value, 0);
            case RATER -> rater = person(value, 1);
            case PERSPECTIVE -> perspective = perspective(value);
            default -> date = date(value);
        }
        return switch (bit) {
            case PROFILE -> profile != null;
            case PERSPECTIVE -> perspective != null;
            case DATE -> date != null;
            default -> true;
        };
    }

    /**
     * A builder of the element's assessment, once its whole header is read.
     *
     * @return the builder; it refuses what the core does not allow
     */
    Assessment.Builder builder() {
        return Assessment.builder(java.util.Objects.requireNonNull(profile), java.util.Objects.requireNonNull(subject),
                java.util.Objects.requireNonNull(rater), java.util.Objects.requireNonNull(perspective),
                java.util.Objects.requireNonNull(date));
    }

    /** Starts the entries of the element: from here on, each target of its profile may be named once. */
    void entries() {
        entriesOf(java.util.Objects.requireNonNull(profile));
    }

    /** The profile an id names, or null for an unknown one. */
    @Nullable RoleProfile profile(String value) {
        RoleProfile profile = profiles.get(value);
        if (profile == null) {
            profile = catalog.profile(RoleId.of(value)).orElse(null);
            if (profile != null) {
                profiles.put(value, profile);
            }
        }
        return profile;
    }

    /**
     * A person id, the one made last for this slot when the text is the same (ids are values).
     *
     * @param slot 0 for the subject, 1 for the rater
     */
    PersonId person(String value, int slot) {
        PersonId id = personRead[slot];
        if (id == null || !value.equals(personText[slot])) {
            id = PersonId.of(value);
            personRead[slot] = id;
            personText[slot] = value;
        }
        return id;
    }

    static @Nullable Perspective perspective(String id) {
        for (Perspective v : Perspective.values()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        return null;
    }

    /** A date written with four year digits, or null for anything else. */
    static @Nullable LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = CsvCells.digits(s, 0, 4);
        int month = CsvCells.digits(s, 5, 7);
        int day = CsvCells.digits(s, 8, 10);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    /** Starts the entries of an element of a profile: from here on, each target may be named once. */
    private void entriesOf(RoleProfile profile) {
        targets = targetsByProfile.computeIfAbsent(profile, p -> new Targets(p.competencyTargets()));
        elementNumber++;
    }

    /**
     * The index among the profile's targets of the competency id in some characters, or -1 for anything else.
     * Compares characters, so no string is made; the target after the last one named is tried first.
     */
    int target(char[] chars, int offset, int length) {
        Targets t = targets;
        for (int k = 0; k < t.ids.length; k++) {
            int i = t.tried(k);
            if (Arrays.equals(t.chars[i], 0, t.chars[i].length, chars, offset, offset + length)) {
                return t.last = i;
            }
        }
        return -1;
    }

    /**
     * {@link #target(char[], int, int)} of a competency id in a JSON string, without escapes: the index of the
     * target whose id and closing quote stand in the bytes from {@code from} on, before {@code limit}.
     */
    int target(byte[] bytes, int from, int limit) {
        Targets t = targets;
        for (int k = 0; k < t.ids.length; k++) {
            int i = t.tried(k);
            if (ByteWindow.holds(bytes, from, limit, t.quoted[i])) {
                return t.last = i;
            }
        }
        return -1;
    }

    /**
     * The length of a target's id as it stands in JSON, closing quote included (see
     * {@link #target(byte[], int, int)}).
     */
    int quotedLength(int target) {
        return targets.quoted[target].length;
    }

    /**
     * Adds an entry to the builder when it is whole and names a target not named before in this element.
     *
     * @param target the index of the target named, or -1
     * @param scored whether a score was given
     * @param score the score given; any int, which the builder judges
     * @return false when the entry is not valid as it stands
     */
    boolean entry(Assessment.Builder b, int target, boolean scored, int score, @Nullable String reflection,
            @Nullable String action) {
        if (target < 0 || reflection == null || action == null || targets.namedIn[target] == elementNumber) {
            return false;
        }
        targets.namedIn[target] = elementNumber;
        CompetencyId competency = targets.ids[target];
        // an empty text is what the builder holds for a text not given, so it is not passed (each competency is
        // named once, see above)
        if (scored) {
            b.score(competency, score);
        }
        if (!reflection.isEmpty()) {
            b.reflection(competency, reflection);
        }
        if (!action.isEmpty()) {
            b.action(competency, action);
        }
        return true;
    }

    /**
     * Adds a development goal to the builder when it is valid as it stands.
     *
     * @param count the number of goals of the element so far, this one included
     * @return false when it is not
     */
    static boolean goal(Assessment.Builder b, int count, String text) {
        if (count > ReflectionForm.MAX_DEVELOPMENT_GOALS || text.isBlank()) {
            return false;
        }
        b.developmentGoal(text);
        return true;
    }
}
