package com.channelstudio.schedules;

import com.channelstudio.config.StudioProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * The mood set a learning schedule's firing plans, chosen by what the channel's viewers watched: a mood set with no
 * video yet is tried first; one that fell under {@code studio.schedules.learn-min-share} percent of the channel's
 * last {@value #WINDOW} firings is planned to keep its share; otherwise Thompson sampling: each mood set's mean per
 * day ({@code mood-results.sql}) is drawn from what its videos showed (a mood set still waiting for figures from a
 * wide prior), and the highest draw wins. The draws are seeded by the firing, so a firing chooses the same again.
 */
@Component("learnedMoods")
public class LearnedMoods {

    /** The channel's recent firings the minimum share is counted over. */
    public static final int WINDOW = 20;
    /** Draws that estimate how often the chosen mood set wins (the planning reason says it). */
    static final int DRAWS = 2000;
    /** The least uncertainty of a mood set's mean, relative to it, however alike its videos did. */
    private static final double MIN_RELATIVE_SPREAD = 0.3;

    private final StudioProperties.Schedules settings;
    private final ObjectMapper json;

    public LearnedMoods(StudioProperties properties, ObjectMapper json) {
        this.settings = properties.schedules();
        this.json = json;
    }

    /** {@code views} or {@code watch_hours}, as mood-results.sql compares it. */
    public String metric() {
        return settings.learnMetric().name().toLowerCase(Locale.ROOT);
    }

    public int days() {
        return settings.learnDays();
    }

    /** The channel's firings before this one that, with it, make the window the minimum share is kept over. */
    public int window() {
        return WINDOW - 1;
    }

    /** How one mood set did: its videos with figures, their mean per day and its spread, and its recent firings. */
    record Result(int videos, Double perDay, double spread, int recentFirings) {

        static final Result NONE = new Result(0, null, 0, 0);
    }

    /** The mood set chosen and why. */
    record Choice(String mood, String reason) {}

    /**
     * The firing with {@code mood} and {@code planningReason} set.
     *
     * @param firing the schedule's row ({@code moods}: its mood sets as JSON, {@code fireTime})
     * @param rows what {@code mood-results.sql} read for the channel
     */
    public Map<String, Object> choose(@Body Map<String, Object> firing, @Header("moodResults") List<Map<String, Object>> rows)
            throws IOException {
        List<String> moods = json.readValue((String) firing.get("moods"), new TypeReference<List<String>>() {});
        Map<String, Result> results = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            results.put((String) row.get("mood"), new Result(((Number) row.get("videos")).intValue(),
                    row.get("per_day") == null ? null : ((Number) row.get("per_day")).doubleValue(),
                    ((Number) row.get("spread")).doubleValue(), ((Number) row.get("recent_firings")).intValue()));
        }
        long seed = ((OffsetDateTime) firing.get("fireTime")).toInstant().toEpochMilli() * 31 + moods.hashCode();
        Choice choice = choose(moods, results, new SplittableRandom(seed));
        Map<String, Object> chosen = new LinkedHashMap<>(firing);
        chosen.put("mood", choice.mood());
        chosen.put("planningReason", choice.reason());
        return chosen;
    }

    Choice choose(List<String> moods, Map<String, Result> results, SplittableRandom random) {
        for (String mood : moods) {
            Result result = results.getOrDefault(mood, Result.NONE);
            if (result.videos() == 0 && result.recentFirings() == 0) {
                return new Choice(mood, "moods '" + mood + "': no video yet, tried first");
            }
        }
        // this firing with the ones before it: a mood set that would have less than its share of them without it
        int firings = results.values().stream().mapToInt(Result::recentFirings).sum() + 1;
        String starved = null;
        for (String mood : moods) {
            int had = results.getOrDefault(mood, Result.NONE).recentFirings();
            if (100.0 * had < settings.learnMinShare() * firings
                    && (starved == null || had < results.getOrDefault(starved, Result.NONE).recentFirings())) {
                starved = mood;
            }
        }
        if (starved != null) {
            return new Choice(starved, String.format(Locale.ROOT, "moods '%s': kept at least %d %% of the channel's last %d "
                    + "firings (had %d before this one)", starved, settings.learnMinShare(), firings, results.getOrDefault(starved, Result.NONE)
                    .recentFirings()));
        }
        return thompson(moods, results, random);
    }

    private Choice thompson(List<String> moods, Map<String, Result> results, SplittableRandom random) {
        double prior = moods.stream().map(mood -> results.getOrDefault(mood, Result.NONE).perDay()).filter(m -> m != null)
                .mapToDouble(Double::doubleValue).average().orElse(1);
        int[] wins = new int[moods.size()];
        int first = -1;
        for (int draw = 0; draw < DRAWS; draw++) {
            int best = 0;
            double highest = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < moods.size(); i++) {
                Result result = results.getOrDefault(moods.get(i), Result.NONE);
                double value = result.perDay() == null ? prior + Math.max(prior, 1e-6) * gaussian(random)
                        : result.perDay() + Math.max(result.spread(), Math.max(MIN_RELATIVE_SPREAD * result.perDay(), 1e-6))
                                / Math.sqrt(result.videos()) * gaussian(random);
                if (value > highest) {
                    highest = value;
                    best = i;
                }
            }
            wins[best]++;
            if (first < 0) {
                first = best;
            }
        }
        String mood = moods.get(first);
        Result result = results.getOrDefault(mood, Result.NONE);
        String figures = result.perDay() == null ? "no figures yet"
                : String.format(Locale.ROOT, "%s %s over %d video%s", amount(result.perDay()), settings.learnMetric().perDay(),
                        result.videos(), result.videos() == 1 ? "" : "s");
        return new Choice(mood, String.format(Locale.ROOT, "moods '%s': %s; chosen %d %% of draws", mood, figures,
                Math.round(100.0 * wins[first] / DRAWS)));
    }

    private static String amount(double perDay) {
        return perDay >= 10 ? String.valueOf(Math.round(perDay)) : String.format(Locale.ROOT, "%.2f", perDay);
    }

    /** A standard normal draw (Box-Muller). */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
