package com.channelstudio.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/** Writes a job's 20 music and 20 visual prompts offline, from its niche and mood keywords. */
@Component
public class BuiltInPlanner {

    private static final String[] STYLES = {"Gentle", "Flowing", "Warm", "Dreamy", "Calm", "Soft", "Airy", "Mellow"};
    private static final String[] INSTRUMENTS = {"piano, strings, soft pads", "acoustic guitar, flute, light percussion",
            "electric piano, bass, brushed drums", "harp, bells, warm pads", "strings, cello, piano",
            "lute, recorder, hand drum", "synth pads, bells, sub bass", "vinyl texture, keys, mellow bass"};
    private static final String[] SCENES = {"a quiet valley at dawn", "a forest path in soft light",
            "a lakeside cabin at dusk", "a starry night sky over hills", "a rainy window with city lights",
            "a cozy study with a desk lamp", "misty mountains at sunrise", "an ocean shore at twilight"};
    private static final String[] PALETTES = {"golden accents, warm lighting", "cool blue tones, gentle haze",
            "pastel colours, soft glow", "deep purples, glowing stars", "amber light, long shadows"};

    public PromptPlan plan(String niche, String moodKeywords, int targetMinutes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String mood = moodKeywords.split(",")[0].strip().toLowerCase(Locale.ROOT);
        int[] hundredths = splitDuration(targetMinutes * 100, random);
        List<MusicPrompt> music = new ArrayList<>();
        List<VisualPrompt> visuals = new ArrayList<>();
        for (int i = 1; i <= PromptPlan.TRACKS; i++) {
            int bpm = 60 + random.nextInt(61);
            double minutes = hundredths[i - 1] / 100.0;
            music.add(new MusicPrompt(i, String.format(Locale.ROOT,
                    "%s %s %s piece no. %d with %s. Tempo: %d BPM. Duration: %d-%d minutes.",
                    STYLES[random.nextInt(STYLES.length)], mood, niche, i,
                    INSTRUMENTS[random.nextInt(INSTRUMENTS.length)], bpm,
                    (int) Math.floor(minutes), (int) Math.floor(minutes) + 1), minutes));
            visuals.add(new VisualPrompt(i, String.format(Locale.ROOT, "16:9 background of %s for %s, %s, scene %d",
                    SCENES[random.nextInt(SCENES.length)], niche, PALETTES[random.nextInt(PALETTES.length)], i)));
        }
        return new PromptPlan(music, visuals);
    }

    /** Varied track lengths (±20 % around the mean) that add up exactly to the total. */
    private static int[] splitDuration(int totalHundredths, SplittableRandom random) {
        double[] weights = new double[PromptPlan.TRACKS];
        double weightSum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.8 + 0.4 * random.nextDouble();
            weightSum += weights[i];
        }
        int[] parts = new int[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            parts[i] = (int) Math.round(totalHundredths * weights[i] / weightSum);
            assigned += parts[i];
        }
        parts[weights.length - 1] = totalHundredths - assigned;
        return parts;
    }
}
