package nl.competentiekompas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.ScaleLevel;
import nl.competentiekompas.core.organisation.PersonId;

class CompassCsvProperties {

    static final Catalog CATALOG = Samples.catalog();

    /** Text that tries to break CSV and spreadsheets: formula starters, quotes, separators, line breaks, non-ASCII. */
    static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("=+-@\t\r\n'\";, aZé€😀ß\u00a0").ofMaxLength(20)
                        .filter(CompassCsvProperties::isWellFormed),
                Arbitraries.strings().all().ofMaxLength(12)
                        .filter(s -> s.codePoints().allMatch(cp -> cp != 0xFFFE && cp != 0xFFFF)
                                && isWellFormed(s)),
                Arbitraries.of("", "=SUM(A1:A9)", "+31 6 1234", "-", "@cmd", "'", "''=x", "a\r\nb", "\"", ";", ","));
    }

    static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<RoleProfile> profile = Arbitraries.of(CATALOG.profiles());
        Arbitrary<PersonId> person = Arbitraries.integers().between(0, 50).map(i -> PersonId.of("p-" + i));
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2024, 1, 1)
                .plusDays(d));
        return Combinators.combine(profile, person, person, Arbitraries.of(Perspective.class), date,
                Arbitraries.longs(), hostileText().list().ofSize(8)).as((p, s, r, persp, d, seed, texts) -> {
                    Assessment.Builder b = Assessment.builder(p, s,
                            persp == Perspective.SELF ? s : r.equals(s) ? PersonId.of("other") : r, persp, d);
                    java.util.Random random = new java.util.Random(seed);
                    int t = 0;
                    for (CompetencyTarget target : p.competencyTargets()) {
                        List<ScaleLevel> levels = p.scale().levels();
                        if (random.nextInt(4) > 0) {
                            b.score(target.competency(), levels.get(random.nextInt(levels.size())).value());
                        }
                        b.reflection(target.competency(), texts.get(t++ % texts.size()));
                        b.action(target.competency(), texts.get(t++ % texts.size()));
                    }
                    return b.build();
                });
    }

    @Provide
    Arbitrary<List<Assessment>> assessmentLists() {
        return assessments().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<CsvFormat> formats() {
        return Combinators.combine(Arbitraries.of(';', ','), Arbitraries.of(true, false),
                Arbitraries.of(CsvFormat.LineEnding.class), Arbitraries.of(Language.class))
                .as((sep, bom, le, lang) -> new CsvFormat(sep, bom, le, lang, sep == ';'));
    }

    static byte[] write(List<Assessment> assessments, CsvFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompassCsv.writeAssessments(assessments, out, format);
        return out.toByteArray();
    }

    static List<Assessment> read(byte[] bytes) {
        try (Stream<Assessment> s = CompassCsv.readAssessments(new ByteArrayInputStream(bytes), "a.csv", CATALOG)) {
            return s.toList();
        }
    }

    @Property(tries = 200)
    void assessmentsRoundTripThroughCsvInEveryFormat(@ForAll("assessmentLists") List<Assessment> assessments,
            @ForAll("formats") CsvFormat format) {
        List<Assessment> distinct = new ArrayList<>();
        for (Assessment a : assessments) {
            // adjacent assessments with the same key would merge into one: the file format's rule
            if (distinct.isEmpty() || !sameKey(distinct.get(distinct.size() - 1), a)) {
                distinct.add(a);
            }
        }
        byte[] bytes = write(distinct, format);
        List<Assessment> back = read(bytes);
        for (int i = 0; i < distinct.size(); i++) {
            assertThat(back.get(i).entries()).isEqualTo(distinct.get(i).entries());
        }
        assertThat(back).isEqualTo(distinct);
        assertThat(write(read(bytes), format)).isEqualTo(bytes);
    }

    static boolean sameKey(Assessment a, Assessment b) {
        return a.subject().equals(b.subject()) && a.profile().equals(b.profile()) && a.rater().equals(b.rater())
                && a.perspective() == b.perspective() && a.date().equals(b.date());
    }
}
