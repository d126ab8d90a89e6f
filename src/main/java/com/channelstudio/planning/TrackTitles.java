package com.channelstudio.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Listener-facing track titles ("Paper Lanterns", "Rain on Platform 9") from the niche's {@link TitleWords} and a
 * mood-coloured adjective or hour: none twice in a video nor among the titles the channel has already used.
 * Same job, same titles.
 */
final class TrackTitles {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 40;
    private static final String[] SHARED_ADJECTIVES = {"Quiet", "Slow", "Distant", "Little", "Gentle", "Hidden",
        "Soft", "Old", "Secret", "Sleepy", "Painted", "Evening", "Early", "Borrowed", "Last", "Velvet", "Silver",
        "Wandering", "Still", "Half-Remembered"};
    private static final String[] BRIGHT_ADJECTIVES = {"Golden", "Sunlit", "Warm", "Bright", "Honey", "Amber",
        "Morning", "Dancing", "Summer", "Glowing"};
    private static final String[] WISTFUL_ADJECTIVES = {"Lonely", "Fading", "Hollow", "Faded", "Forgotten", "Grey",
        "Restless", "Broken", "Winter", "Misty"};
    private static final String[] HOURS = {"at Dawn", "at Dusk", "After Midnight", "Before Sunrise", "in November",
        "at Noon", "on Sunday", "After Hours", "in Spring", "by Candlelight", "Till Morning", "in the Blue Hour"};
    private static final int MAX_DRAWS = 200;

    private TrackTitles() {}

    /**
     * The plan with a title for every music prompt that has none; its own titles and {@code taken} (lower case)
     * are not used again.
     */
    static PromptPlan complete(PromptPlan plan, NicheVocabulary vocabulary, boolean wistful, long seed, Set<String> taken) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x7A11E5L);
        Random shuffler = new Random(random.nextLong());
        TitleWords words = TitleWords.of(vocabulary);
        List<String> adjectives = new ArrayList<>(List.of(SHARED_ADJECTIVES));
        adjectives.addAll(List.of(wistful ? WISTFUL_ADJECTIVES : BRIGHT_ADJECTIVES));
        Words rotation = new Words(new Rotation(words.things(), shuffler), new Rotation(words.places(), shuffler),
                new Rotation(adjectives, shuffler), new Rotation(List.of(HOURS), shuffler));
        Set<String> used = new HashSet<>(taken);
        plan.musicPrompts().stream().map(MusicPrompt::title).filter(title -> title != null)
                .forEach(title -> used.add(key(title)));
        List<MusicPrompt> music = new ArrayList<>();
        for (MusicPrompt prompt : plan.musicPrompts()) {
            music.add(prompt.title() != null ? prompt : prompt.withTitle(draw(rotation, random, used)));
        }
        return new PromptPlan(music, plan.visualPrompts());
    }

    static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    private static String draw(Words words, SplittableRandom random, Set<String> used) {
        String title = null;
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            title = candidate(words, random);
            if (title.length() <= MAX_LENGTH && used.add(key(title))) {
                return title;
            }
        }
        // Every combination drawn is taken (hundreds of videos of this niche): a numbered sequel of the last one.
        String base = title.length() > MAX_LENGTH - 8 ? title.substring(0, MAX_LENGTH - 8).strip() : title;
        for (int part = 2; ; part++) {
            String sequel = base + " No. " + part;
            if (used.add(key(sequel))) {
                return sequel;
            }
        }
    }

    private static String candidate(Words words, SplittableRandom random) {
        String thing = words.things().next();
        int shape = random.nextInt(10);
        if (shape < 3) {
            return describe(words.adjectives().next(), thing);
        }
        if (shape < 6) {
            return thing + " " + words.places().next();
        }
        if (shape < 8) {
            return thing + " " + words.hours().next();
        }
        return describe(words.adjectives().next(), thing) + " " + words.hours().next();
    }

    /** "Quiet Rain", and "The Quiet Bard" rather than "Quiet The Bard". */
    private static String describe(String adjective, String thing) {
        return thing.startsWith("The ") ? "The " + adjective + " " + thing.substring(4) : adjective + " " + thing;
    }

    private record Words(Rotation things, Rotation places, Rotation adjectives, Rotation hours) {}

    /** A job's own order of a word list, gone through in turn, so a video uses many words rather than a few often. */
    private static final class Rotation {

        private final List<String> order;
        private int turn;

        Rotation(List<String> words, Random shuffler) {
            order = new ArrayList<>(words);
            Collections.shuffle(order, shuffler);
        }

        String next() {
            return order.get(turn++ % order.size());
        }
    }
}
