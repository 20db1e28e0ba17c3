package nl.competentiekompas.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.ProficiencyScale;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.ReflectionForm;
import nl.competentiekompas.core.catalog.ReflectionQuestion;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * One rater's view of one person against one role profile on one date, from one {@link Perspective}: a
 * filled reflection form.
 *
 * <p>Per competency the profile targets there is a {@link CompetencyEntry} (a score on the profile's scale or
 * "not assessed", a reflection, a goal or action), in the profile's order. Answers to the profile's reflection
 * questions are kept by question id; the question is read in the wording of this assessment's perspective.
 * At most {@value ReflectionForm#MAX_DEVELOPMENT_GOALS} development goals for the coming period. A
 * {@link Perspective#SELF} assessment is made by the subject; any other perspective by someone else.
 *
 * <p>Build one with {@link #builder(RoleProfile, PersonId, PersonId, Perspective, LocalDate)}, which checks
 * every score, competency and question against the profile, so an existing assessment is always valid for
 * it. Messages name ids and places, never the free texts. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Assessment {

    private static final String TYPE = "Assessment";

    /**
     * The order in which this library lists assessments: by subject, profile, date, perspective and rater, and
     * for conflicting assessments with all of those equal, by their contents, so that the order is total. In a
     * holder, so that its eight lambdas are bootstrapped when assessments are first sorted rather than when the
     * first one is read.
     */
    static final class Order {
        static final Comparator<Assessment> ORDER = Comparator.comparing(Assessment::subject)
                .thenComparing(Assessment::profile).thenComparing(Assessment::date)
                .thenComparing(Assessment::perspective).thenComparing(Assessment::rater)
                .thenComparing(Assessment::contents);

        private Order() {
        }
    }

    private final RoleId profile;
    private final PersonId subject;
    private final PersonId rater;
    private final Perspective perspective;
    private final LocalDate date;
    private final List<CompetencyEntry> entries;
    private final Map<QuestionId, String> answers;
    private final List<String> developmentGoals;

    private Assessment(Builder b) {
        this.profile = b.profile.id();
        this.subject = b.subject;
        this.rater = b.rater;
        this.perspective = b.perspective;
        this.date = b.date;
        // Built straight into an array in the profile's order, from the builder's slots.
        CompetencyEntry[] built = new CompetencyEntry[b.targets.size()];
        for (int i = 0; i < built.length; i++) {
            built[i] = new CompetencyEntry(b.targets.get(i).competency(),
                    b.scored[i] ? score(b.scores[i]) : OptionalInt.empty(), text(b.reflections[i]),
                    text(b.actions[i]));
        }
        this.entries = List.of(built);
        this.answers = b.answers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(b.answers));
        this.developmentGoals = List.copyOf(b.goals);
    }

    // Scores are small: their OptionalInts are shared rather than allocated for every entry an import builds.
    private static final OptionalInt[] SMALL_SCORES = new OptionalInt[16];

    static {
        for (int i = 0; i < SMALL_SCORES.length; i++) {
            SMALL_SCORES[i] = OptionalInt.of(i);
        }
    }

    private static OptionalInt score(int value) {
        return value >= 0 && value < SMALL_SCORES.length ? SMALL_SCORES[value] : OptionalInt.of(value);
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    /**
     * Starts an assessment of a subject against a profile.
     *
     * @param profile the profile assessed against; not null
     * @param subject the person assessed; not null
     * @param rater the person assessing; the subject for {@link Perspective#SELF}, someone else otherwise; not
     *     null
     * @param perspective the rater's perspective; not null
     * @param date the date of the assessment; not null
     * @return a new builder; never null
     * @throws NullPointerException if an argument is null
     * @throws InvalidValueException if the rater does not fit the perspective
     */
    public static Builder builder(RoleProfile profile, PersonId subject, PersonId rater, Perspective perspective,
            LocalDate date) {
        return new Builder(profile, subject, rater, perspective, date);
    }

    /**
     * The id of the profile assessed against.
     *
     * @return the profile id; never null
     */
    public RoleId profile() {
        return profile;
    }

    /**
     * The person assessed.
     *
     * @return the subject; never null
     */
    public PersonId subject() {
        return subject;
    }

    /**
     * The person who assessed.
     *
     * @return the rater; never null
     */
    public PersonId rater() {
        return rater;
    }

    /**
     * The rater's perspective.
     *
     * @return the perspective; never null
     */
    public Perspective perspective() {
        return perspective;
    }

    /**
     * The date of the assessment.
     *
     * @return the date; never null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The reflection form's lines, one per competency the profile targets, in the profile's order.
     *
     * @return the entries; never null
     */
    public List<CompetencyEntry> entries() {
        return entries;
    }

    /**
     * The line for one competency.
     *
     * @param competency the competency; not null
     * @return the entry, or empty when the profile does not target the competency
     */
    public Optional<CompetencyEntry> entry(CompetencyId competency) {
        Objects.requireNonNull(competency, "competency");
        for (CompetencyEntry entry : entries) {
            if (entry.competency().equals(competency)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * The score for one competency.
     *
     * @param competency the competency; not null
     * @return the score, or empty when not assessed or not targeted by the profile
     */
    public OptionalInt score(CompetencyId competency) {
        Objects.requireNonNull(competency, "competency");
        for (CompetencyEntry entry : entries) {
            if (entry.competency().equals(competency)) {
                return entry.score();
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The answers to reflection questions, by question id in id order.
     *
     * @return the answers; never null
     */
    public Map<QuestionId, String> answers() {
        return answers;
    }

    /**
     * The development goals for the coming period, at most five, in the order given.
     *
     * @return the goals; never null
     */
    public List<String> developmentGoals() {
        return developmentGoals;
    }

    /**
     * Whether this assessment mentions a person, as subject or rater.
     *
     * @param person the person; not null
     * @return true when it does
     */
    public boolean mentions(PersonId person) {
        Objects.requireNonNull(person, "person");
        return subject.equals(person) || rater.equals(person);
    }

    private String contents() {
        StringBuilder b = new StringBuilder();
        for (CompetencyEntry e : entries) {
            b.append(e.score().orElse(-1)).append('\u0000').append(e.reflection()).append('\u0000')
                    .append(e.action()).append('\u0001');
        }
        answers.forEach((q, a) -> b.append(q).append('\u0000').append(a).append('\u0001'));
        developmentGoals.forEach(g -> b.append(g).append('\u0001'));
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment other && profile.equals(other.profile) && subject.equals(other.subject)
                && rater.equals(other.rater) && perspective == other.perspective && date.equals(other.date)
                && entries.equals(other.entries) && answers.equals(other.answers)
                && developmentGoals.equals(other.developmentGoals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profile, subject, rater, perspective, date, entries, answers, developmentGoals);
    }

    /**
     * A description naming the ids and the date, never the free texts.
     *
     * @return the description; never null
     */
    @Override
    public String toString() {
        return "Assessment[" + profile + ", subject " + subject + ", " + perspective.id() + " " + rater + ", " + date
                + "]";
    }

    /**
     * Builds an {@link Assessment}, checking every part against the profile as it is added. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final RoleProfile profile;
        private final PersonId subject;
        private final PersonId rater;
        private final Perspective perspective;
        private final LocalDate date;
        // One slot per competency target, in the profile's order: an import fills a builder for every
        // assessment it reads, and a profile's handful of targets is found faster by a loop than by hashing.
        private final List<CompetencyTarget> targets;
        private final int[] scores;
        private final boolean[] scored;
        private final String[] reflections;
        private final String[] actions;
        private final Map<QuestionId, String> answers = new TreeMap<>();
        private final List<String> goals = new ArrayList<>(0);

        private Builder(RoleProfile profile, PersonId subject, PersonId rater, Perspective perspective,
                LocalDate date) {
            this.profile = Objects.requireNonNull(profile, "Assessment.profile");
            this.subject = Objects.requireNonNull(subject, "Assessment.subject");
            this.rater = Objects.requireNonNull(rater, "Assessment.rater");
            this.perspective = Objects.requireNonNull(perspective, "Assessment.perspective");
            this.date = Objects.requireNonNull(date, "Assessment.date");
            this.targets = profile.competencyTargets();
            this.scores = new int[targets.size()];
            this.scored = new boolean[targets.size()];
            this.reflections = new String[targets.size()];
            this.actions = new String[targets.size()];
            if (perspective == Perspective.SELF && !rater.equals(subject)) {
                throw new InvalidValueException(TYPE, "rater", "must be the subject for a self assessment");
            }
            if (perspective != Perspective.SELF && rater.equals(subject)) {
                throw new InvalidValueException(TYPE, "rater",
                        "must differ from the subject for perspective '" + perspective.id() + "'");
            }
        }

        /**
         * Scores a competency; replaces an earlier score for it in this builder.
         *
         * @param competency a competency the profile targets; not null
         * @param value a level of the profile's scale
         * @return this builder
         * @throws InvalidValueException if the profile does not target the competency or the value is not on
         *     its scale
         */
        public Builder score(CompetencyId competency, int value) {
            int slot = slot(competency, "scores");
            ProficiencyScale scale = profile.scale();
            if (!scale.contains(value)) {
                scale.requireLevel(value, TYPE, "scores[" + competency + "]");
            }
            scores[slot] = value;
            scored[slot] = true;
            return this;
        }

        /**
         * Marks a competency as not assessed, removing a score given earlier in this builder.
         *
         * @param competency a competency the profile targets; not null
         * @return this builder
         * @throws InvalidValueException if the profile does not target the competency
         */
        public Builder notAssessed(CompetencyId competency) {
            scored[slot(competency, "scores")] = false;
            return this;
        }

        /**
         * Sets the reflection on a competency.
         *
         * @param competency a competency the profile targets; not null
         * @param text the reflection, possibly empty; not null
         * @return this builder
         * @throws InvalidValueException if the profile does not target the competency
         */
        public Builder reflection(CompetencyId competency, String text) {
            int slot = slot(competency, "reflections");
            reflections[slot] = Objects.requireNonNull(text, "Assessment.reflection");
            return this;
        }

        /**
         * Sets the goal or action for a competency.
         *
         * @param competency a competency the profile targets; not null
         * @param text the goal or action, possibly empty; not null
         * @return this builder
         * @throws InvalidValueException if the profile does not target the competency
         */
        public Builder action(CompetencyId competency, String text) {
            int slot = slot(competency, "actions");
            actions[slot] = Objects.requireNonNull(text, "Assessment.action");
            return this;
        }

        /**
         * Answers one of the profile's reflection questions.
         *
         * @param question a question of the profile; not null
         * @param text the answer, possibly empty; not null
         * @return this builder
         * @throws InvalidValueException if the profile has no such question
         */
        public Builder answer(QuestionId question, String text) {
            Objects.requireNonNull(question, "Assessment.question");
            Objects.requireNonNull(text, "Assessment.answer");
            boolean known = false;
            for (ReflectionQuestion q : profile.reflectionQuestions()) {
                if (q.id().equals(question)) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                throw new InvalidValueException(TYPE, "answers",
                        "question '" + question + "' is not a reflection question of profile '" + profile.id() + "'");
            }
            answers.put(question, text);
            return this;
        }

        /**
         * Adds a development goal for the coming period.
         *
         * @param text the goal; not null, not blank
         * @return this builder
         * @throws InvalidValueException if the goal is blank or five goals are already given
         */
        public Builder developmentGoal(String text) {
            Objects.requireNonNull(text, "Assessment.developmentGoal");
            if (text.isBlank()) {
                throw new InvalidValueException(TYPE, "developmentGoals", "goal " + (goals.size() + 1)
                        + " must not be blank");
            }
            if (goals.size() >= ReflectionForm.MAX_DEVELOPMENT_GOALS) {
                throw new InvalidValueException(TYPE, "developmentGoals", "holds at most "
                        + ReflectionForm.MAX_DEVELOPMENT_GOALS + " goals, a goal " + (goals.size() + 1)
                        + " was added");
            }
            goals.add(text);
            return this;
        }

        /**
         * Builds the assessment.
         *
         * @return the assessment; never null
         */
        public Assessment build() {
            return new Assessment(this);
        }

        private int slot(CompetencyId competency, String property) {
            Objects.requireNonNull(competency, "Assessment.competency");
            // readers and builders mostly pass the profile's own id objects: found by identity, before any id is
            // compared character by character
            for (int i = 0; i < scores.length; i++) {
                if (targets.get(i).competency() == competency) {
                    return i;
                }
            }
            for (int i = 0; i < scores.length; i++) {
                if (targets.get(i).competency().equals(competency)) {
                    return i;
                }
            }
            throw new InvalidValueException(TYPE, property,
                    "competency '" + competency + "' is not targeted by profile '" + profile.id() + "'");
        }
    }
}
