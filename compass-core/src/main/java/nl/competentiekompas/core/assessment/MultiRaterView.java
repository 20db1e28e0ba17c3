package nl.competentiekompas.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.CompetencyId;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Perspective;
import nl.competentiekompas.core.catalog.RoleId;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.internal.Checks;
import nl.competentiekompas.core.organisation.PersonId;

/**
 * For one person and one profile, per competency the self score next to the others' scores per perspective:
 * a 360-degree view.
 *
 * <p>Rules, as 360-degree tools apply them:
 * <ul>
 *   <li>The self score is never averaged into the others': others' figures use board, manager, HR and peer
 *       assessments only.</li>
 *   <li>Peer scores appear only as an aggregate of at least {@link Settings#minimumPeers()} raters; below it
 *       the row says {@link Row#tooFewPeerRatings()} and the peer scores count nowhere, not even in
 *       {@link Row#othersMedian()}.</li>
 *   <li>Per rater and perspective the latest assessment counts. Two assessments by the same rater, perspective
 *       and date are a {@link Conflict}: reported, and neither counts when it is the latest.</li>
 *   <li>A blind spot is a self score at least {@link Settings#threshold()} above the others' median, a hidden
 *       strength one at least that far below.</li>
 * </ul>
 * Build one with {@link #of(RoleProfile, PersonId, Collection, Settings)}. The record's constructor checks that
 * no row shows peer scores from fewer than the minimum raters. Immutable and thread-safe.
 *
 * @param profile the profile's id; not null
 * @param subject the person; not null
 * @param settings the settings used; not null
 * @param rows one row per competency the profile targets, in the profile's order; not null
 * @param conflicts the conflicting assessments, in date, perspective and rater order; not null
 * @since 0.1
 */
public record MultiRaterView(RoleId profile, PersonId subject, Settings settings, List<Row> rows,
        List<Conflict> conflicts) {

    private static final String TYPE = "MultiRaterView";

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if a row shows peer scores from fewer raters than the minimum, or a
     *     competency has two rows
     */
    public MultiRaterView {
        Objects.requireNonNull(profile, "MultiRaterView.profile");
        Objects.requireNonNull(subject, "MultiRaterView.subject");
        Objects.requireNonNull(settings, "MultiRaterView.settings");
        rows = Checks.list(rows, TYPE, "rows");
        Checks.unique(rows, Row::competency, TYPE, "rows");
        for (Row row : rows) {
            Summary peers = row.others().get(Perspective.PEER);
            if (peers != null && peers.count() < settings.minimumPeers()) {
                throw new InvalidValueException(TYPE, "rows", "row '" + row.competency() + "' shows " + peers.count()
                        + " peer ratings, fewer than the minimum " + settings.minimumPeers());
            }
        }
        conflicts = Checks.list(conflicts, TYPE, "conflicts");
    }

    /**
     * The view of one person's assessments against a profile, with default settings.
     *
     * @param profile the profile; not null
     * @param subject the person; not null
     * @param assessments assessments; those of other subjects or profiles are ignored; not null
     * @return the view; never null
     */
    public static MultiRaterView of(RoleProfile profile, PersonId subject, Collection<Assessment> assessments) {
        return of(profile, subject, assessments, Settings.defaults());
    }

    /**
     * The view of one person's assessments against a profile.
     *
     * @param profile the profile; not null
     * @param subject the person; not null
     * @param assessments assessments; those of other subjects or profiles are ignored; not null
     * @param settings the minimum number of peers and the blind-spot threshold; not null
     * @return the view; never null
     */
    public static MultiRaterView of(RoleProfile profile, PersonId subject, Collection<Assessment> assessments,
            Settings settings) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(settings, "settings");

        // Per rater and perspective, the assessments by date; the latest date counts.
        Map<RaterKey, TreeMap<LocalDate, List<Assessment>>> byRater = new TreeMap<>();
        for (Assessment a : assessments) {
            Objects.requireNonNull(a, "assessment");
            if (a.subject().equals(subject) && a.profile().equals(profile.id())) {
                byRater.computeIfAbsent(new RaterKey(a.perspective(), a.rater()), k -> new TreeMap<>())
                        .computeIfAbsent(a.date(), d -> new ArrayList<>()).add(a);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        List<Assessment> counted = new ArrayList<>();
        for (Map.Entry<RaterKey, TreeMap<LocalDate, List<Assessment>>> e : byRater.entrySet()) {
            RaterKey key = e.getKey();
            for (Map.Entry<LocalDate, List<Assessment>> onDate : e.getValue().entrySet()) {
                if (onDate.getValue().size() > 1) {
                    conflicts.add(new Conflict(key.perspective(),
                            key.perspective() == Perspective.PEER ? Optional.empty() : Optional.of(key.rater()),
                            onDate.getKey(), onDate.getValue().size()));
                }
            }
            List<Assessment> latest = e.getValue().lastEntry().getValue();
            if (latest.size() == 1) {
                counted.add(latest.get(0));
            }
        }
        conflicts.sort(Conflict.ORDER);

        List<Row> rows = new ArrayList<>();
        for (CompetencyTarget target : profile.competencyTargets()) {
            rows.add(row(target.competency(), counted, settings));
        }
        return new MultiRaterView(profile.id(), subject, settings, rows, conflicts);
    }

    private static Row row(CompetencyId competency, List<Assessment> counted, Settings settings) {
        OptionalInt self = OptionalInt.empty();
        Map<Perspective, List<Integer>> scores = new EnumMap<>(Perspective.class);
        for (Assessment a : counted) {
            OptionalInt score = a.score(competency);
            if (score.isEmpty()) {
                continue;
            }
            if (a.perspective() == Perspective.SELF) {
                self = score;
            } else {
                scores.computeIfAbsent(a.perspective(), p -> new ArrayList<>()).add(score.getAsInt());
            }
        }
        boolean tooFewPeers = false;
        List<Integer> peers = scores.get(Perspective.PEER);
        if (peers != null && peers.size() < settings.minimumPeers()) {
            scores.remove(Perspective.PEER);
            tooFewPeers = true;
        }
        Map<Perspective, Summary> others = new EnumMap<>(Perspective.class);
        List<Integer> all = new ArrayList<>();
        for (Map.Entry<Perspective, List<Integer>> e : scores.entrySet()) {
            others.put(e.getKey(), Summary.of(e.getValue()));
            all.addAll(e.getValue());
        }
        Optional<HalfScore> othersMedian = all.isEmpty() ? Optional.empty()
                : Optional.of(HalfScore.median(all.stream().mapToInt(Integer::intValue).toArray()));
        Optional<Signal> signal = Optional.empty();
        if (self.isPresent() && othersMedian.isPresent()) {
            HalfScore difference = HalfScore.of(self.getAsInt()).minus(othersMedian.get());
            if (difference.isAtLeast(settings.threshold())) {
                signal = Optional.of(Signal.BLIND_SPOT);
            } else if (HalfScore.ZERO.minus(difference).isAtLeast(settings.threshold())) {
                signal = Optional.of(Signal.HIDDEN_STRENGTH);
            }
        }
        return new Row(competency, self, others, tooFewPeers, othersMedian, signal);
    }

    /**
     * The row of one competency.
     *
     * @param competency the competency; not null
     * @return the row, or empty when the profile does not target it
     */
    public Optional<Row> row(CompetencyId competency) {
        Objects.requireNonNull(competency, "competency");
        return rows.stream().filter(r -> r.competency().equals(competency)).findFirst();
    }

    /**
     * The competencies where the self score is clearly above the others', in the profile's order.
     *
     * @return the ids; never null
     */
    public List<CompetencyId> blindSpots() {
        return withSignal(Signal.BLIND_SPOT);
    }

    /**
     * The competencies where the self score is clearly below the others', in the profile's order.
     *
     * @return the ids; never null
     */
    public List<CompetencyId> hiddenStrengths() {
        return withSignal(Signal.HIDDEN_STRENGTH);
    }

    private List<CompetencyId> withSignal(Signal signal) {
        return rows.stream().filter(r -> r.signal().equals(Optional.of(signal))).map(Row::competency).toList();
    }

    private record RaterKey(Perspective perspective, PersonId rater) implements Comparable<RaterKey> {
        @Override
        public int compareTo(RaterKey o) {
            int c = perspective.compareTo(o.perspective);
            return c != 0 ? c : rater.compareTo(o.rater);
        }
    }

    /**
     * How a view is made: the minimum number of peer raters and the blind-spot threshold.
     *
     * <p>Immutable and thread-safe.
     *
     * @param minimumPeers the fewest peer raters whose scores are shown as an aggregate, at least 1; default
     *     {@value #DEFAULT_MINIMUM_PEERS}
     * @param threshold how far self and others' median must differ to be a blind spot or hidden strength,
     *     more than zero; default 1; not null
     * @since 0.1
     */
    public record Settings(int minimumPeers, HalfScore threshold) {

        /** The default minimum number of peer raters, as 360-degree tools use. */
        public static final int DEFAULT_MINIMUM_PEERS = 3;

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if the threshold is null
         * @throws InvalidValueException if the minimum is below 1 or the threshold not positive
         */
        public Settings {
            if (minimumPeers < 1) {
                throw new InvalidValueException("MultiRaterView.Settings", "minimumPeers",
                        "must be at least 1, got " + minimumPeers);
            }
            Objects.requireNonNull(threshold, "MultiRaterView.Settings.threshold");
            if (!threshold.isPositive()) {
                throw new InvalidValueException("MultiRaterView.Settings", "threshold",
                        "must be more than 0, got " + threshold);
            }
        }

        /**
         * The defaults: at least three peers, threshold 1.
         *
         * @return the default settings; never null
         */
        public static Settings defaults() {
            return new Settings(DEFAULT_MINIMUM_PEERS, HalfScore.of(1));
        }

        /**
         * These settings with another minimum number of peers.
         *
         * @param value at least 1
         * @return new settings; never null
         */
        public Settings withMinimumPeers(int value) {
            return new Settings(value, threshold);
        }

        /**
         * These settings with another threshold.
         *
         * @param value more than zero; not null
         * @return new settings; never null
         */
        public Settings withThreshold(HalfScore value) {
            return new Settings(minimumPeers, value);
        }
    }

    /**
     * What a row signals when self and others differ by at least the threshold.
     *
     * @since 0.1
     */
    public enum Signal {
        /** The self score is clearly above the others'. */
        BLIND_SPOT,
        /** The self score is clearly below the others'. */
        HIDDEN_STRENGTH
    }

    /**
     * The scores of one perspective for one competency: how many, median, lowest and highest.
     *
     * <p>Immutable and thread-safe.
     *
     * @param count how many raters scored, at least 1
     * @param median the median; not null
     * @param min the lowest score
     * @param max the highest score
     * @since 0.1
     */
    public record Summary(int count, HalfScore median, int min, int max) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if the median is null
         * @throws InvalidValueException if the count is below 1 or the median does not lie between min and max
         */
        public Summary {
            if (count < 1) {
                throw new InvalidValueException("MultiRaterView.Summary", "count", "must be at least 1, got " + count);
            }
            Objects.requireNonNull(median, "MultiRaterView.Summary.median");
            if (min > max || median.compareTo(HalfScore.of(min)) < 0 || median.compareTo(HalfScore.of(max)) > 0) {
                throw new InvalidValueException("MultiRaterView.Summary", "median",
                        "must lie between min " + min + " and max " + max + ", got " + median);
            }
        }

        /**
         * The summary of some scores.
         *
         * @param scores at least one score; not null
         * @return the summary; never null
         */
        public static Summary of(Collection<Integer> scores) {
            int[] values = Checks.nonEmptyList(scores, "MultiRaterView.Summary", "scores").stream()
                    .mapToInt(Integer::intValue).toArray();
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return new Summary(values.length, HalfScore.median(values), min, max);
        }
    }

    /**
     * One competency's row: the self score, the others' summaries per perspective, whether peer scores were
     * withheld, the others' median and a signal.
     *
     * <p>Immutable and thread-safe.
     *
     * @param competency the competency; not null
     * @param self the self score, or empty; not null
     * @param others the summaries per perspective other than self, in the enum's order; not null
     * @param tooFewPeerRatings whether peers scored but fewer than the minimum, so their scores are withheld
     * @param othersMedian the median of every shown score of the others together, or empty; not null
     * @param signal a blind spot or hidden strength, or empty; not null
     * @since 0.1
     */
    public record Row(CompetencyId competency, OptionalInt self, Map<Perspective, Summary> others,
            boolean tooFewPeerRatings, Optional<HalfScore> othersMedian, Optional<Signal> signal) {

        /**
         * Checks and copies the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if {@code others} holds the self perspective, or peer scores are both
         *     shown and withheld
         */
        public Row {
            Objects.requireNonNull(competency, "MultiRaterView.Row.competency");
            Objects.requireNonNull(self, "MultiRaterView.Row.self");
            others = Checks.enumMap(others, Perspective.class, "MultiRaterView.Row", "others");
            if (others.containsKey(Perspective.SELF)) {
                throw new InvalidValueException("MultiRaterView.Row", "others", "must not hold the self perspective");
            }
            if (tooFewPeerRatings && others.containsKey(Perspective.PEER)) {
                throw new InvalidValueException("MultiRaterView.Row", "others",
                        "must not show peer scores that are withheld as too few");
            }
            Objects.requireNonNull(othersMedian, "MultiRaterView.Row.othersMedian");
            Objects.requireNonNull(signal, "MultiRaterView.Row.signal");
        }

        /**
         * The summary of one perspective.
         *
         * @param perspective the perspective; not null
         * @return the summary, or empty when nobody of that perspective scored or peers were too few
         */
        public Optional<Summary> others(Perspective perspective) {
            return Optional.ofNullable(others.get(Objects.requireNonNull(perspective, "perspective")));
        }
    }

    /**
     * Two or more assessments by the same rater, perspective and date: reported, never silently merged.
     *
     * <p>For peers the rater is not named, so the conflict does not reveal who rated. Immutable and
     * thread-safe.
     *
     * @param perspective the perspective; not null
     * @param rater the rater, or empty for a peer; not null
     * @param date the date; not null
     * @param count how many assessments conflict, at least 2
     * @since 0.1
     */
    public record Conflict(Perspective perspective, Optional<PersonId> rater, LocalDate date, int count) {

        static final java.util.Comparator<Conflict> ORDER = java.util.Comparator.comparing(Conflict::date)
                .thenComparing(Conflict::perspective)
                .thenComparing(c -> c.rater().map(PersonId::value).orElse(""));

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws InvalidValueException if the count is below 2 or a peer conflict names the rater
         */
        public Conflict {
            Objects.requireNonNull(perspective, "MultiRaterView.Conflict.perspective");
            Objects.requireNonNull(rater, "MultiRaterView.Conflict.rater");
            Objects.requireNonNull(date, "MultiRaterView.Conflict.date");
            if (count < 2) {
                throw new InvalidValueException("MultiRaterView.Conflict", "count", "must be at least 2, got " + count);
            }
            if (perspective == Perspective.PEER && rater.isPresent()) {
                throw new InvalidValueException("MultiRaterView.Conflict", "rater", "must not name a peer rater");
            }
        }
    }
}
