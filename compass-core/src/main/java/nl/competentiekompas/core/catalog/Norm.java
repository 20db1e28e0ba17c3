package nl.competentiekompas.core.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A norm, standard or law that catalog items and rules cite.
 *
 * <p>Each constant knows how its citations are written, so that {@code SourceRef.norm(BIO, "2019", "6.1.1")}
 * reads {@code BIO (2019) 6.1.1} and {@code SourceRef.norm(ISO_27001, "2022", "A.5.3")} reads
 * {@code ISO/IEC 27001:2022 A.5.3}.
 *
 * @since 0.1
 */
public enum Norm implements Labelled {
    /** Baseline Informatiebeveiliging Overheid, the Dutch government baseline (2019). */
    BIO("bio", "BIO", "BIO", Style.PARENTHESES),
    /** The second Baseline Informatiebeveiliging Overheid, replacing BIO from September 2025. */
    BIO2("bio2", "BIO2", "BIO2", Style.PARENTHESES),
    /** NEN 7510, the Dutch healthcare information-security standard. */
    NEN_7510("nen-7510", "NEN 7510", "NEN 7510-1", Style.COLON),
    /** NIS2, the EU network and information security directive, and the Dutch Cyberbeveiligingswet. */
    NIS2_CBW("nis2-cbw", "NIS2/Cbw", "NIS2 (EU)", Style.SPACE),
    /** The GDPR (Dutch: AVG). */
    AVG_GDPR("avg-gdpr", "AVG/GDPR", "AVG/GDPR (EU)", Style.SPACE),
    /** ISO/IEC 27001, information security management systems. */
    ISO_27001("iso-27001", "ISO/IEC 27001", "ISO/IEC 27001", Style.COLON),
    /** The NIST Cybersecurity Framework. */
    NIST_CSF("nist-csf", "NIST CSF", "NIST CSF", Style.SPACE),
    /** The ANSI INCITS 359 role-based access control standard (separation of duties). */
    ANSI_RBAC("ansi-rbac", "ANSI RBAC", "ANSI INCITS 359", Style.COLON);

    private enum Style { PARENTHESES, COLON, SPACE }

    private final String id;
    private final LocalizedText label;
    private final String citationStem;
    private final Style style;

    Norm(String id, String name, String citationStem, Style style) {
        this.id = id;
        this.label = LocalizedText.of(name, name);
        this.citationStem = citationStem;
        this.style = style;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /**
     * Writes a citation of this norm.
     *
     * @param version the version or year, such as {@code 2019} or {@code 2022/2555}; not null
     * @param clause the clause, article or control, such as {@code 6.1.1}; empty for the whole norm
     * @return the citation, such as {@code BIO (2019) 6.1.1}; never null
     */
    public String cite(String version, String clause) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(clause, "clause");
        String base = switch (style) {
            case PARENTHESES -> citationStem + " (" + version + ")";
            case COLON -> citationStem + ":" + version;
            case SPACE -> citationStem + " " + version;
        };
        return clause.isEmpty() ? base : base + " " + clause;
    }

    /**
     * Finds the norm with a given id.
     *
     * @param id the lower-kebab id; not null
     * @return the norm, or empty
     */
    public static Optional<Norm> fromId(String id) {
        return Labelled.fromId(Norm.class, id);
    }
}
