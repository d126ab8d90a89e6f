package com.channelstudio.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a video's tracklist a listener hears (its nouns and the words that describe them, not "on", "the" or
 * a number), so that none is heard twice: a noun and its plural count as one ("Lantern", "Lanterns"), and so does a
 * compound with a noun it starts or ends with ("Moon", "Moonlight"; "Light", "Candlelight"); a describing word
 * ("Quiet", "Blue") only repeats itself.
 */
final class HeardWords {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "on", "in", "at", "by", "to", "for",
            "over", "under", "past", "near", "beyond", "above", "around", "down", "along", "beneath", "after", "before",
            "till", "from", "into", "no");
    /** The describing words of the title words and adjectives; any other word is taken for a noun. */
    private static final Set<String> DESCRIBING = Set.of("quiet", "slow", "distant", "little", "gentle", "hidden", "soft",
            "old", "secret", "sleepy", "painted", "early", "borrowed", "last", "still", "wandering", "half-remembered",
            "golden", "sunlit", "warm", "bright", "dancing", "glowing", "lonely", "fading", "hollow", "faded", "forgotten",
            "grey", "restless", "broken", "misty", "green", "blue", "wild", "long", "late", "first", "far", "drifting",
            "cold", "back", "wooden", "tall", "sticky", "standing", "small", "prancing", "pale", "open", "holy",
            "hot", "great", "grand", "frozen", "falling", "deep", "cosmic", "solar", "pink", "royal");
    /** A word and a compound's other part are heard from four letters on ("rain" in "rainy", not "sea" in "season"). */
    private static final int MIN_PART = 4;

    private final List<String> heard = new ArrayList<>();

    /** Whether none of the title's words has been heard yet, nor is said twice in it ("Silver Silver Moon"). */
    boolean fresh(String title) {
        List<String> said = new ArrayList<>(heard);
        for (String word : words(title)) {
            if (said.stream().anyMatch(other -> sameWord(word, other))) {
                return false;
            }
            said.add(word);
        }
        return true;
    }

    void hear(String title) {
        heard.addAll(words(title));
    }

    static List<String> words(String title) {
        List<String> words = new ArrayList<>();
        for (String token : title.toLowerCase(Locale.ROOT).split("\\s+")) {
            String word = token.replaceAll("'s$", "").replaceAll("[^\\p{L}\\p{N}-]", "");
            if (word.length() >= 3 && word.chars().noneMatch(Character::isDigit) && !FUNCTION_WORDS.contains(word)) {
                words.add(word.length() > MIN_PART && word.endsWith("s") && !word.endsWith("ss")
                        ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }

    static boolean sameWord(String a, String b) {
        if (DESCRIBING.contains(a) || DESCRIBING.contains(b)) {
            return a.equals(b);
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.equals(longer)) {
            return true;
        }
        if (shorter.length() < MIN_PART) {
            return false;
        }
        // "rain" is heard in "rainy" and "candle" in "candlelight", not in "train" or "palace"
        int rest = longer.length() - shorter.length();
        return longer.startsWith(shorter) && (rest >= 3 || longer.endsWith("y"))
                || longer.endsWith(shorter) && rest >= MIN_PART;
    }
}
