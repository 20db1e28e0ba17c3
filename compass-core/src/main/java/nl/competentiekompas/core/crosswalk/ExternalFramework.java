package nl.competentiekompas.core.crosswalk;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.core.internal.Checks;

/**
 * An external workforce framework that crosswalks point into, such as the ENISA ECSF or the NIST NICE
 * Framework: its id, name, version, the credit it asks for, and what a well-formed code of each kind of item
 * looks like.
 *
 * <p>Codes are checked against the framework's patterns, so a link cannot point at {@code OG-WRL-7} when NICE
 * writes {@code OG-WRL-007}. Immutable and thread-safe.
 *
 * @param id a lower-kebab id, such as {@code nist-nice}; not null
 * @param name the framework's name; not null
 * @param version the version cited, such as {@code 1.0.0}; not null, not blank
 * @param attribution the credit shown wherever the crosswalk is shown, naming the framework's document; not
 *     null
 * @param codePatterns for each kind of item the framework has, a Java regular expression its codes match in
 *     full; not null, not empty
 * @since 0.1
 */
public record ExternalFramework(String id, LocalizedText name, String version, Attribution attribution,
        Map<ExternalKind, String> codePatterns) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the id is not lower-kebab, the version is blank, there is no pattern or
     *     a pattern is not a valid regular expression
     */
    public ExternalFramework {
        Checks.kebabId(id, "ExternalFramework", "id");
        Objects.requireNonNull(name, "ExternalFramework.name");
        Checks.nonBlank(version, "ExternalFramework", "version");
        Objects.requireNonNull(attribution, "ExternalFramework.attribution");
        codePatterns = Checks.enumMap(codePatterns, ExternalKind.class, "ExternalFramework", "codePatterns");
        if (codePatterns.isEmpty()) {
            throw new InvalidValueException("ExternalFramework", "codePatterns", "must not be empty");
        }
        for (Map.Entry<ExternalKind, String> e : codePatterns.entrySet()) {
            try {
                Pattern.compile(e.getValue());
            } catch (PatternSyntaxException ex) {
                throw new InvalidValueException("ExternalFramework", "codePatterns",
                        "the pattern for " + e.getKey().id() + " is not a valid regular expression");
            }
        }
    }

    /**
     * Whether a code is a well-formed code of this framework for a kind of item.
     *
     * @param kind the kind; not null
     * @param code the code; not null
     * @return true when the framework has that kind and the code matches its pattern in full
     */
    public boolean isWellFormed(ExternalKind kind, String code) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        String pattern = codePatterns.get(kind);
        return pattern != null && Pattern.matches(pattern, code);
    }
}
