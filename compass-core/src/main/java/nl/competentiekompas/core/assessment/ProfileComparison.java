package nl.competentiekompas.core.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.Necessity;
import nl.competentiekompas.core.catalog.Requirement;
import nl.competentiekompas.core.catalog.RequirementOption;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.ResponsibilityId;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.Topic;
import nl.competentiekompas.core.internal.Checks;

/**
 * What a person in role A must add to grow into role B, such as an ISO becoming a municipal CISO.
 *
 * <p>Responsibilities are matched by {@link Topic}: a responsibility of B whose topic A does not have is
 * <em>added</em>; one whose topic A has, but only at lower levels, is a <em>level shift</em> (a counterpart at
 * a higher level, not a new item); one whose topic A has at the same or a higher level needs nothing. A
 * competency is listed when B's target is above A's or A has none. A requirement of B is listed unless A has
 * one that already implies it: the same kind, no options beyond B's, required when B requires it, and at
 * least as many years. Build one with {@link #of(RoleProfile, RoleProfile)}. Immutable and thread-safe.
 *
 * @param from the role grown from; not null
 * @param to the role grown into; not null
 * @param addedTopics the topics B has and A lacks, in the enum's order; not null
 * @param added B's responsibilities on the added topics, in B's order; not null
 * @param levelShifts B's responsibilities on shared topics at a higher level than A reaches, in B's order;
 *     not null
 * @param competencyRises the competencies whose target rises, in B's order; not null
 * @param requirementsToAdd B's requirements that A's do not imply, in B's order; not null
 * @since 0.1
 */
public record ProfileComparison(RoleId from, RoleId to, Set<Topic> addedTopics, List<Responsibility> added,
        List<LevelShift> levelShifts, List<CompetencyRise> competencyRises, List<Requirement> requirementsToAdd) {

    private static final String TYPE = "ProfileComparison";

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if an added responsibility's topic is not among the added topics
     */
    public ProfileComparison {
        Objects.requireNonNull(from, "ProfileComparison.from");
        Objects.requireNonNull(to, "ProfileComparison.to");
        addedTopics = Checks.enumSet(addedTopics, Topic.class, TYPE, "addedTopics");
        added = Checks.list(added, TYPE, "added");
        for (Responsibility r : added) {
            if (!addedTopics.contains(r.topic())) {
                throw new InvalidValueException(TYPE, "added", "responsibility '" + r.id() + "' has topic '"
                        + r.topic().id() + "', which is not an added topic");
            }
        }
        levelShifts = Checks.list(levelShifts, TYPE, "levelShifts");
        competencyRises = Checks.list(competencyRises, TYPE, "competencyRises");
        requirementsToAdd = Checks.list(requirementsToAdd, TYPE, "requirementsToAdd");
    }

    /**
     * Compares two profiles.
     *
     * @param from the role grown from; not null
     * @param to the role grown into; not null
     * @return what {@code to} adds to {@code from}; never null
     */
    public static ProfileComparison of(RoleProfile from, RoleProfile to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        // The highest level A reaches per topic (Level's constants run from high to low).
        Map<Topic, Level> highest = new EnumMap<>(Topic.class);
        for (Responsibility r : from.responsibilities()) {
            highest.merge(r.topic(), r.level(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Set<Topic> addedTopics = EnumSet.noneOf(Topic.class);
        List<Responsibility> added = new ArrayList<>();
        List<LevelShift> shifts = new ArrayList<>();
        for (Responsibility r : to.responsibilities()) {
            Level reached = highest.get(r.topic());
            if (reached == null) {
                addedTopics.add(r.topic());
                added.add(r);
            } else if (r.level().compareTo(reached) < 0) {
                shifts.add(new LevelShift(r.id(), r.topic(), reached, r.level()));
            }
        }
        List<CompetencyRise> rises = new ArrayList<>();
        for (CompetencyTarget target : to.competencyTargets()) {
            OptionalInt before = from.target(target.competency());
            if (before.isEmpty() || before.getAsInt() < target.target()) {
                rises.add(new CompetencyRise(target.competency(), before, target.target()));
            }
        }
        List<Requirement> requirements = new ArrayList<>();
        for (Requirement wanted : to.requirements()) {
            if (from.requirements().stream().noneMatch(held -> implies(held, wanted))) {
                requirements.add(wanted);
            }
        }
        return new ProfileComparison(from.id(), to.id(), addedTopics, added, shifts, rises, requirements);
    }

    /**
     * Whether meeting {@code held} always meets {@code wanted}.
     */
    private static boolean implies(Requirement held, Requirement wanted) {
        if (held.kind() != wanted.kind()) {
            return false;
        }
        if (wanted.necessity() == Necessity.REQUIRED && held.necessity() != Necessity.REQUIRED) {
            return false;
        }
        Set<String> wantedCodes = new HashSet<>();
        for (RequirementOption option : wanted.options()) {
            wantedCodes.add(option.code());
        }
        for (RequirementOption option : held.options()) {
            if (!wantedCodes.contains(option.code())) {
                return false;
            }
        }
        return held.minimumYears().orElse(0) >= wanted.minimumYears().orElse(0);
    }

    /**
     * Whether the target role adds nothing.
     *
     * @return true when there is nothing to add
     */
    public boolean isEmpty() {
        return added.isEmpty() && levelShifts.isEmpty() && competencyRises.isEmpty() && requirementsToAdd.isEmpty();
    }

    /**
     * A responsibility of the target role on a topic the source role has, but at a higher level.
     *
     * <p>Immutable and thread-safe.
     *
     * @param responsibility the target role's responsibility; not null
     * @param topic its topic; not null
     * @param fromLevel the highest level the source role reaches on the topic; not null
     * @param toLevel the responsibility's level, higher than {@code fromLevel}; not null
     * @since 0.1
     */
    public record LevelShift(ResponsibilityId responsibility, Topic topic, Level fromLevel, Level toLevel) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if {@code toLevel} is not higher than {@code fromLevel}
         */
        public LevelShift {
            Objects.requireNonNull(responsibility, "ProfileComparison.LevelShift.responsibility");
            Objects.requireNonNull(topic, "ProfileComparison.LevelShift.topic");
            Objects.requireNonNull(fromLevel, "ProfileComparison.LevelShift.fromLevel");
            Objects.requireNonNull(toLevel, "ProfileComparison.LevelShift.toLevel");
            if (toLevel.compareTo(fromLevel) >= 0) {
                throw new InvalidValueException("ProfileComparison.LevelShift", "toLevel", "must be higher than '"
                        + fromLevel.id() + "' for responsibility '" + responsibility + "', got '" + toLevel.id() + "'");
            }
        }
    }

    /**
     * A competency whose target rises, or that the source role does not target.
     *
     * <p>Immutable and thread-safe.
     *
     * @param competency the competency; not null
     * @param fromTarget the source role's target, or empty; not null
     * @param toTarget the target role's target, above {@code fromTarget}
     * @since 0.1
     */
    public record CompetencyRise(CompetencyId competency, OptionalInt fromTarget, int toTarget) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if the target does not rise
         */
        public CompetencyRise {
            Objects.requireNonNull(competency, "ProfileComparison.CompetencyRise.competency");
            Objects.requireNonNull(fromTarget, "ProfileComparison.CompetencyRise.fromTarget");
            if (fromTarget.isPresent() && fromTarget.getAsInt() >= toTarget) {
                throw new InvalidValueException("ProfileComparison.CompetencyRise", "toTarget", "must be above "
                        + fromTarget.getAsInt() + " for competency '" + competency + "', got " + toTarget);
            }
        }
    }
}
