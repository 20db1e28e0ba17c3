package nl.competentiekompas.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.CompetencyEntry;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Competency;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.ReflectionQuestion;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.report.ReportContext;

/**
 * The reflection form of a profile for one perspective: the reflection questions worded for that perspective,
 * per competency a score, a reflection and a goal or action, and the development-goal slots. Blank, with ruled
 * space to write on an A4 print, or filled with someone's answers.
 */
public final class ReflectionFormReport {

    /** The report's id. */
    public static final String ID = "reflection-form";

    private ReflectionFormReport() {
    }

    /**
     * What was written on a filled form.
     *
     * @param subject who the form is about, as shown (an id unless a resolver names the person)
     * @param rater who filled it in, as shown
     * @param scores the score per competency
     * @param reflections the reflection per competency
     * @param actions the goal or action per competency
     * @param goals the development goals, at most the form's slots
     * @param questions the answer per reflection question
     * @param date the date of the assessment
     */
    public record Answers(String subject, String rater, Map<CompetencyId, Integer> scores,
            Map<CompetencyId, String> reflections, Map<CompetencyId, String> actions, List<String> goals,
            Map<QuestionId, String> questions, LocalDate date) {
        /** Copies the parts. */
        public Answers {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(rater, "rater");
            questions = Map.copyOf(questions);
            Objects.requireNonNull(date, "date");
            scores = Map.copyOf(scores);
            reflections = Map.copyOf(reflections);
            actions = Map.copyOf(actions);
            goals = List.copyOf(goals);
        }
    }

    /**
     * The answers of an assessment, with people shown as the context says.
     *
     * @param assessment the assessment
     * @param context the context
     * @return the answers
     */
    public static Answers answers(Assessment assessment, ReportContext context) {
        Map<CompetencyId, Integer> scores = new HashMap<>();
        Map<CompetencyId, String> reflections = new HashMap<>();
        Map<CompetencyId, String> actions = new HashMap<>();
        for (CompetencyEntry entry : assessment.entries()) {
            entry.score().ifPresent(score -> scores.put(entry.competency(), score));
            reflections.put(entry.competency(), entry.reflection());
            actions.put(entry.competency(), entry.action());
        }
        return new Answers(context.show(assessment.subject()), context.show(assessment.rater()), scores,
                reflections, actions, assessment.developmentGoals(), assessment.answers(), assessment.date());
    }

    /**
     * Builds the document.
     *
     * @param catalog the catalog holding the profile
     * @param profile the profile
     * @param perspective whose view the questions are worded for
     * @param answers what was written, or empty for a blank form
     * @param context the context
     * @return the document
     */
    public static Doc build(Catalog catalog, RoleProfile profile, Perspective perspective,
            Optional<Answers> answers, ReportContext context) {
        Language lang = context.language();
        Texts t = Texts.of(lang);
        Sources sources = new Sources();
        sources.cite(profile.sources());
        List<Doc.Block> blocks = new ArrayList<>();

        blocks.add(new Doc.Slots(List.of(
                new Doc.Slot(t.get("form.subject"), answers.map(Answers::subject).orElse("")),
                new Doc.Slot(t.get("form.rater"), answers.map(Answers::rater).orElse(""))), 1));
        if (answers.isEmpty()) {
            blocks.add(new Doc.Paragraph(t.format("form.intro", perspective.label().in(lang),
                    profile.name().in(lang)), false));
        }

        blocks.add(new Doc.Heading(2, t.get("form.questions")));
        int number = 0;
        for (TaskDomain theme : TaskDomain.values()) {
            List<ReflectionQuestion> questions = profile.reflectionQuestions(theme);
            if (questions.isEmpty()) {
                continue;
            }
            blocks.add(new Doc.Heading(3, ProfileSheet.capitalise(theme.label().in(lang))));
            List<String> items = new ArrayList<>();
            List<Doc.Slot> answered = new ArrayList<>();
            for (ReflectionQuestion question : questions) {
                number++;
                String wording = question.wording(perspective).in(lang) + " [" + sources.cite(question.sources())
                        + "]";
                items.add(wording);
                answers.ifPresent(a -> answered.add(new Doc.Slot(wording, a.questions().getOrDefault(question.id(),
                        ""))));
            }
            blocks.add(answers.isPresent() ? new Doc.Slots(answered, 2) : new Doc.Bullets(items, true));
        }
        if (number == 0) {
            blocks.add(new Doc.Paragraph(t.get("form.questions.none"), false));
        }

        blocks.add(new Doc.Heading(2, t.get("form.competencies")));
        String scale = profile.scale().min() + "\u2013" + profile.scale().max();
        for (CompetencyId id : profile.reflectionForm().competencies()) {
            Competency competency = catalog.competency(id).orElseThrow();
            OptionalInt target = profile.target(id);
            blocks.add(new Doc.Heading(3, competency.name().in(lang)));
            blocks.add(new Doc.Paragraph(competency.description().in(lang) + " " + t.format("form.target",
                    target.isPresent() ? Integer.toString(target.getAsInt()) : "\u2014", scale), true));
            Optional<Integer> score = answers.map(a -> a.scores().get(id));
            blocks.add(new Doc.Slots(List.of(
                    new Doc.Slot(t.format("form.score", scale), score.map(String::valueOf).orElse(""))), 1));
            blocks.add(new Doc.Slots(List.of(
                    new Doc.Slot(t.get("form.reflection"), answers.map(a -> a.reflections().get(id)).orElse("")),
                    new Doc.Slot(t.get("form.action"), answers.map(a -> a.actions().get(id)).orElse(""))), 3));
        }

        blocks.add(new Doc.Heading(2, t.get("form.goals")));
        List<Doc.Slot> goals = new ArrayList<>();
        int slots = profile.reflectionForm().developmentGoalSlots();
        for (int i = 0; i < slots; i++) {
            int index = i;
            goals.add(new Doc.Slot(t.format("form.goal", Integer.toString(i + 1)),
                    answers.filter(a -> index < a.goals().size()).map(a -> a.goals().get(index)).orElse("")));
        }
        blocks.add(new Doc.Slots(goals, 2));

        blocks.add(new Doc.Heading(2, t.get("profile.sources")));
        blocks.add(new Doc.Bullets(sources.list(lang), false));

        List<String> meta = new ArrayList<>(Common.meta(catalog, context));
        meta.add(t.format("meta.perspective", perspective.label().in(lang)));
        answers.ifPresent(a -> meta.add(t.format("meta.assessed", t.date(a.date()))));
        return new Doc(lang, t.format(answers.isPresent() ? "form.title.filled" : "form.title",
                profile.name().in(lang)), meta, blocks, Common.credits(catalog, lang));
    }

}
