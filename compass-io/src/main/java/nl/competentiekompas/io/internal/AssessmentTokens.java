package nl.competentiekompas.io.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.ReflectionForm;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The cheap path for one element of a many-assessments document: maps it straight from the tokens into the
 * builder, without a tree, when it is wholly valid. At the first thing that is not as a valid element has it
 * (an unknown, missing, null or mistyped property, a value the core refuses) it gives up and leaves the parser
 * inside the element; the caller then reads the element through the tree path, which names every problem.
 * A name given twice inside the element is such a thing too: the caller reads the element without the
 * parser's duplicate check, so this path must never accept one. Malformed JSON is the parser's to report.
 */
final class AssessmentTokens {

    private static final int PROFILE = 1;
    private static final int SUBJECT = 2;
    private static final int RATER = 4;
    private static final int PERSPECTIVE = 8;
    private static final int DATE = 16;
    private static final int HEADER = PROFILE | SUBJECT | RATER | PERSPECTIVE | DATE;
    private static final int ENTRIES = 32;
    private static final int ANSWERS = 64;
    private static final int GOALS = 128;
    private static final int ALL = HEADER | ENTRIES | ANSWERS | GOALS;

    /** The element's names, in the order of the bits above. */
    private static final PropertyNameMatcher ELEMENT = BinaryNameMatcher.construct(List.of("profile", "subject",
            "rater", "perspective", "date", "entries", "answers", "developmentGoals"));
    private static final PropertyNameMatcher ENTRY = BinaryNameMatcher.construct(List.of("competency", "score",
            "reflection", "action"));
    private static final PropertyNameMatcher ANSWER = BinaryNameMatcher.construct(List.of("question", "text"));

    private final JsonParser p;
    private final Catalog catalog;
    private @Nullable RoleProfile profile;
    private @Nullable PersonId subject;
    private @Nullable PersonId rater;
    private @Nullable Perspective perspective;
    private @Nullable LocalDate date;
    /** The last profile text read and what it named: documents hold runs of one profile. */
    private String profileText = "";
    private @Nullable RoleProfile profileRead;
    /** The last subject and rater texts read and their ids: documents hold runs of one person. */
    private final String[] personText = new String[2];
    private final @Nullable PersonId[] personRead = new PersonId[2];
    /** The competencies the last profile targets, and their ids as characters. */
    private @Nullable RoleProfile targetsOf;
    private CompetencyId[] targets = new CompetencyId[0];
    private char[][] targetChars = new char[0][];
    /** For each target, the number of the element whose entries named it last; an element numbers itself. */
    private int[] namedIn = new int[0];
    private int elementNumber;
    /** The target the last entry named: entries mostly follow the profile's order. */
    private int lastTarget = -1;

    AssessmentTokens(JsonParser p, Catalog catalog) {
        this.p = p;
        this.catalog = catalog;
    }

    /**
     * Reads the rest of an element whose {@code START_OBJECT} is the current token.
     *
     * @return the assessment, or null when the element needs the tree path (the parser then stands anywhere
     *         inside the element)
     * @throws JacksonException if the JSON is malformed
     */
    @Nullable Assessment read() {
        try {
            return element();
        } catch (JacksonException e) {
            throw e;
        } catch (RuntimeException e) {
            // a value the core refuses: the tree path names it
            return null;
        }
    }

    private @Nullable Assessment element() {
        profile = null;
        subject = null;
        rater = null;
        perspective = null;
        date = null;
        Assessment.Builder b = null;
        int seen = 0;
        int match;
        for (match = p.nextNameMatch(ELEMENT); match >= 0; match = p.nextNameMatch(ELEMENT)) {
            int bit = 1 << match;
            if ((seen & bit) != 0) {
                return null;
            }
            JsonToken t = p.nextToken();
            if (bit == ENTRIES || bit == ANSWERS || bit == GOALS) {
                if ((seen & HEADER) != HEADER) {
                    return null;
                }
                if (b == null) {
                    b = Assessment.builder(profile, subject, rater, perspective, date);
                }
                if (!(bit == ENTRIES ? entries(t, b) : bit == ANSWERS ? answers(t, b) : goals(t, b))) {
                    return null;
                }
            } else if (!header(bit, t)) {
                return null;
            }
            seen |= bit;
        }
        return seen == ALL && match == PropertyNameMatcher.MATCH_END_OBJECT && b != null ? b.build() : null;
    }

    /** Reads a header property; false when its value is wrong. */
    private boolean header(int bit, JsonToken t) {
        if (t != JsonToken.VALUE_STRING) {
            return false;
        }
        String value = p.getString();
        switch (bit) {
            case PROFILE -> {
                if (!value.equals(profileText)) {
                    profileRead = catalog.profile(RoleId.of(value)).orElse(null);
                    profileText = value;
                }
                profile = profileRead;
            }
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

    /** A person id, the one made last for this slot when the text is the same (ids are values). */
    private PersonId person(String value, int slot) {
        PersonId id = personRead[slot];
        if (id == null || !value.equals(personText[slot])) {
            id = PersonId.of(value);
            personRead[slot] = id;
            personText[slot] = value;
        }
        return id;
    }

    /**
     * The index among the profile's targets of the competency id that is the current string value, or -1 for
     * anything else (which the tree path judges). Compares characters, so no string is made; the target after
     * the last one named is tried first.
     */
    private int targeted(RoleProfile profile) {
        if (profile != targetsOf) {
            List<CompetencyTarget> all = profile.competencyTargets();
            targets = new CompetencyId[all.size()];
            targetChars = new char[all.size()][];
            namedIn = new int[all.size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = all.get(i).competency();
                targetChars[i] = targets[i].value().toCharArray();
            }
            targetsOf = profile;
            lastTarget = -1;
        }
        char[] chars = p.getStringCharacters();
        int offset = p.getStringOffset();
        int length = p.getStringLength();
        int guess = lastTarget + 1 < targets.length ? lastTarget + 1 : 0;
        for (int k = 0; k < targets.length; k++) {
            int i = guess + k < targets.length ? guess + k : guess + k - targets.length;
            if (Arrays.equals(targetChars[i], 0, targetChars[i].length, chars, offset, offset + length)) {
                lastTarget = i;
                return i;
            }
        }
        return -1;
    }

    /** The current string value, without making a string for an empty one. */
    private String text() {
        return p.getStringLength() == 0 ? "" : p.getString();
    }

    private static @Nullable Perspective perspective(String id) {
        for (Perspective v : Perspective.values()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        return null;
    }

    /** A date written with four year digits, or null for anything else (which the tree path judges). */
    private static @Nullable LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private boolean entries(JsonToken start, Assessment.Builder b) {
        if (start != JsonToken.START_ARRAY) {
            return false;
        }
        elementNumber++;
        RoleProfile assessed = java.util.Objects.requireNonNull(profile);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            int target = -1;
            int score = 0;
            boolean scored = false;
            String reflection = null;
            String action = null;
            int seen = 0;
            int match;
            for (match = p.nextNameMatch(ENTRY); match >= 0; match = p.nextNameMatch(ENTRY)) {
                int bit = 1 << match;
                if ((seen & bit) != 0) {
                    return false;
                }
                seen |= bit;
                JsonToken v = p.nextToken();
                if (match == 1) {
                    if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                        return false;
                    }
                    score = p.getIntValue();
                    scored = true;
                } else if (v != JsonToken.VALUE_STRING) {
                    return false;
                } else if (match == 0) {
                    target = targeted(assessed);
                } else if (match == 2) {
                    reflection = text();
                } else {
                    action = text();
                }
            }
            if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
                return false;
            }
            if (target < 0 || reflection == null || action == null || namedIn[target] == elementNumber) {
                return false;
            }
            namedIn[target] = elementNumber;
            CompetencyId competency = targets[target];
            // the competency is one the profile targets; an empty text is what the builder holds for a text not
            // given, so it is not passed (each competency is named once, see above)
            if (scored) {
                b.score(competency, score);
            }
            if (!reflection.isEmpty()) {
                b.reflection(competency, reflection);
            }
            if (!action.isEmpty()) {
                b.action(competency, action);
            }
        }
        return true;
    }

    private boolean answers(JsonToken start, Assessment.Builder b) {
        if (start != JsonToken.START_ARRAY) {
            return false;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            QuestionId question = null;
            String text = null;
            int match;
            for (match = p.nextNameMatch(ANSWER); match >= 0; match = p.nextNameMatch(ANSWER)) {
                if (p.nextToken() != JsonToken.VALUE_STRING || (match == 0 ? question : text) != null) {
                    return false;
                }
                if (match == 0) {
                    question = QuestionId.of(p.getString());
                } else {
                    text = p.getString();
                }
            }
            if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
                return false;
            }
            if (question == null || text == null) {
                return false;
            }
            b.answer(question, text);
        }
        return true;
    }

    private boolean goals(JsonToken start, Assessment.Builder b) {
        if (start != JsonToken.START_ARRAY) {
            return false;
        }
        int count = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING || ++count > ReflectionForm.MAX_DEVELOPMENT_GOALS
                    || p.getString().isBlank()) {
                return false;
            }
            b.developmentGoal(p.getString());
        }
        return true;
    }
}
