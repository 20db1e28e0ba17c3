package nl.competentiekompas.io.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.UnknownIdException;
import nl.competentiekompas.core.catalog.Level;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.catalog.Topic;
import nl.competentiekompas.core.crosswalk.ExternalItem;
import nl.competentiekompas.core.crosswalk.ExternalKind;

/**
 * A catalog of an external framework as imported, such as the NIST NICE Framework: its profiles (work roles),
 * responsibilities (tasks) and requirements (knowledge and skill statements), keyed by the framework's codes.
 *
 * <p>Our own {@link nl.competentiekompas.core.catalog.Catalog} requires a level, a topic, an effort and a source
 * for every responsibility, which external frameworks do not give. Rather than invent them, an external
 * catalog keeps what the framework says and marks the rest unknown: {@link Responsibility#level()} and
 * {@link Responsibility#topic()} are empty until someone classifies the task. Every item can be cited in a
 * crosswalk through {@link Profile#item(String)}, {@link Responsibility#item(String)} and {@link Requirement#item(String)}.
 *
 * <p>Consistent once built: codes are unique across all items and every code a profile lists exists. Lookups
 * by code are constant time. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ExternalCatalog {

    private static final String TYPE = "ExternalCatalog";

    private final String framework;
    private final List<Document> documents;
    private final List<Profile> profiles;
    private final List<Responsibility> responsibilities;
    private final List<Requirement> requirements;
    private final Map<String, Profile> profilesByCode = new HashMap<>();
    private final Map<String, Responsibility> responsibilitiesByCode = new HashMap<>();
    private final Map<String, Requirement> requirementsByCode = new HashMap<>();

    private ExternalCatalog(String framework, List<Document> documents, List<Profile> profiles,
            List<Responsibility> responsibilities, List<Requirement> requirements) {
        this.framework = Objects.requireNonNull(framework, "ExternalCatalog.framework");
        this.documents = copy(documents, "documents");
        this.profiles = copy(profiles, "profiles");
        this.responsibilities = copy(responsibilities, "responsibilities");
        this.requirements = copy(requirements, "requirements");
        Map<String, String> codes = new HashMap<>();
        for (Profile p : this.profiles) {
            unique(codes, p.code());
            profilesByCode.put(p.code(), p);
        }
        for (Responsibility r : this.responsibilities) {
            unique(codes, r.code());
            responsibilitiesByCode.put(r.code(), r);
        }
        for (Requirement r : this.requirements) {
            unique(codes, r.code());
            requirementsByCode.put(r.code(), r);
        }
        for (Profile p : this.profiles) {
            for (String task : p.responsibilities()) {
                if (!responsibilitiesByCode.containsKey(task)) {
                    throw new InvalidValueException(TYPE, "profiles",
                            "profile '" + p.code() + "' lists task '" + task + "', which the catalog does not hold");
                }
            }
            for (String statement : p.requirements()) {
                if (!requirementsByCode.containsKey(statement)) {
                    throw new InvalidValueException(TYPE, "profiles", "profile '" + p.code() + "' lists statement '"
                            + statement + "', which the catalog does not hold");
                }
            }
        }
        // checks the framework id and every code as ExternalItem does
        for (Profile p : this.profiles) {
            p.item(framework);
        }
        for (Responsibility r : this.responsibilities) {
            r.item(framework);
        }
        for (Requirement r : this.requirements) {
            r.item(framework);
        }
    }

    private static <T> List<T> copy(List<T> values, String property) {
        Objects.requireNonNull(values, "ExternalCatalog." + property);
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(TYPE, property, "must not hold null");
            }
        }
        return List.copyOf(values);
    }

    private static void unique(Map<String, String> codes, String code) {
        if (codes.put(code, code) != null) {
            throw new InvalidValueException(TYPE, "codes", "code '" + code + "' is used twice");
        }
    }

    /**
     * An external catalog.
     *
     * @param framework the framework's lower-kebab id, such as {@code nist-nice}; not null
     * @param documents the documents the items come from; not null
     * @param profiles the profiles; not null
     * @param responsibilities the responsibilities; not null
     * @param requirements the requirements; not null
     * @return the catalog; never null
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if a code repeats, a profile lists a code the catalog lacks, or the framework
     *     id is not lower-kebab
     */
    public static ExternalCatalog of(String framework, List<Document> documents, List<Profile> profiles,
            List<Responsibility> responsibilities, List<Requirement> requirements) {
        return new ExternalCatalog(framework, documents, profiles, responsibilities, requirements);
    }

    /**
     * The framework's id.
     *
     * @return such as {@code nist-nice}; never null
     */
    public String framework() {
        return framework;
    }

    /**
     * The documents the items come from, as the input declares them.
     *
     * @return the documents; never null
     */
    public List<Document> documents() {
        return documents;
    }

    /**
     * The profiles (NICE work roles), in input order.
     *
     * @return the profiles; never null
     */
    public List<Profile> profiles() {
        return profiles;
    }

    /**
     * The responsibilities (NICE tasks), in input order.
     *
     * @return the responsibilities; never null
     */
    public List<Responsibility> responsibilities() {
        return responsibilities;
    }

    /**
     * The requirements (NICE knowledge and skill statements), in input order.
     *
     * @return the requirements; never null
     */
    public List<Requirement> requirements() {
        return requirements;
    }

    /**
     * The profile with a code.
     *
     * @param code the code, such as {@code OG-WRL-007}; not null
     * @return the profile, or empty
     */
    public Optional<Profile> profile(String code) {
        return Optional.ofNullable(profilesByCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The responsibility with a code.
     *
     * @param code the code, such as {@code T0001}; not null
     * @return the responsibility, or empty
     */
    public Optional<Responsibility> responsibility(String code) {
        return Optional.ofNullable(responsibilitiesByCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The requirement with a code.
     *
     * @param code the code, such as {@code K0001}; not null
     * @return the requirement, or empty
     */
    public Optional<Requirement> requirement(String code) {
        return Optional.ofNullable(requirementsByCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The responsibilities of a profile, in the profile's order.
     *
     * @param code the profile's code; not null
     * @return the responsibilities; never null
     * @throws UnknownIdException if there is no such profile
     */
    public List<Responsibility> responsibilitiesOf(String code) {
        Profile p = profile(code).orElseThrow(() -> new UnknownIdException("profile", code));
        List<Responsibility> result = new ArrayList<>(p.responsibilities().size());
        for (String task : p.responsibilities()) {
            result.add(responsibilitiesByCode.get(task));
        }
        return List.copyOf(result);
    }

    /**
     * The requirements of a profile, in the profile's order.
     *
     * @param code the profile's code; not null
     * @return the requirements; never null
     * @throws UnknownIdException if there is no such profile
     */
    public List<Requirement> requirementsOf(String code) {
        Profile p = profile(code).orElseThrow(() -> new UnknownIdException("profile", code));
        List<Requirement> result = new ArrayList<>(p.requirements().size());
        for (String statement : p.requirements()) {
            result.add(requirementsByCode.get(statement));
        }
        return List.copyOf(result);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExternalCatalog other && framework.equals(other.framework)
                && documents.equals(other.documents) && profiles.equals(other.profiles)
                && responsibilities.equals(other.responsibilities) && requirements.equals(other.requirements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(framework, documents, profiles, responsibilities, requirements);
    }

    @Override
    public String toString() {
        return "ExternalCatalog[" + framework + ", " + profiles.size() + " profiles, " + responsibilities.size()
                + " responsibilities, " + requirements.size() + " requirements]";
    }

    /**
     * A document the external items come from, as the input names it.
     *
     * @param identifier the document's identifier, such as {@code NICE_1_0_0}; not null, not blank
     * @param name its name; not null, not blank
     * @param version its version; not null, may be empty
     * @since 0.1
     */
    public record Document(String identifier, String name, String version) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if the identifier or name is blank
         */
        public Document {
            nonBlank(identifier, "Document", "identifier");
            nonBlank(name, "Document", "name");
            Objects.requireNonNull(version, "Document.version");
        }
    }

    /**
     * A profile of the external framework, such as a NICE work role.
     *
     * @param code the framework's code; not null (see {@link ExternalItem} for the form)
     * @param title the title; not null, not blank
     * @param description what the role is; not null, may be empty
     * @param responsibilities the codes of its responsibilities, unique; not null
     * @param requirements the codes of its requirements, unique; not null
     * @since 0.1
     */
    public record Profile(String code, String title, String description, List<String> responsibilities,
            List<String> requirements) {

        /**
         * Checks and copies the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if the title is blank or a code repeats
         */
        public Profile {
            Objects.requireNonNull(code, "Profile.code");
            nonBlank(title, "Profile", "title");
            Objects.requireNonNull(description, "Profile.description");
            responsibilities = uniqueCodes(responsibilities, "responsibilities");
            requirements = uniqueCodes(requirements, "requirements");
        }

        /**
         * This profile as an external item of a framework, for crosswalks.
         *
         * @param framework the framework's id; not null
         * @return the item; never null
         * @throws InvalidValueException if the id or the code is not valid for an external item
         */
        public ExternalItem item(String framework) {
            return new ExternalItem(framework, ExternalKind.WORK_ROLE, code, LocalizedText.english(title));
        }
    }

    /**
     * A responsibility of the external framework, such as a NICE task. The framework gives no level or topic:
     * they are empty (unknown) until someone classifies the task with {@link #classified(Level, Topic)}.
     *
     * @param code the framework's code; not null
     * @param text the task; not null, not blank
     * @param level the level, empty when unknown; not null
     * @param topic the topic, empty when unknown; not null
     * @since 0.1
     */
    public record Responsibility(String code, String text, Optional<Level> level, Optional<Topic> topic) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if the text is blank
         */
        public Responsibility {
            Objects.requireNonNull(code, "Responsibility.code");
            nonBlank(text, "Responsibility", "text");
            Objects.requireNonNull(level, "Responsibility.level");
            Objects.requireNonNull(topic, "Responsibility.topic");
        }

        /**
         * A copy with a level and topic given.
         *
         * @param newLevel the level; not null
         * @param newTopic the topic; not null
         * @return the classified responsibility; never null
         */
        public Responsibility classified(Level newLevel, Topic newTopic) {
            return new Responsibility(code, text, Optional.of(newLevel), Optional.of(newTopic));
        }

        /**
         * Whether level and topic are both known.
         *
         * @return true when classified
         */
        public boolean isClassified() {
            return level.isPresent() && topic.isPresent();
        }

        /**
         * This task as an external item of a framework, for crosswalks; the code is its title.
         *
         * @param framework the framework's id; not null
         * @return the item; never null
         */
        public ExternalItem item(String framework) {
            return new ExternalItem(framework, ExternalKind.TASK, code, LocalizedText.english(code));
        }
    }

    /**
     * A requirement of the external framework: a knowledge or skill statement.
     *
     * @param code the framework's code; not null
     * @param kind {@link ExternalKind#KNOWLEDGE} or {@link ExternalKind#SKILL}; not null
     * @param text the statement; not null, not blank
     * @since 0.1
     */
    public record Requirement(String code, ExternalKind kind, String text) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if the kind is neither knowledge nor skill, or the text is blank
         */
        public Requirement {
            Objects.requireNonNull(code, "Requirement.code");
            Objects.requireNonNull(kind, "Requirement.kind");
            if (kind != ExternalKind.KNOWLEDGE && kind != ExternalKind.SKILL) {
                throw new InvalidValueException("Requirement", "kind", "must be knowledge or skill");
            }
            nonBlank(text, "Requirement", "text");
        }

        /**
         * This statement as an external item of a framework, for crosswalks; the code is its title.
         *
         * @param framework the framework's id; not null
         * @return the item; never null
         */
        public ExternalItem item(String framework) {
            return new ExternalItem(framework, kind, code, LocalizedText.english(code));
        }
    }

    private static void nonBlank(String value, String type, String property) {
        Objects.requireNonNull(value, type + "." + property);
        if (value.isBlank()) {
            throw new InvalidValueException(type, property, "must not be blank");
        }
    }

    private static List<String> uniqueCodes(List<String> codes, String property) {
        Objects.requireNonNull(codes, "Profile." + property);
        List<String> copy = List.copyOf(codes);
        if (new java.util.HashSet<>(copy).size() != copy.size()) {
            throw new InvalidValueException("Profile", property, "must not repeat a code");
        }
        return copy;
    }
}
