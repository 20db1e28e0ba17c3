package nl.competentiekompas.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.assessment.Candidate;
import nl.competentiekompas.core.assessment.Certification;
import nl.competentiekompas.core.assessment.DevelopmentPlan;
import nl.competentiekompas.core.assessment.GoalFocus;
import nl.competentiekompas.core.assessment.GoalStatus;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.QuestionId;
import nl.competentiekompas.core.catalog.ReflectionQuestion;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementId;
import nl.competentiekompas.core.catalog.RequirementKind;
import nl.competentiekompas.core.catalog.RequirementOption;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleKind;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScaleLevel;
import nl.competentiekompas.core.catalog.ScopeKind;
import nl.competentiekompas.core.catalog.Sector;
import nl.competentiekompas.core.catalog.SourceRef;
import nl.competentiekompas.core.catalog.TaskDomain;
import nl.competentiekompas.core.catalog.Topic;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * jqwik arbitraries for the assessment model: small role profiles, assessments from every perspective by
 * several raters on several dates, development plans and candidates.
 *
 * <p>Generated values are valid by construction and shrink towards fewer raters, goals and requirements.
 * Dates come from {@link #REVIEW_DATES}; nothing reads the clock. Profiles use the competency ids of the
 * bundled catalog ({@link Catalogs#RISK_MANAGEMENT} and the others) but not its content, so they work without
 * it. Candidate and requirement codes share a small pool, so candidates meet some requirements and miss
 * others. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class AssessmentArbitraries {

    /** The review dates assessments and plans are generated on: 1 March 2024, 2025 and 2026. */
    public static final List<LocalDate> REVIEW_DATES = List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1),
            LocalDate.of(2026, 3, 1));

    /** The date candidates' certifications are generated around: 1 March 2026. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 1);

    private static final List<CompetencyId> COMPETENCIES = List.of(Catalogs.ADVISORY_SKILLS,
            Catalogs.STRATEGIC_INSIGHT, Catalogs.RISK_MANAGEMENT, Catalogs.SOCIAL_SKILLS, Catalogs.PROJECT_MANAGEMENT,
            Catalogs.ORGANISATIONAL_SENSITIVITY, Catalogs.MOTIVATING);

    private static final Map<RequirementKind, List<String>> CODES = codes();

    private static final SourceRef GENERATED = SourceRef.editorial(
            LocalizedText.of("Gegenereerd voor een test.", "Generated for a test."));

    private AssessmentArbitraries() {
    }

    private static Map<RequirementKind, List<String>> codes() {
        Map<RequirementKind, List<String>> codes = new EnumMap<>(RequirementKind.class);
        codes.put(RequirementKind.EDUCATION, List.of("hbo", "wo", "mbo"));
        codes.put(RequirementKind.CERTIFICATION, List.of("cism", "cissp", "cisa"));
        codes.put(RequirementKind.KNOWLEDGE, List.of("nen-7510", "nis2-cbw", "avg-gdpr", "cloud-iam"));
        codes.put(RequirementKind.EXPERIENCE, List.of("security-practice", "behaviour-change", "security-projects"));
        return codes;
    }

    /**
     * Pseudonymous person ids such as {@code p-7}.
     *
     * @return the arbitrary; never null
     */
    public static Arbitrary<PersonId> personIds() {
        return Arbitraries.integers().between(1, 40).map(i -> PersonId.of("p-" + i));
    }

    /**
     * Small role profiles on the default scale: one to seven competency targets (some marked "start here"), up
     * to eight responsibilities with random topics and levels, up to four requirements with alternatives and
     * one or two reflection questions.
     *
     * @return the arbitrary; never null
     */
    public static Arbitrary<RoleProfile> profiles() {
        Arbitrary<String> id = Arbitraries.of("profile-a", "profile-b", "profile-c", "profile-d");
        Arbitrary<List<Integer>> targets = Arbitraries.integers().between(0, 5).list().ofSize(COMPETENCIES.size());
        Arbitrary<List<Boolean>> startHere = Arbitraries.of(true, false).list().ofSize(COMPETENCIES.size());
        Arbitrary<List<Responsibility>> responsibilities = Combinators
                .combine(Arbitraries.of(Topic.class), Arbitraries.of(Level.class), Arbitraries.of(TaskDomain.class))
                .as(Duty::new).list().ofMaxSize(8).map(AssessmentArbitraries::responsibilities);
        Arbitrary<List<Requirement>> requirements = requirementSpecs().list().ofMaxSize(4)
                .map(AssessmentArbitraries::requirements);
        Arbitrary<Integer> questions = Arbitraries.integers().between(1, 2);
        return Combinators.combine(id, targets, startHere, responsibilities, requirements, questions)
                .as(AssessmentArbitraries::profile);
    }

    private record Duty(Topic topic, Level level, TaskDomain domain) {
    }

    private record RequirementSpec(RequirementKind kind, Necessity necessity, List<String> codes, int preferred,
            int years) {
    }

    private static Arbitrary<RequirementSpec> requirementSpecs() {
        return Arbitraries.of(RequirementKind.class).flatMap(kind -> Combinators.combine(
                Arbitraries.of(Necessity.class),
                Arbitraries.subsetOf(CODES.get(kind)).ofMinSize(1).ofMaxSize(2).map(s -> List.copyOf(new java.util.TreeSet<>(s))),
                Arbitraries.integers().between(-1, 1),
                Arbitraries.integers().between(0, 8))
                .as((necessity, codes, preferred, years) -> new RequirementSpec(kind, necessity, codes, preferred,
                        kind == RequirementKind.EXPERIENCE ? years : 0)));
    }

    private static List<Responsibility> responsibilities(List<Duty> duties) {
        List<Responsibility> list = new ArrayList<>();
        for (int i = 0; i < duties.size(); i++) {
            Duty d = duties.get(i);
            String id = "duty-" + i;
            list.add(new Responsibility(ResponsibilityId.of(id), d.domain(), d.level(), d.topic(), ScopeKind.ORGANISATION,
                    Fte.ofThousandths(50), LocalizedText.of(id, id), Set.of(), List.of(GENERATED)));
        }
        return list;
    }

    private static List<Requirement> requirements(List<RequirementSpec> specs) {
        List<Requirement> list = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            RequirementSpec s = specs.get(i);
            List<RequirementOption> options = new ArrayList<>();
            for (int j = 0; j < s.codes().size(); j++) {
                String code = s.codes().get(j);
                options.add(new RequirementOption(code, LocalizedText.of(code, code), j == s.preferred()));
            }
            String id = "req-" + i;
            list.add(new Requirement(RequirementId.of(id), s.kind(), s.necessity(), LocalizedText.of(id, id), options,
                    s.years() > 0 ? OptionalInt.of(s.years()) : OptionalInt.empty(), List.of(GENERATED)));
        }
        return list;
    }

    private static RoleProfile profile(String id, List<Integer> targets, List<Boolean> startHere,
            List<Responsibility> responsibilities, List<Requirement> requirements, int questions) {
        RoleProfile.Builder b = RoleProfile.builder(RoleId.of(id)).kind(RoleKind.CISO)
                .name(LocalizedText.of(id, id)).summary(LocalizedText.of(id, id)).sectors(Sector.OTHER)
                .source(GENERATED);
        boolean any = false;
        for (int i = 0; i < COMPETENCIES.size(); i++) {
            int target = targets.get(i);
            if (target > 0 || (!any && i == COMPETENCIES.size() - 1)) {
                b.competencyTarget(new CompetencyTarget(COMPETENCIES.get(i), Math.max(1, target), startHere.get(i),
                        List.of(GENERATED)));
                any = true;
            }
        }
        responsibilities.forEach(b::responsibility);
        requirements.forEach(b::requirement);
        for (int q = 1; q <= questions; q++) {
            QuestionId qid = QuestionId.of("q-" + id + "-" + q);
            Map<Perspective, LocalizedText> wordings = new EnumMap<>(Perspective.class);
            for (Perspective p : Perspective.values()) {
                wordings.put(p, LocalizedText.of(qid + " " + p.id(), qid + " " + p.id()));
            }
            b.reflectionQuestion(new ReflectionQuestion(qid, TaskDomain.REPORTING, wordings, List.of(GENERATED)));
        }
        return b.build();
    }

    /**
     * One assessment of a subject by a rater from a perspective on a date: each targeted competency scored on
     * the profile's scale or left unassessed, with reflections, answers and up to five goals.
     *
     * @param profile the profile; not null
     * @param subject the person assessed; not null
     * @param rater the rater: the subject for {@link Perspective#SELF}, someone else otherwise; not null
     * @param perspective the perspective; not null
     * @param date the date; not null
     * @return the arbitrary; never null
     */
    public static Arbitrary<Assessment> assessments(RoleProfile profile, PersonId subject, PersonId rater,
            Perspective perspective, LocalDate date) {
        Objects.requireNonNull(profile, "profile");
        List<Integer> levels = profile.scale().levels().stream().map(ScaleLevel::value).toList();
        int n = profile.competencyTargets().size();
        Arbitrary<List<Integer>> scores = Arbitraries.of(levels).injectNull(0.15).list().ofSize(n);
        Arbitrary<List<String>> goals = texts().list().ofMaxSize(5);
        Arbitrary<String> reflection = texts();
        return Combinators.combine(scores, goals, reflection).as((s, g, r) -> {
            Assessment.Builder b = Assessment.builder(profile, subject, rater, perspective, date);
            for (int i = 0; i < n; i++) {
                CompetencyId c = profile.competencyTargets().get(i).competency();
                if (s.get(i) != null) {
                    b.score(c, s.get(i));
                }
                b.reflection(c, r).action(c, r);
            }
            profile.reflectionQuestions().forEach(q -> b.answer(q.id(), r));
            g.forEach(b::developmentGoal);
            return b.build();
        });
    }

    /**
     * The assessments of one subject in one or more review rounds: possibly a self assessment per date, and
     * up to a dozen others by board members, a manager, an HR adviser and up to six peers, on the dates of
     * {@link #REVIEW_DATES}. The same rater may appear twice on one date (a conflict).
     *
     * @param profile the profile; not null
     * @param subject the person assessed; not null
     * @return the arbitrary; never null
     */
    public static Arbitrary<List<Assessment>> assessmentRounds(RoleProfile profile, PersonId subject) {
        Objects.requireNonNull(subject, "subject");
        Arbitrary<Rating> ratings = Combinators.combine(Arbitraries.of(Perspective.class),
                Arbitraries.integers().between(1, 6), Arbitraries.of(REVIEW_DATES)).as(Rating::new);
        return ratings.list().ofMaxSize(12).flatMap(list -> {
            List<Arbitrary<Assessment>> parts = new ArrayList<>();
            for (Rating r : list) {
                PersonId rater = r.perspective() == Perspective.SELF ? subject
                        : PersonId.of(r.perspective().id() + "-" + r.rater());
                parts.add(assessments(profile, subject, rater, r.perspective(), r.date()));
            }
            return parts.isEmpty() ? Arbitraries.just(List.<Assessment>of()) : Combinators.combine(parts).as(a -> a);
        });
    }

    private record Rating(Perspective perspective, int rater, LocalDate date) {
    }

    /**
     * Development plans for a subject against a profile: up to five goals on the profile's competencies or on
     * task domains, due within two years of the plan's date, in every status.
     *
     * @param profile the profile; not null
     * @param subject the person; not null
     * @return the arbitrary; never null
     */
    public static Arbitrary<DevelopmentPlan> developmentPlans(RoleProfile profile, PersonId subject) {
        Objects.requireNonNull(subject, "subject");
        List<GoalFocus> foci = new ArrayList<>();
        profile.competencyTargets().forEach(t -> foci.add(GoalFocus.competency(t.competency())));
        for (TaskDomain d : TaskDomain.values()) {
            foci.add(GoalFocus.domain(d));
        }
        Arbitrary<LocalDate> date = Arbitraries.of(REVIEW_DATES);
        return date.flatMap(d -> Combinators.combine(Arbitraries.of(foci), texts(),
                Arbitraries.integers().between(0, 730), Arbitraries.of(GoalStatus.class))
                .as((focus, action, days, status) -> new DevelopmentPlan.Goal(focus, action, d.plusDays(days), status))
                .list().ofMaxSize(5).map(goals -> new DevelopmentPlan(subject, profile.id(), d, goals)));
    }

    /**
     * Candidates with education, certifications (issued and expiring around {@link #REFERENCE_DATE}),
     * knowledge and experience drawn from the codes requirements use.
     *
     * @return the arbitrary; never null
     */
    public static Arbitrary<Candidate> candidates() {
        Arbitrary<Certification> certification = Combinators.combine(
                Arbitraries.of(CODES.get(RequirementKind.CERTIFICATION)), Arbitraries.integers().between(0, 3000),
                Arbitraries.integers().between(0, 1500).injectNull(0.3))
                .as((code, age, validity) -> {
                    LocalDate issued = REFERENCE_DATE.minusDays(age);
                    return new Certification(code, issued,
                            validity == null ? Optional.empty() : Optional.of(issued.plusDays(validity)));
                });
        Arbitrary<Map<String, Integer>> experience = Arbitraries.maps(
                Arbitraries.of(CODES.get(RequirementKind.EXPERIENCE)), Arbitraries.integers().between(0, 15))
                .ofMaxSize(3);
        return Combinators.combine(personIds(), Arbitraries.subsetOf(CODES.get(RequirementKind.EDUCATION)),
                certification.list().ofMaxSize(3), Arbitraries.subsetOf(CODES.get(RequirementKind.KNOWLEDGE)),
                experience).as(Candidate::new);
    }

    /**
     * Lists of up to eight candidates with distinct ids.
     *
     * @return the arbitrary; never null
     */
    public static Arbitrary<List<Candidate>> candidateLists() {
        return candidates().list().ofMaxSize(8).uniqueElements(Candidate::id);
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    }
}
