package nl.competentiekompas.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.internal.Checks;

/**
 * A knowledge and experience requirement of a profile: education, a certification, knowledge or experience,
 * required or preferred.
 *
 * <p>A requirement may offer alternatives, one of them preferred: source A asks for a certification "such as
 * CISM (preferred) or CISSP", which is one requirement with two options, not two requirements. Experience
 * may carry a minimum number of years. Immutable and thread-safe.
 *
 * @param id the id, unique within the catalog; not null
 * @param kind the kind; not null
 * @param necessity required or preferred; not null
 * @param text the requirement in our own words; not null
 * @param options the ways to meet it, at least one, codes unique, at most one preferred; not null
 * @param minimumYears the minimum years of experience, only for {@link RequirementKind#EXPERIENCE}; not null
 * @param sources where it comes from, at least one; not null
 * @since 0.1
 */
public record Requirement(RequirementId id, RequirementKind kind, Necessity necessity, LocalizedText text,
        List<RequirementOption> options, OptionalInt minimumYears, List<SourceRef> sources) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if there is no option, two options share a code, more than one is
     *     preferred, years are given for a kind other than experience or are not between 1 and 60, or there
     *     is no source
     */
    public Requirement {
        Objects.requireNonNull(id, "Requirement.id");
        Objects.requireNonNull(kind, "Requirement.kind");
        Objects.requireNonNull(necessity, "Requirement.necessity");
        Objects.requireNonNull(text, "Requirement.text");
        options = Checks.nonEmptyList(options, "Requirement", "options");
        Checks.unique(options, RequirementOption::code, "Requirement", "options");
        if (options.stream().filter(RequirementOption::preferred).count() > 1) {
            throw new InvalidValueException("Requirement", "options", "at most one option may be preferred");
        }
        Objects.requireNonNull(minimumYears, "Requirement.minimumYears");
        if (minimumYears.isPresent()) {
            if (kind != RequirementKind.EXPERIENCE) {
                throw new InvalidValueException("Requirement", "minimumYears",
                        "may only be given for experience requirements");
            }
            int years = minimumYears.getAsInt();
            if (years < 1 || years > 60) {
                throw new InvalidValueException("Requirement", "minimumYears", "must be between 1 and 60, got " + years);
            }
        }
        sources = Checks.nonEmptyList(sources, "Requirement", "sources");
    }

    /**
     * The preferred option among the alternatives.
     *
     * @return the preferred option, or empty when none is preferred
     */
    public Optional<RequirementOption> preferredOption() {
        return options.stream().filter(RequirementOption::preferred).findFirst();
    }

    /**
     * Whether the requirement offers alternatives (more than one option).
     *
     * @return true when there is a choice
     */
    public boolean hasAlternatives() {
        return options.size() > 1;
    }
}
