package com.channelstudio.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * Writes a job's 20 music and 20 visual prompts offline, from its niche and mood keywords. The album rises to an
 * energy peak around its middle and settles at the end; keys, modes, line-ups, scenes, palettes and times of day
 * rotate so no two prompts repeat. Same job, same plan.
 */
@Component
public class BuiltInPlanner {

    private static final String[] KEYS = {"C", "D", "E flat", "F", "G", "A", "B flat", "D flat", "E", "A flat", "B", "F sharp"};
    private static final String[] CALM_WORDS = {"Gentle", "Soft", "Tender", "Quiet", "Hushed", "Dreamy"};
    private static final String[] MID_WORDS = {"Flowing", "Warm", "Graceful", "Elegant", "Mellow", "Easy", "Lilting"};
    private static final String[] LIVELY_WORDS = {"Lively", "Bright", "Uplifting", "Spirited", "Buoyant", "Radiant", "Vivid"};
    private static final String[] TIMES_OF_DAY = {"at dawn", "in the early morning", "at midday", "in the golden hour",
            "at sunset", "at dusk", "at night", "at midnight", "under a full moon", "on a misty morning"};
    private static final Set<String> MINOR_MOODS = Set.of("melancholic", "melancholy", "sad", "dark", "mysterious",
            "moody", "wistful", "nostalgic", "lonely", "somber", "sombre", "haunting", "mystical", "epic", "rainy", "bittersweet");
    private static final int MIN_TRACK_HUNDREDTHS = 50;
    private static final int MAX_TRACK_HUNDREDTHS = 1000;
    private static final int MAX_DRAWS = 50;
    /** Other ways to frame a scene, once its palettes have all been used by the channel's recent videos. */
    private static final String[] VIEWS = {"seen through a window", "wide view", "close view", "seen from above",
        "in light mist", "framed by leaves", "reflected in still water", "seen from a balcony"};

    public PromptPlan plan(String niche, String moodKeywords, int targetMinutes, long seed) {
        return plan(niche, moodKeywords, targetMinutes, seed, ChannelHistory.NONE);
    }

    /**
     * A plan none of whose prompts and track titles the channel's recent videos used ({@code history}): a prompt or
     * title that would repeat one is drawn again with other words, so consecutive videos of a channel differ.
     */
    public PromptPlan plan(String niche, String moodKeywords, int targetMinutes, long seed, ChannelHistory history) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        NicheVocabulary vocabulary = NicheVocabulary.forNiche(niche);
        String nicheLabel = niche.strip();
        List<String> moods = moodsOf(moodKeywords, vocabulary);
        boolean minorLeaning = minorLeaning(moods);
        int[] hundredths = splitDuration(targetMinutes * 100, random);

        int[] keyOrder = shuffled(KEYS.length, random);
        int[] formOrder = shuffled(vocabulary.forms().size(), random);
        int[] lineUpOrder = shuffled(vocabulary.lineUps().size(), random);
        int[] sceneOrder = shuffled(vocabulary.scenes().size(), random);
        int[] paletteOrder = shuffled(vocabulary.palettes().size(), random);
        int[] timeOrder = shuffled(TIMES_OF_DAY.length, random);

        List<MusicPrompt> music = new ArrayList<>();
        List<VisualPrompt> visuals = new ArrayList<>();
        Set<String> seen = new HashSet<>(history.prompts());
        for (int i = 0; i < PromptPlan.TRACKS; i++) {
            String prompt;
            double minutes = hundredths[i] / 100.0;
            for (int draw = 0; ; draw++) {
                double energy = energyAt(i, random);
                int bpm = (int) Math.round(vocabulary.minBpm() + (vocabulary.maxBpm() - vocabulary.minBpm()) * energy);
                boolean minor = random.nextDouble() < (minorLeaning ? 0.7 : 0.3);
                String form = vocabulary.forms().get(formOrder[i % formOrder.length]);
                if (vocabulary.isGeneral()) {
                    form = nicheLabel + " " + form;
                }
                String lineUp = vocabulary.lineUps().get(lineUpOrder[(i + i / lineUpOrder.length + draw) % lineUpOrder.length]);
                String mood = moods.get(i % moods.size());
                prompt = String.format(Locale.ROOT, "%s %s with %s, %s mood, in %s %s. Tempo: %d BPM. ",
                        adjective(energy, random), form, lineUp, mood, KEYS[keyOrder[(i + draw) % KEYS.length]],
                        minor ? "minor" : "major", bpm) + durationText(minutes);
                if (fresh(prompt, seen, draw)) {
                    break;
                }
            }
            prompt = unique(prompt, seen, i);
            music.add(new MusicPrompt(i + 1, prompt, minutes, null));
        }
        for (int i = 0; i < PromptPlan.TRACKS; i++) {
            String prompt;
            for (int draw = 0; ; draw++) {
                String scene = vocabulary.scenes().get(sceneOrder[i % sceneOrder.length]);
                String palette = vocabulary.palettes().get(paletteOrder[(i + i / sceneOrder.length + draw) % paletteOrder.length]);
                String time = TIMES_OF_DAY[timeOrder[(i + 3 * (i / sceneOrder.length) + draw / paletteOrder.length)
                        % TIMES_OF_DAY.length]];
                // A scene that already names its hour ("a night street") keeps it rather than contradicting it.
                boolean timed = scene.matches(".*\\b(night|midnight|dusk|dawn|evening|sunset|sunrise|morning|moons?|stars?|starry)\\b.*");
                prompt = timed ? String.format(Locale.ROOT, "16:9 background of %s, %s", scene, palette)
                        : String.format(Locale.ROOT, "16:9 background of %s %s, %s", scene, time, palette);
                if (draw >= paletteOrder.length) {
                    prompt += ", " + VIEWS[(draw / paletteOrder.length - 1) % VIEWS.length];
                }
                if (vocabulary.isGeneral()) {
                    prompt += ", evoking " + nicheLabel;
                }
                if (fresh(prompt, seen, draw)) {
                    break;
                }
            }
            visuals.add(new VisualPrompt(i + 1, unique(prompt, seen, i)));
        }
        return TrackTitles.complete(new PromptPlan(music, visuals), vocabulary, minorLeaning, seed, history.titles());
    }

    /**
     * The plan with a built-in title for each music prompt that came without one (a plan another system wrote),
     * none of them in {@code takenTitles} (lower case).
     */
    public PromptPlan titled(PromptPlan plan, String niche, String moodKeywords, long seed, Set<String> takenTitles) {
        NicheVocabulary vocabulary = NicheVocabulary.forNiche(niche);
        return TrackTitles.complete(plan, vocabulary, minorLeaning(moodsOf(moodKeywords, vocabulary)), seed, takenTitles);
    }

    /**
     * The plan with new words for the music prompts at order indexes {@code music} and the visual prompts at
     * {@code visuals}, none of them in {@code taken} (lower case) nor elsewhere in the plan; every duration and
     * title stays.
     */
    public PromptPlan redrawn(PromptPlan plan, Set<Integer> music, Set<Integer> visuals, String niche, String moodKeywords,
            int targetMinutes, long seed, Set<String> taken) {
        Set<String> avoid = new HashSet<>(taken);
        plan.musicPrompts().forEach(prompt -> avoid.add(prompt.prompt().toLowerCase(Locale.ROOT)));
        plan.visualPrompts().forEach(prompt -> avoid.add(prompt.prompt().toLowerCase(Locale.ROOT)));
        PromptPlan fresh = plan(niche, moodKeywords, targetMinutes, seed, new ChannelHistory(avoid, Set.of()));
        List<MusicPrompt> newMusic = plan.musicPrompts().stream().map(prompt -> !music.contains(prompt.orderIndex()) ? prompt
                : new MusicPrompt(prompt.orderIndex(), withDuration(fresh.music(prompt.orderIndex()), prompt.durationMinutes()),
                        prompt.durationMinutes(), prompt.title())).toList();
        List<VisualPrompt> newVisuals = plan.visualPrompts().stream().map(prompt -> !visuals.contains(prompt.orderIndex()) ? prompt
                : new VisualPrompt(prompt.orderIndex(), fresh.visual(prompt.orderIndex()).prompt())).toList();
        return new PromptPlan(newMusic, newVisuals, plan.localizations());
    }

    private static String withDuration(MusicPrompt drawn, double minutes) {
        return drawn.prompt().replace(durationText(drawn.durationMinutes()), durationText(minutes));
    }

    private static String durationText(double minutes) {
        int whole = (int) Math.floor(minutes);
        return String.format(Locale.ROOT, "Duration: %d-%d minutes.", whole, whole + 1);
    }

    private static boolean minorLeaning(List<String> moods) {
        return moods.stream().anyMatch(MINOR_MOODS::contains);
    }

    /** The job's own mood keywords first, then the niche's defaults so every prompt has one. */
    private static List<String> moodsOf(String moodKeywords, NicheVocabulary vocabulary) {
        Set<String> moods = new LinkedHashSet<>();
        for (String keyword : (moodKeywords == null ? "" : moodKeywords).split("[,;/]")) {
            String mood = keyword.strip().toLowerCase(Locale.ROOT);
            if (!mood.isEmpty() && mood.length() <= 40) {
                moods.add(mood);
            }
        }
        if (moods.size() < 2) {
            moods.addAll(vocabulary.defaultMoods());
        }
        return new ArrayList<>(moods);
    }

    /** A rise to the middle of the album and a settle towards the end, with a little track-to-track wobble. */
    private static double energyAt(int index, SplittableRandom random) {
        double arc = Math.sin(Math.PI * (index + 0.5) / PromptPlan.TRACKS);
        double value = 0.15 + 0.65 * arc + (random.nextDouble() - 0.5) * 0.3;
        return Math.max(0, Math.min(1, value));
    }

    private static String adjective(double energy, SplittableRandom random) {
        String[] words = energy < 0.35 ? CALM_WORDS : energy < 0.7 ? MID_WORDS : LIVELY_WORDS;
        return words[random.nextInt(words.length)];
    }

    /**
     * Not a prompt of the channel's recent videos nor an earlier one of this plan, or drawn often enough:
     * {@link #unique} then tells it apart.
     */
    private static boolean fresh(String prompt, Set<String> seen, int draw) {
        return draw >= MAX_DRAWS || !seen.contains(prompt.toLowerCase(Locale.ROOT));
    }

    private static String unique(String prompt, Set<String> seen, int index) {
        String candidate = prompt;
        for (int attempt = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); attempt++) {
            candidate = prompt + " (part " + (index + 1) + (attempt > 2 ? "." + attempt : "") + ")";
        }
        return candidate;
    }

    private static int[] shuffled(int size, SplittableRandom random) {
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /**
     * Varied track lengths (about ±20 % around the mean) in hundredths of a minute that add up exactly to the
     * total; the largest-remainder rounding keeps every part within the validator's bounds.
     */
    static int[] splitDuration(int totalHundredths, SplittableRandom random) {
        int tracks = PromptPlan.TRACKS;
        double[] weights = new double[tracks];
        double weightSum = 0;
        for (int i = 0; i < tracks; i++) {
            weights[i] = 0.8 + 0.4 * random.nextDouble();
            weightSum += weights[i];
        }
        int[] parts = new int[tracks];
        double[] remainders = new double[tracks];
        int assigned = 0;
        for (int i = 0; i < tracks; i++) {
            double exact = totalHundredths * weights[i] / weightSum;
            parts[i] = Math.max(MIN_TRACK_HUNDREDTHS, Math.min(MAX_TRACK_HUNDREDTHS, (int) Math.floor(exact)));
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        while (assigned != totalHundredths) {
            int step = assigned < totalHundredths ? 1 : -1;
            int pick = -1;
            for (int i = 0; i < tracks; i++) {
                int next = parts[i] + step;
                if (next < MIN_TRACK_HUNDREDTHS || next > MAX_TRACK_HUNDREDTHS) {
                    continue;
                }
                if (pick < 0 || (step > 0 ? remainders[i] > remainders[pick] : remainders[i] < remainders[pick])) {
                    pick = i;
                }
            }
            if (pick < 0) {
                throw new IllegalArgumentException("cannot split " + totalHundredths / 100.0 + " minutes into "
                        + tracks + " tracks of 0.5 to 10 minutes");
            }
            parts[pick] += step;
            remainders[pick] -= step;
            assigned += step;
        }
        return parts;
    }
}
