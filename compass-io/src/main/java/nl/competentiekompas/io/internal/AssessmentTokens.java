package nl.competentiekompas.io.internal;

import static nl.competentiekompas.io.internal.AssessmentValues.ALL;
import static nl.competentiekompas.io.internal.AssessmentValues.ANSWERS;
import static nl.competentiekompas.io.internal.AssessmentValues.DATE;
import static nl.competentiekompas.io.internal.AssessmentValues.ENTRIES;
import static nl.competentiekompas.io.internal.AssessmentValues.GOALS;
import static nl.competentiekompas.io.internal.AssessmentValues.HEADER;
import static nl.competentiekompas.io.internal.AssessmentValues.PERSPECTIVE;
import static nl.competentiekompas.io.internal.AssessmentValues.PROFILE;
import static nl.competentiekompas.io.internal.AssessmentValues.RATER;
import static nl.competentiekompas.io.internal.AssessmentValues.SUBJECT;

import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.QuestionId;
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

    private static final PropertyNameMatcher ELEMENT = BinaryNameMatcher.construct(AssessmentValues.ELEMENT);
    private static final PropertyNameMatcher ENTRY = BinaryNameMatcher.construct(AssessmentValues.ENTRY);
    private static final PropertyNameMatcher ANSWER = BinaryNameMatcher.construct(AssessmentValues.ANSWER);

    private final JsonParser p;
    private final AssessmentValues values;

    AssessmentTokens(JsonParser p, Catalog catalog) {
        this.p = p;
        this.values = new AssessmentValues(catalog);
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
        values.element();
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
                    b = values.builder();
                }
                if (!(bit == ENTRIES ? entries(t, b) : bit == ANSWERS ? answers(t, b) : goals(t, b))) {
                    return null;
                }
            } else if (t != JsonToken.VALUE_STRING || !values.header(bit, p.getString())) {
                return null;
            }
            seen |= bit;
        }
        return seen == ALL && match == PropertyNameMatcher.MATCH_END_OBJECT && b != null ? b.build() : null;
    }

    /** The current string value, without making a string for an empty one. */
    private String text() {
        return p.getStringLength() == 0 ? "" : p.getString();
    }

    private boolean entries(JsonToken start, Assessment.Builder b) {
        if (start != JsonToken.START_ARRAY) {
            return false;
        }
        values.entries();
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
                    target = values.target(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
                } else if (match == 2) {
                    reflection = text();
                } else {
                    action = text();
                }
            }
            if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
                return false;
            }
            if (!values.entry(b, target, scored, score, reflection, action)) {
                return false;
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
            if (t != JsonToken.VALUE_STRING || !AssessmentValues.goal(b, ++count, p.getString())) {
                return false;
            }
        }
        return true;
    }
}
