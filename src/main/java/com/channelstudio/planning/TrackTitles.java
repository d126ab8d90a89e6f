package com.channelstudio.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Listener-facing track titles ("Paper Lanterns", "Rain on Platform 9", "Sunday in the Library") from the niche's
 * {@link TitleWords} and a mood-coloured adjective or hour: none twice in a video nor among the titles the channel has
 * already used, and no word of one heard again in another title of the video ({@link HeardWords}). Same job, same
 * titles.
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
    /** An hour as it follows a thing ("Rain at Dawn") and as it opens a title before a place ("Dawn by the Lake"). */
    private static final List<Hour> HOURS = List.of(new Hour("at Dawn", "Dawn"), new Hour("at Dusk", "Dusk"),
            new Hour("After Midnight", "After Midnight"), new Hour("Before Sunrise", "Sunrise"),
            new Hour("in November", "November"), new Hour("at Noon", "Noon"), new Hour("on Sunday", "Sunday"),
            new Hour("After Dark", "Twilight"), new Hour("in Spring", "Spring"), new Hour("by Candlelight", "Candlelight"),
            new Hour("Till Morning", "Morning"), new Hour("in the Blue Hour", "Blue Hour"));
    private static final int MAX_DRAWS = 200;
    /** Whole tracklists drawn again when one ran out of unheard words, before the words may repeat. */
    private static final int TRACKLIST_ATTEMPTS = 20;

    private TrackTitles() {}

    /**
     * The plan with a title for every music prompt that has none; its own titles and {@code taken} (lower case)
     * are not used again, and no word of its titles is heard twice.
     */
    static PromptPlan complete(PromptPlan plan, NicheVocabulary vocabulary, boolean wistful, long seed, Set<String> taken) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x7A11E5L);
        Random shuffler = new Random(random.nextLong());
        TitleWords words = TitleWords.of(vocabulary);
        List<String> adjectives = new ArrayList<>(List.of(SHARED_ADJECTIVES));
        adjectives.addAll(List.of(wistful ? WISTFUL_ADJECTIVES : BRIGHT_ADJECTIVES));
        for (int attempt = 1; ; attempt++) {
            Words rotation = new Words(new Rotation(words.things(), shuffler), new Rotation(words.places(), shuffler),
                    new Rotation(adjectives, shuffler), new Rotation(HOURS, shuffler));
            Optional<PromptPlan> titled = titled(plan, rotation, random, taken, attempt < TRACKLIST_ATTEMPTS);
            if (titled.isPresent()) {
                return titled.get();
            }
        }
    }

    /** The plan titled, or empty when {@code unheard} asks for new words and they ran out. */
    private static Optional<PromptPlan> titled(PromptPlan plan, Words words, SplittableRandom random, Set<String> taken,
            boolean unheard) {
        Set<String> used = new HashSet<>(taken);
        HeardWords heard = new HeardWords();
        plan.musicPrompts().stream().map(MusicPrompt::title).filter(title -> title != null).forEach(title -> {
            used.add(key(title));
            heard.hear(title);
        });
        int untitled = (int) plan.musicPrompts().stream().filter(prompt -> prompt.title() == null).count();
        List<MusicPrompt> music = new ArrayList<>();
        for (MusicPrompt prompt : plan.musicPrompts()) {
            if (prompt.title() != null) {
                music.add(prompt);
                continue;
            }
            boolean thingsLeft = words.things().order.stream().filter(heard::fresh).count() >= untitled--;
            Optional<String> title = draw(words, random, used, unheard ? heard : new HeardWords(), thingsLeft);
            if (title.isEmpty()) {
                return Optional.empty();
            }
            heard.hear(title.get());
            music.add(prompt.withTitle(title.get()));
        }
        return Optional.of(new PromptPlan(music, plan.visualPrompts(), plan.localizations()));
    }

    static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> draw(Words words, SplittableRandom random, Set<String> used, HeardWords heard,
            boolean thingsLeft) {
        String unheard = null;
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            String title = candidate(words, random, thingsLeft);
            if (title.length() <= MAX_LENGTH && heard.fresh(title)) {
                if (used.add(key(title))) {
                    return Optional.of(title);
                }
                unheard = title;
            }
        }
        if (unheard == null) {
            return Optional.empty();
        }
        // Every combination drawn is taken (hundreds of videos of this niche): a numbered sequel of one.
        String base = unheard.length() > MAX_LENGTH - 8 ? unheard.substring(0, MAX_LENGTH - 8).strip() : unheard;
        for (int part = 2; ; part++) {
            String sequel = base + " No. " + part;
            if (used.add(key(sequel))) {
                return Optional.of(sequel);
            }
        }
    }

    /** With fewer unheard things than titles still to draw, a title of an hour and a place, without a thing. */
    private static String candidate(Words words, SplittableRandom random, boolean thingsLeft) {
        int shape = thingsLeft ? random.nextInt(11) : 10;
        if (shape == 10) {
            String hourAndPlace = words.hours().next().noun() + " " + words.places().next();
            return random.nextBoolean() ? words.adjectives().next() + " " + hourAndPlace : hourAndPlace;
        }
        String thing = words.things().next();
        if (shape < 3) {
            return describe(words.adjectives().next(), thing);
        }
        if (shape < 6) {
            return thing + " " + words.places().next();
        }
        if (shape < 8) {
            return thing + " " + words.hours().next().phrase();
        }
        return describe(words.adjectives().next(), thing) + " " + words.hours().next().phrase();
    }

    /** "Quiet Rain", and "The Quiet Bard" rather than "Quiet The Bard". */
    private static String describe(String adjective, String thing) {
        return thing.startsWith("The ") ? "The " + adjective + " " + thing.substring(4) : adjective + " " + thing;
    }

    private record Hour(String phrase, String noun) {}

    private record Words(Rotation<String> things, Rotation<String> places, Rotation<String> adjectives, Rotation<Hour> hours) {}

    /** A job's own order of a word list, gone through in turn, so a video uses many words rather than a few often. */
    private static final class Rotation<T> {

        private final List<T> order;
        private int turn;

        Rotation(List<T> words, Random shuffler) {
            order = new ArrayList<>(words);
            Collections.shuffle(order, shuffler);
        }

        T next() {
            return order.get(turn++ % order.size());
        }
    }
}
