package nl.competentiekompas.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;

/**
 * A role profile: the tasks and responsibilities, competency targets, knowledge and experience requirements,
 * placement and reflection questions of one security role, such as the healthcare CISO.
 *
 * <p>Every competency target is a level of the profile's scale, and the reflection form lists only
 * competencies the profile targets. Build one with {@link #builder(RoleId)}. Immutable and thread-safe.
 *
 * @param id the id, unique among the catalog's roles; not null
 * @param kind what kind of security role this is; not null
 * @param name the name; not null
 * @param summary what the role is for, in one or two sentences; not null
 * @param sectors the sectors the profile is written for, in the enum's order, at least one; not null
 * @param responsibilities the tasks and responsibilities, ids unique; not null
 * @param competencyTargets the competency targets, one per competency; not null
 * @param requirements the knowledge and experience requirements, ids unique; not null
 * @param placement where the role sits, when the profile says; not null
 * @param reflectionQuestions the reflection questions, ids unique; not null
 * @param reflectionForm the layout of the reflection form; not null
 * @param scale the scale of the targets and of assessments against this profile; not null
 * @param sources where the profile comes from, at least one; not null
 * @since 0.1
 */
public record RoleProfile(RoleId id, RoleKind kind, LocalizedText name, LocalizedText summary, Set<Sector> sectors,
        List<Responsibility> responsibilities, List<CompetencyTarget> competencyTargets,
        List<Requirement> requirements, Optional<Placement> placement, List<ReflectionQuestion> reflectionQuestions,
        ReflectionForm reflectionForm, ProficiencyScale scale, List<SourceRef> sources) {

    private static final String TYPE = "RoleProfile";

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if ids repeat, a target is not on the scale, the form lists a competency
     *     without a target, there is no sector or there is no source
     */
    public RoleProfile {
        Objects.requireNonNull(id, "RoleProfile.id");
        Objects.requireNonNull(kind, "RoleProfile.kind");
        Objects.requireNonNull(name, "RoleProfile.name");
        Objects.requireNonNull(summary, "RoleProfile.summary");
        sectors = Checks.enumSet(sectors, Sector.class, TYPE, "sectors");
        if (sectors.isEmpty()) {
            throw new InvalidValueException(TYPE, "sectors", "must name at least one sector");
        }
        responsibilities = Checks.list(responsibilities, TYPE, "responsibilities");
        Checks.unique(responsibilities, Responsibility::id, TYPE, "responsibilities");
        competencyTargets = Checks.list(competencyTargets, TYPE, "competencyTargets");
        Checks.unique(competencyTargets, CompetencyTarget::competency, TYPE, "competencyTargets");
        requirements = Checks.list(requirements, TYPE, "requirements");
        Checks.unique(requirements, Requirement::id, TYPE, "requirements");
        Objects.requireNonNull(placement, "RoleProfile.placement");
        reflectionQuestions = Checks.list(reflectionQuestions, TYPE, "reflectionQuestions");
        Checks.unique(reflectionQuestions, ReflectionQuestion::id, TYPE, "reflectionQuestions");
        Objects.requireNonNull(reflectionForm, "RoleProfile.reflectionForm");
        Objects.requireNonNull(scale, "RoleProfile.scale");
        sources = Checks.nonEmptyList(sources, TYPE, "sources");
        for (CompetencyTarget target : competencyTargets) {
            scale.requireLevel(target.target(), TYPE, "competencyTargets[" + target.competency() + "].target");
        }
        for (CompetencyId onForm : reflectionForm.competencies()) {
            if (competencyTargets.stream().noneMatch(t -> t.competency().equals(onForm))) {
                throw new InvalidValueException(TYPE, "reflectionForm",
                        "lists competency '" + onForm + "', which the profile has no target for");
            }
        }
    }

    /**
     * Starts a builder for a profile with this id.
     *
     * @param id the profile id; not null
     * @return a new builder; never null
     */
    public static Builder builder(RoleId id) {
        return new Builder(id);
    }

    /**
     * The responsibilities in one task domain, in profile order.
     *
     * @param domain the domain; not null
     * @return the responsibilities; never null, possibly empty
     */
    public List<Responsibility> responsibilities(TaskDomain domain) {
        Objects.requireNonNull(domain, "domain");
        return responsibilities.stream().filter(r -> r.domain() == domain).toList();
    }

    /**
     * The responsibilities at one level, in profile order.
     *
     * @param level the level; not null
     * @return the responsibilities; never null, possibly empty
     */
    public List<Responsibility> responsibilities(Level level) {
        Objects.requireNonNull(level, "level");
        return responsibilities.stream().filter(r -> r.level() == level).toList();
    }

    /**
     * The responsibility with an id, when this profile holds it.
     *
     * @param responsibilityId the id; not null
     * @return the responsibility, or empty
     */
    public Optional<Responsibility> responsibility(ResponsibilityId responsibilityId) {
        Objects.requireNonNull(responsibilityId, "responsibilityId");
        return responsibilities.stream().filter(r -> r.id().equals(responsibilityId)).findFirst();
    }

    /**
     * The target level for a competency.
     *
     * @param competency the competency; not null
     * @return the target, or empty when the profile sets none
     */
    public OptionalInt target(CompetencyId competency) {
        Objects.requireNonNull(competency, "competency");
        // A plain loop: this runs for every score an import reads, and a profile has a handful of targets.
        for (CompetencyTarget t : competencyTargets) {
            if (t.competency().equals(competency)) {
                return OptionalInt.of(t.target());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The competencies to start with when the role is held as a side job, in profile order.
     *
     * @return the ids; never null, possibly empty
     */
    public List<CompetencyId> startHere() {
        return competencyTargets.stream().filter(CompetencyTarget::startHere).map(CompetencyTarget::competency).toList();
    }

    /**
     * The reflection questions of one theme, in profile order.
     *
     * @param theme the theme; not null
     * @return the questions; never null, possibly empty
     */
    public List<ReflectionQuestion> reflectionQuestions(TaskDomain theme) {
        Objects.requireNonNull(theme, "theme");
        return reflectionQuestions.stream().filter(q -> q.theme() == theme).toList();
    }

    /**
     * Builds a {@link RoleProfile}. Not thread-safe; each call of {@link #build()} checks everything.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final RoleId id;
        private RoleKind kind;
        private LocalizedText name;
        private LocalizedText summary;
        private final List<Sector> sectors = new ArrayList<>();
        private final List<Responsibility> responsibilities = new ArrayList<>();
        private final List<CompetencyTarget> competencyTargets = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private Placement placement;
        private final List<ReflectionQuestion> reflectionQuestions = new ArrayList<>();
        private ReflectionForm reflectionForm;
        private ProficiencyScale scale = ProficiencyScale.defaultScale();
        private final List<SourceRef> sources = new ArrayList<>();

        private Builder(RoleId id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the kind of role.
         *
         * @param value the kind; not null
         * @return this builder
         */
        public Builder kind(RoleKind value) {
            this.kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name; not null
         * @return this builder
         */
        public Builder name(LocalizedText value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param value the summary; not null
         * @return this builder
         */
        public Builder summary(LocalizedText value) {
            this.summary = Objects.requireNonNull(value, "summary");
            return this;
        }

        /**
         * Adds sectors.
         *
         * @param values the sectors; not null
         * @return this builder
         */
        public Builder sectors(Sector... values) {
            sectors.addAll(List.of(values));
            return this;
        }

        /**
         * Adds a responsibility.
         *
         * @param value the responsibility; not null
         * @return this builder
         */
        public Builder responsibility(Responsibility value) {
            responsibilities.add(Objects.requireNonNull(value, "responsibility"));
            return this;
        }

        /**
         * Adds a competency target.
         *
         * @param value the target; not null
         * @return this builder
         */
        public Builder competencyTarget(CompetencyTarget value) {
            competencyTargets.add(Objects.requireNonNull(value, "competencyTarget"));
            return this;
        }

        /**
         * Adds a requirement.
         *
         * @param value the requirement; not null
         * @return this builder
         */
        public Builder requirement(Requirement value) {
            requirements.add(Objects.requireNonNull(value, "requirement"));
            return this;
        }

        /**
         * Sets the placement.
         *
         * @param value the placement; not null
         * @return this builder
         */
        public Builder placement(Placement value) {
            this.placement = Objects.requireNonNull(value, "placement");
            return this;
        }

        /**
         * Adds a reflection question.
         *
         * @param value the question; not null
         * @return this builder
         */
        public Builder reflectionQuestion(ReflectionQuestion value) {
            reflectionQuestions.add(Objects.requireNonNull(value, "reflectionQuestion"));
            return this;
        }

        /**
         * Sets the reflection form; by default it lists every targeted competency with five goal slots.
         *
         * @param value the form; not null
         * @return this builder
         */
        public Builder reflectionForm(ReflectionForm value) {
            this.reflectionForm = Objects.requireNonNull(value, "reflectionForm");
            return this;
        }

        /**
         * Sets the scale; by default {@link ProficiencyScale#defaultScale()}.
         *
         * @param value the scale; not null
         * @return this builder
         */
        public Builder scale(ProficiencyScale value) {
            this.scale = Objects.requireNonNull(value, "scale");
            return this;
        }

        /**
         * Adds a source.
         *
         * @param value the source; not null
         * @return this builder
         */
        public Builder source(SourceRef value) {
            sources.add(Objects.requireNonNull(value, "source"));
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile; never null
         * @throws NullPointerException if the kind, name or summary was not set
         * @throws InvalidValueException if an invariant of {@link RoleProfile} is broken
         */
        public RoleProfile build() {
            ReflectionForm form = reflectionForm != null ? reflectionForm
                    // distinct: a repeated target is for the profile to report, not for the form
                    : new ReflectionForm(competencyTargets.stream().map(CompetencyTarget::competency).distinct()
                            .toList(), ReflectionForm.MAX_DEVELOPMENT_GOALS);
            return new RoleProfile(id, Objects.requireNonNull(kind, "RoleProfile.kind"), Objects.requireNonNull(name, "RoleProfile.name"),
                    Objects.requireNonNull(summary, "RoleProfile.summary"), new java.util.HashSet<>(sectors), responsibilities,
                    competencyTargets, requirements, Optional.ofNullable(placement), reflectionQuestions, form, scale,
                    sources);
        }
    }
}
