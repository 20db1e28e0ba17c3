package nl.competentiekompas.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.internal.Checks;

/**
 * A versioned competency framework: role profiles, the competencies they target, the other roles the rules
 * know, the source documents and the credit they ask for.
 *
 * <p>The bundled catalog is {@link Catalogs#builtIn()}; users may build their own with {@link #builder(String)}.
 * A catalog is consistent once built: role and profile ids are unique together, responsibility, question
 * and requirement ids are unique across all profiles, and every competency a profile targets and every role a
 * placement names exists. Lookups by id, domain and level are constant time. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Catalog {

    private static final String TYPE = "Catalog";

    private final String id;
    private final String version;
    private final LocalizedText name;
    private final List<SourceDocument> documents;
    private final List<Attribution> attributions;
    private final List<Competency> competencies;
    private final List<RoleProfile> profiles;
    private final List<Role> otherRoles;

    private final Map<RoleId, RoleProfile> profilesById = new LinkedHashMap<>();
    private final Map<RoleId, Role> otherRolesById = new LinkedHashMap<>();
    private final Map<CompetencyId, Competency> competenciesById = new LinkedHashMap<>();
    private final Map<ResponsibilityId, Responsibility> responsibilitiesById = new LinkedHashMap<>();
    private final Map<ResponsibilityId, RoleProfile> profileOfResponsibility = new HashMap<>();
    private final List<Responsibility> responsibilities;
    private final Map<TaskDomain, List<Responsibility>> responsibilitiesByDomain = new EnumMap<>(TaskDomain.class);
    private final Map<Level, List<Responsibility>> responsibilitiesByLevel = new EnumMap<>(Level.class);

    private Catalog(Builder b) {
        this.id = Checks.kebabId(b.id, TYPE, "id");
        this.version = Checks.nonBlank(Objects.requireNonNull(b.version, "Catalog.version"), TYPE, "version");
        this.name = Objects.requireNonNull(b.name, "Catalog.name");
        this.documents = Checks.list(b.documents, TYPE, "documents");
        Checks.unique(documents, SourceDocument::id, TYPE, "documents");
        this.attributions = Checks.list(b.attributions, TYPE, "attributions");
        this.competencies = Checks.list(b.competencies, TYPE, "competencies");
        this.profiles = Checks.list(b.profiles, TYPE, "profiles");
        this.otherRoles = Checks.list(b.otherRoles, TYPE, "otherRoles");

        for (Attribution attribution : attributions) {
            if (!documents.contains(attribution.document())) {
                throw new InvalidValueException(TYPE, "attributions",
                        "credits document '" + attribution.document().id() + "', which the catalog does not list");
            }
        }
        for (Competency competency : competencies) {
            if (competenciesById.put(competency.id(), competency) != null) {
                throw new InvalidValueException(TYPE, "competencies", "duplicate id '" + competency.id() + "'");
            }
        }
        List<Responsibility> all = new ArrayList<>();
        Map<QuestionId, RoleId> questions = new HashMap<>();
        Map<RequirementId, RoleId> requirements = new HashMap<>();
        for (RoleProfile profile : profiles) {
            if (profilesById.put(profile.id(), profile) != null) {
                throw new InvalidValueException(TYPE, "profiles", "duplicate id '" + profile.id() + "'");
            }
            for (Responsibility responsibility : profile.responsibilities()) {
                if (responsibilitiesById.put(responsibility.id(), responsibility) != null) {
                    throw new InvalidValueException(TYPE, "profiles",
                            "responsibility id '" + responsibility.id() + "' is used twice");
                }
                profileOfResponsibility.put(responsibility.id(), profile);
                all.add(responsibility);
            }
            for (CompetencyTarget target : profile.competencyTargets()) {
                if (!competenciesById.containsKey(target.competency())) {
                    throw new InvalidValueException(TYPE, "profiles", "profile '" + profile.id()
                            + "' targets competency '" + target.competency() + "', which the catalog does not hold");
                }
            }
            for (ReflectionQuestion question : profile.reflectionQuestions()) {
                if (questions.put(question.id(), profile.id()) != null) {
                    throw new InvalidValueException(TYPE, "profiles",
                            "reflection question id '" + question.id() + "' is used twice");
                }
            }
            for (Requirement requirement : profile.requirements()) {
                if (requirements.put(requirement.id(), profile.id()) != null) {
                    throw new InvalidValueException(TYPE, "profiles",
                            "requirement id '" + requirement.id() + "' is used twice");
                }
            }
        }
        for (Role role : otherRoles) {
            if (profilesById.containsKey(role.id()) || otherRolesById.put(role.id(), role) != null) {
                throw new InvalidValueException(TYPE, "otherRoles", "duplicate role id '" + role.id() + "'");
            }
        }
        for (RoleProfile profile : profiles) {
            for (RoleId line : profile.placement().map(Placement::reportsToRoles).orElse(List.of())) {
                if (!isKnownRole(line)) {
                    throw new InvalidValueException(TYPE, "profiles", "profile '" + profile.id()
                            + "' reports to role '" + line + "', which the catalog does not know");
                }
            }
        }
        this.responsibilities = Collections.unmodifiableList(all);
        for (Responsibility responsibility : all) {
            responsibilitiesByDomain.computeIfAbsent(responsibility.domain(), d -> new ArrayList<>()).add(responsibility);
            responsibilitiesByLevel.computeIfAbsent(responsibility.level(), l -> new ArrayList<>()).add(responsibility);
        }
        responsibilitiesByDomain.replaceAll((domain, list) -> List.copyOf(list));
        responsibilitiesByLevel.replaceAll((level, list) -> List.copyOf(list));
    }

    /**
     * Starts a builder for a catalog with this id.
     *
     * @param id a lower-kebab id; not null
     * @return a new builder; never null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * The catalog's id.
     *
     * @return the lower-kebab id; never null
     */
    public String id() {
        return id;
    }

    /**
     * The catalog's version, such as {@code 2026.1}.
     *
     * @return the version; never null
     */
    public String version() {
        return version;
    }

    /**
     * The catalog's name.
     *
     * @return the name; never null
     */
    public LocalizedText name() {
        return name;
    }

    /**
     * The source documents the catalog is drawn from.
     *
     * @return the documents; never null
     */
    public List<SourceDocument> documents() {
        return documents;
    }

    /**
     * The credits to show wherever the catalog is shown.
     *
     * @return the attributions; never null
     */
    public List<Attribution> attributions() {
        return attributions;
    }

    /**
     * All competencies, in catalog order.
     *
     * @return the competencies; never null
     */
    public List<Competency> competencies() {
        return competencies;
    }

    /**
     * All role profiles, in catalog order.
     *
     * @return the profiles; never null
     */
    public List<RoleProfile> profiles() {
        return profiles;
    }

    /**
     * The roles the rules know besides the profiles, such as {@code it-manager}.
     *
     * @return the roles; never null
     */
    public List<Role> otherRoles() {
        return otherRoles;
    }

    /**
     * Every responsibility of every profile, in catalog order.
     *
     * @return the responsibilities; never null
     */
    public List<Responsibility> responsibilities() {
        return responsibilities;
    }

    /**
     * The profile with an id.
     *
     * @param profileId the id; not null
     * @return the profile, or empty
     */
    public Optional<RoleProfile> profile(RoleId profileId) {
        return Optional.ofNullable(profilesById.get(Objects.requireNonNull(profileId, "profileId")));
    }

    /**
     * The profile with an id, which must exist.
     *
     * @param profileId the id; not null
     * @return the profile; never null
     * @throws UnknownIdException if there is no such profile
     */
    public RoleProfile requireProfile(RoleId profileId) {
        return profile(profileId).orElseThrow(() -> new UnknownIdException("profile", profileId.value()));
    }

    /**
     * Whether the id names a profile or one of the other roles.
     *
     * @param roleId the id; not null
     * @return true when the catalog knows the role
     */
    public boolean isKnownRole(RoleId roleId) {
        Objects.requireNonNull(roleId, "roleId");
        return profilesById.containsKey(roleId) || otherRolesById.containsKey(roleId);
    }

    /**
     * The name of a known role or profile.
     *
     * @param roleId the id; not null
     * @return the name; never null
     * @throws UnknownIdException if the catalog does not know the role
     */
    public LocalizedText roleName(RoleId roleId) {
        RoleProfile profile = profilesById.get(Objects.requireNonNull(roleId, "roleId"));
        if (profile != null) {
            return profile.name();
        }
        Role role = otherRolesById.get(roleId);
        if (role == null) {
            throw new UnknownIdException("role", roleId.value());
        }
        return role.name();
    }

    /**
     * The competency with an id.
     *
     * @param competencyId the id; not null
     * @return the competency, or empty
     */
    public Optional<Competency> competency(CompetencyId competencyId) {
        return Optional.ofNullable(competenciesById.get(Objects.requireNonNull(competencyId, "competencyId")));
    }

    /**
     * The competencies a profile targets, in the profile's order.
     *
     * @param profileId the profile; not null
     * @return the competencies; never null
     * @throws UnknownIdException if there is no such profile
     */
    public List<Competency> competenciesOf(RoleId profileId) {
        return requireProfile(profileId).competencyTargets().stream()
                .map(t -> competenciesById.get(t.competency())).toList();
    }

    /**
     * The responsibility with an id, from any profile.
     *
     * @param responsibilityId the id; not null
     * @return the responsibility, or empty
     */
    public Optional<Responsibility> responsibility(ResponsibilityId responsibilityId) {
        return Optional.ofNullable(
                responsibilitiesById.get(Objects.requireNonNull(responsibilityId, "responsibilityId")));
    }

    /**
     * The profile that holds a responsibility.
     *
     * @param responsibilityId the id; not null
     * @return the profile, or empty when no profile holds it
     */
    public Optional<RoleProfile> profileOf(ResponsibilityId responsibilityId) {
        return Optional.ofNullable(
                profileOfResponsibility.get(Objects.requireNonNull(responsibilityId, "responsibilityId")));
    }

    /**
     * The responsibilities of every profile in one task domain, in catalog order.
     *
     * @param domain the domain; not null
     * @return the responsibilities; never null
     */
    public List<Responsibility> responsibilities(TaskDomain domain) {
        Objects.requireNonNull(domain, "domain");
        return responsibilitiesByDomain.getOrDefault(domain, List.of());
    }

    /**
     * The responsibilities of every profile at one level, in catalog order.
     *
     * @param level the level; not null
     * @return the responsibilities; never null
     */
    public List<Responsibility> responsibilities(Level level) {
        Objects.requireNonNull(level, "level");
        return responsibilitiesByLevel.getOrDefault(level, List.of());
    }

    /**
     * The reflection questions of a profile in one theme, worded for one perspective, in profile order.
     *
     * @param profileId the profile; not null
     * @param theme the theme; not null
     * @param perspective the perspective; not null
     * @return the wordings; never null, possibly empty
     * @throws UnknownIdException if there is no such profile
     */
    public List<LocalizedText> questions(RoleId profileId, TaskDomain theme, Perspective perspective) {
        Objects.requireNonNull(perspective, "perspective");
        return requireProfile(profileId).reflectionQuestions(theme).stream().map(q -> q.wording(perspective)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalog other && id.equals(other.id) && version.equals(other.version)
                && name.equals(other.name) && documents.equals(other.documents)
                && attributions.equals(other.attributions) && competencies.equals(other.competencies)
                && profiles.equals(other.profiles) && otherRoles.equals(other.otherRoles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, name, documents, attributions, competencies, profiles, otherRoles);
    }

    @Override
    public String toString() {
        return "Catalog[" + id + " " + version + ", " + profiles.size() + " profiles]";
    }

    /**
     * Builds a {@link Catalog}. Not thread-safe; {@link #build()} checks everything.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String id;
        private String version;
        private LocalizedText name;
        private final List<SourceDocument> documents = new ArrayList<>();
        private final List<Attribution> attributions = new ArrayList<>();
        private final List<Competency> competencies = new ArrayList<>();
        private final List<RoleProfile> profiles = new ArrayList<>();
        private final List<Role> otherRoles = new ArrayList<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the version.
         *
         * @param value the version, such as {@code 2026.1}; not null
         * @return this builder
         */
        public Builder version(String value) {
            this.version = Objects.requireNonNull(value, "version");
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
         * Adds a source document.
         *
         * @param value the document; not null
         * @return this builder
         */
        public Builder document(SourceDocument value) {
            documents.add(Objects.requireNonNull(value, "document"));
            return this;
        }

        /**
         * Adds an attribution.
         *
         * @param value the attribution; not null
         * @return this builder
         */
        public Builder attribution(Attribution value) {
            attributions.add(Objects.requireNonNull(value, "attribution"));
            return this;
        }

        /**
         * Adds a competency.
         *
         * @param value the competency; not null
         * @return this builder
         */
        public Builder competency(Competency value) {
            competencies.add(Objects.requireNonNull(value, "competency"));
            return this;
        }

        /**
         * Adds a profile.
         *
         * @param value the profile; not null
         * @return this builder
         */
        public Builder profile(RoleProfile value) {
            profiles.add(Objects.requireNonNull(value, "profile"));
            return this;
        }

        /**
         * Adds another role the rules know.
         *
         * @param value the role; not null
         * @return this builder
         */
        public Builder otherRole(Role value) {
            otherRoles.add(Objects.requireNonNull(value, "otherRole"));
            return this;
        }

        /**
         * Builds the catalog.
         *
         * @return the catalog; never null
         * @throws NullPointerException if the version or name was not set
         * @throws InvalidValueException if the parts are inconsistent
         */
        public Catalog build() {
            return new Catalog(this);
        }
    }
}
