package nl.competentiekompas.io.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyId;
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

    private final JsonParser p;
    private final Catalog catalog;
    private @Nullable RoleProfile profile;
    private @Nullable PersonId subject;
    private @Nullable PersonId rater;
    private @Nullable Perspective perspective;
    private @Nullable LocalDate date;
    /** The competencies of the element's entries so far: a profile has a handful, so a list is quickest. */
    private final List<CompetencyId> named = new ArrayList<>();

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
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken t = p.nextToken();
            int bit = header(name, t);
            if (bit == 0) {
                if ((seen & HEADER) != HEADER) {
                    return null;
                }
                if (b == null) {
                    b = Assessment.builder(profile, subject, rater, perspective, date);
                }
                bit = switch (name) {
                    case "entries" -> entries(t, b) ? ENTRIES : -1;
                    case "answers" -> answers(t, b) ? ANSWERS : -1;
                    case "developmentGoals" -> goals(t, b) ? GOALS : -1;
                    default -> -1;
                };
            }
            if (bit < 0 || (seen & bit) != 0) {
                return null;
            }
            seen |= bit;
        }
        return seen == ALL && p.currentToken() == JsonToken.END_OBJECT && b != null ? b.build() : null;
    }

    /** Reads a header property; 0 when the name is not one, -1 when its value is wrong. */
    private int header(String name, JsonToken t) {
        return switch (name) {
            case "profile" -> {
                Optional<RoleProfile> found = t == JsonToken.VALUE_STRING
                        ? catalog.profile(RoleId.of(p.getString())) : Optional.empty();
                profile = found.orElse(null);
                yield found.isPresent() ? PROFILE : -1;
            }
            case "subject" -> {
                subject = t == JsonToken.VALUE_STRING ? PersonId.of(p.getString()) : null;
                yield subject != null ? SUBJECT : -1;
            }
            case "rater" -> {
                rater = t == JsonToken.VALUE_STRING ? PersonId.of(p.getString()) : null;
                yield rater != null ? RATER : -1;
            }
            case "perspective" -> {
                perspective = t == JsonToken.VALUE_STRING ? perspective(p.getString()) : null;
                yield perspective != null ? PERSPECTIVE : -1;
            }
            case "date" -> {
                date = t == JsonToken.VALUE_STRING ? date(p.getString()) : null;
                yield date != null ? DATE : -1;
            }
            default -> 0;
        };
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
        named.clear();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            CompetencyId competency = null;
            int score = 0;
            boolean scored = false;
            String reflection = null;
            String action = null;
            int seen = 0;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken v = p.nextToken();
                int bit;
                switch (name) {
                    case "competency" -> {
                        competency = v == JsonToken.VALUE_STRING ? CompetencyId.of(p.getString()) : null;
                        bit = 1;
                    }
                    case "score" -> {
                        if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                            return false;
                        }
                        score = p.getIntValue();
                        scored = true;
                        bit = 2;
                    }
                    case "reflection" -> {
                        reflection = v == JsonToken.VALUE_STRING ? p.getString() : null;
                        bit = 4;
                    }
                    case "action" -> {
                        action = v == JsonToken.VALUE_STRING ? p.getString() : null;
                        bit = 8;
                    }
                    default -> {
                        return false;
                    }
                }
                if ((v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NUMBER_INT) || (seen & bit) != 0) {
                    return false;
                }
                seen |= bit;
            }
            if (competency == null || reflection == null || action == null || named.contains(competency)) {
                return false;
            }
            named.add(competency);
            // the builder checks the competency at its score, or here when there is none; an empty text is what
            // the builder holds for a text not given, so it is not passed (a competency named once, see above)
            if (scored) {
                b.score(competency, score);
            } else if (profile == null || profile.target(competency).isEmpty()) {
                return false;
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
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken v = p.nextToken();
                if (v != JsonToken.VALUE_STRING) {
                    return false;
                }
                switch (name) {
                    case "question" -> {
                        if (question != null) {
                            return false;
                        }
                        question = QuestionId.of(p.getString());
                    }
                    case "text" -> {
                        if (text != null) {
                            return false;
                        }
                        text = p.getString();
                    }
                    default -> {
                        return false;
                    }
                }
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
