package nl.competentiekompas.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import nl.competentiekompas.core.assessment.Assessment;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.organisation.PersonId;
import nl.competentiekompas.io.CompassCsv;
import nl.competentiekompas.io.CompassJson;
import nl.competentiekompas.io.CsvFormat;

/**
 * Generates assessments from a fixed seed: the same seed gives the same assessments, hence the same files.
 *
 * <p>Each assessment is one rater's scores of one person against a bundled profile with competency targets,
 * one CSV row per competency (seven for the CISO profiles); one score in twenty is left out, one reflection in
 * ten and one action in fifteen are filled with a short Dutch text (some holding the separator or a quote,
 * so the CSV quotes them). The files are written with the library's own writers ({@code CsvFormat.excelNl()}:
 * {@code ;}, UTF-8 with a byte-order mark, CRLF, Dutch headers) and kept under
 * {@code compass-benchmarks/target/benchmark-data} between runs. Thread-safe; holds no state.
 *
 * @since 0.1
 */
public final class AssessmentData {

    private static final String[] TEXTS = {
        "Ik wil risico's eerder signaleren", "Vaker met de RvB in gesprek; elk kwartaal",
        "Adviezen korter en concreter maken", "Intervisie met andere CISO's", "Het \"waarom\" beter uitleggen",
        "Cursus risicomanagement volgen", "Bewustwording in de zorgteams vergroten",
    };
    private static final Perspective[] OTHERS = {Perspective.BOARD, Perspective.MANAGER, Perspective.HR,
        Perspective.PEER};

    private AssessmentData() {
    }

    /**
     * An endless sequence of generated assessments.
     *
     * @param catalog the catalog whose profiles are assessed against; not null
     * @param seed the seed
     * @return the assessments; never null
     */
    public static Iterator<Assessment> endless(Catalog catalog, long seed) {
        List<RoleProfile> profiles = catalog.profiles().stream().filter(p -> !p.competencyTargets().isEmpty())
                .toList();
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2024, 1, 1);
        return new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Assessment next() {
                RoleProfile profile = profiles.get(random.nextInt(profiles.size()));
                PersonId subject = PersonId.of(String.format(Locale.ROOT, "p-%06d", n / 4));
                boolean self = n % 4 == 0;
                PersonId rater = self ? subject : PersonId.of(String.format(Locale.ROOT, "p-%06d", random.nextInt(1_000_000)));
                if (rater.equals(subject)) {
                    self = true;
                }
                Perspective perspective = self ? Perspective.SELF : OTHERS[random.nextInt(OTHERS.length)];
                n++;
                Assessment.Builder b = Assessment.builder(profile, subject, rater, perspective,
                        start.plusDays(random.nextInt(1000)));
                for (CompetencyTarget t : profile.competencyTargets()) {
                    if (random.nextInt(20) == 0) {
                        b.notAssessed(t.competency());
                    } else {
                        b.score(t.competency(), profile.scale().min()
                                + random.nextInt(profile.scale().max() - profile.scale().min() + 1));
                    }
                    if (random.nextInt(10) == 0) {
                        b.reflection(t.competency(), TEXTS[random.nextInt(TEXTS.length)]);
                    }
                    if (random.nextInt(15) == 0) {
                        b.action(t.competency(), TEXTS[random.nextInt(TEXTS.length)]);
                    }
                }
                return b.build();
            }
        };
    }

    /**
     * Generated assessments holding at least this many CSV rows together (the last assessment may end a few
     * rows past it).
     *
     * @param catalog the catalog; not null
     * @param rows the number of rows
     * @param seed the seed
     * @return the assessments, generated lazily on each iteration; never null
     */
    public static Iterable<Assessment> ofRows(Catalog catalog, int rows, long seed) {
        return () -> {
            Iterator<Assessment> all = endless(catalog, seed);
            return new Iterator<>() {
                private int done;

                @Override
                public boolean hasNext() {
                    return done < rows;
                }

                @Override
                public Assessment next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Assessment a = all.next();
                    done += a.entries().size();
                    return a;
                }
            };
        };
    }

    /**
     * The assessments CSV file of this many rows, written on first use.
     *
     * @param catalog the catalog; not null
     * @param rows the number of rows
     * @return the file; never null
     */
    public static Path csv(Catalog catalog, int rows) {
        return cached("assessments-" + rows + ".csv",
                out -> CompassCsv.writeAssessments(ofRows(catalog, rows, Organisations.SEED), out, CsvFormat.excelNl()));
    }

    /**
     * The same assessments as {@link #csv(Catalog, int)} as a {@code competentiekompas/assessments} JSON
     * document, written on first use.
     *
     * @param catalog the catalog; not null
     * @param rows the number of CSV rows the same data has
     * @return the file; never null
     */
    public static Path json(Catalog catalog, int rows) {
        return cached("assessments-" + rows + ".json",
                out -> CompassJson.writeAssessments(ofRows(catalog, rows, Organisations.SEED), out));
    }

    private static Path cached(String name, Consumer<OutputStream> writer) {
        Path dir = Path.of(System.getProperty("compass.benchmarks.data", "compass-benchmarks/target/benchmark-data"));
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.accept(out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
