package com.channelstudio.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.jobs.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Track titles: short, evocative, of the niche, unique in a video and over a channel's last 50 videos. */
class TrackTitlesTest {

    private final BuiltInPlanner planner = new BuiltInPlanner();
    private final PromptPlanValidator validator = new PromptPlanValidator();

    @ParameterizedTest
    @ValueSource(strings = {"Lo-fi study", "Medieval fantasy tavern", "Royal court classical", "Ambient space",
            "Rain and nature sounds", "Jazz café", "Synthwave night drive", "Sleep piano", "Celtic music",
            "Winter holiday", "Japanese koto", "Underwater coral reef"})
    void everyTrackGetsAShortUniqueTitleMadeOfItsNichesWords(String niche) {
        PromptPlan plan = planner.plan(niche, "calm, warm", 60, 17);

        validator.checkTitled(validator.validate(plan, 60));
        List<String> titles = titles(plan);
        assertThat(titles).hasSize(20).allSatisfy(title -> assertThat(title.length()).isBetween(2, 40));
        assertThat(new HashSet<>(lower(titles))).hasSize(20);
        TitleWords words = TitleWords.of(NicheVocabulary.forNiche(niche));
        assertThat(titles).as("titles picture the niche, not the prompt").allSatisfy(title -> {
            assertThat(title).satisfiesAnyOf(
                    named -> assertThat(words.things()).anyMatch(thing -> named.contains(thing.replaceFirst("^The ", ""))),
                    placed -> assertThat(words.places()).anyMatch(placed::endsWith));
            assertThat(title).doesNotContain("BPM", "Tempo", "Duration", "minor", "major");
        });
    }

    @Test
    void noWordOfATracklistIsHeardTwice() {
        List<String> niches = List.of("Lo-fi study", "Medieval fantasy tavern", "Royal court classical", "Ambient space",
                "Rain and nature sounds", "Jazz café", "Synthwave night drive", "Sleep piano", "Celtic music",
                "Winter holiday", "Japanese koto", "Underwater coral reef");
        for (String niche : niches) {
            for (long video = 1; video <= 60; video++) {
                long seed = video;
                String mood = seed % 2 == 0 ? "calm, warm" : "wistful, lonely";
                List<String> titles = titles(planner.plan(niche, mood, 60, seed));
                Map<String, String> heardIn = new HashMap<>();
                for (String title : titles) {
                    for (String word : HeardWords.words(title)) {
                        heardIn.forEach((other, first) -> assertThat(HeardWords.sameWord(word, other))
                                .as("%s seed %d: \"%s\" repeats \"%s\" of \"%s\"", niche, seed, title, other, first).isFalse());
                    }
                    HeardWords.words(title).forEach(word -> heardIn.put(word, title));
                }
            }
        }
    }

    @Test
    void wordsAreHeardAsTheListenerHearsThem() {
        assertThat(HeardWords.words("Painted Paper Lanterns on Sunday")).containsExactly("painted", "paper", "lantern", "sunday");
        assertThat(HeardWords.words("Sunday on Platform 9 No. 2")).containsExactly("sunday", "platform");
        assertThat(HeardWords.sameWord("moonlight", "moon")).isTrue();
        assertThat(HeardWords.sameWord("candlelight", "light")).isTrue();
        assertThat(HeardWords.sameWord("rainy", "rain")).isTrue();
        assertThat(HeardWords.sameWord("season", "sea")).isFalse();
        HeardWords heard = new HeardWords();
        heard.hear("Velvet Paper Lanterns");
        assertThat(heard.fresh("Painted Paper Lanterns on Sunday")).isFalse();
        assertThat(heard.fresh("Lantern Light")).isFalse();
        assertThat(heard.fresh("Cassette in the Attic")).isTrue();
        assertThat(heard.fresh("Silver Silver Moon")).as("a word twice in one title").isFalse();
    }

    @Test
    void theSameJobGetsTheSameTitlesAndAnotherJobOthers() {
        List<String> a = titles(planner.plan("Lo-fi study", "calm", 60, 5));
        assertThat(titles(planner.plan("Lo-fi study", "calm", 60, 5))).isEqualTo(a);
        assertThat(titles(planner.plan("Lo-fi study", "calm", 60, 6))).isNotEqualTo(a);
    }

    @Test
    void aChannelNeverRepeatsATitleOverItsLastFiftyVideos() {
        Set<String> taken = new HashSet<>();
        for (long video = 1; video <= ChannelHistory.TITLE_VIDEOS; video++) {
            PromptPlan plan = planner.plan("Lo-fi study beats", "calm, focused", 60, video, new ChannelHistory(Set.of(), taken));
            validator.validate(plan, 60);
            for (String title : lower(titles(plan))) {
                assertThat(taken.add(title)).as("video %d repeats \"%s\"", video, title).isTrue();
            }
        }
        assertThat(taken).hasSize(50 * 20);
        assertThat(taken).as("numbered sequels are a last resort").filteredOn(title -> title.contains(" no. "))
                .hasSizeLessThan(50);
    }

    @Test
    void promptsFromAnotherSystemKeepTheirTitlesAndTheOthersGetBuiltInOnes() {
        PromptPlan own = planner.plan("Jazz café", "smooth", 60, 3);
        List<MusicPrompt> music = new ArrayList<>();
        for (MusicPrompt prompt : own.musicPrompts()) {
            music.add(prompt.withTitle(prompt.orderIndex() == 1 ? "Our Opening Number" : null));
        }
        PromptPlan partly = new PromptPlan(music, own.visualPrompts());
        Set<String> taken = Set.of(lower(titles(own)).get(4));

        PromptPlan titled = planner.titled(partly, "Jazz café", "smooth", 3, taken);

        validator.checkTitled(validator.validate(titled, 60));
        assertThat(titled.music(1).title()).isEqualTo("Our Opening Number");
        assertThat(lower(titles(titled))).doesNotContainAnyElementsOf(taken).doesNotHaveDuplicates();
        assertThat(planner.titled(partly, "Jazz café", "smooth", 3, taken)).as("the same at every export").isEqualTo(titled);
        assertThat(titled.musicPrompts()).extracting(MusicPrompt::prompt).isEqualTo(own.musicPrompts().stream()
                .map(MusicPrompt::prompt).toList());
    }

    @Test
    void aTitleOutOfRangeRepeatedOrWithAngleBracketsIsRefusedNamingIt() {
        assertRefused(p -> p.orderIndex() == 3 ? p.withTitle("X") : p,
                "prompts_json.music_prompts[order_index=3].title: must be 2 to 40 characters (has 1: \"X\")");
        assertRefused(p -> p.orderIndex() == 4 ? p.withTitle("A".repeat(41)) : p,
                "prompts_json.music_prompts[order_index=4].title: must be 2 to 40 characters (has 41");
        assertRefused(p -> p.orderIndex() == 5 ? p.withTitle("Paper <Lanterns>") : p,
                "prompts_json.music_prompts[order_index=5].title: must not contain < >");
        assertRefused(p -> p.orderIndex() >= 6 ? p.withTitle("Same Song") : p,
                "prompts_json.music_prompts[order_index=7].title: must be unique in the video (\"Same Song\" appears twice)");
    }

    @Test
    void thePlanTheStudioAsksForNeedsEveryTitleAndNoneOfTheChannelsRecentOnes() {
        PromptPlan plan = planner.plan("Celtic", "wistful", 60, 8);
        PromptPlan untitled = new PromptPlan(plan.musicPrompts().stream().map(p -> p.withTitle(null)).toList(),
                plan.visualPrompts());
        validator.validate(untitled, 60);
        assertThatThrownBy(() -> validator.checkTitled(untitled)).isInstanceOf(InvalidInputException.class)
                .hasMessage("prompts_json.music_prompts[order_index=1].title: is required (a short track title of 2 to 40 characters)");
        String repeated = plan.music(2).title();
        assertThatThrownBy(() -> validator.checkFresh(plan, new ChannelHistory(Set.of(), Set.of(repeated.toLowerCase(Locale.ROOT)))))
                .hasMessage("prompts_json.music_prompts[order_index=2].title: must not repeat a title of the channel's last 50 videos (\""
                        + repeated + "\")");
    }

    private void assertRefused(UnaryOperator<MusicPrompt> change, String message) {
        PromptPlan plan = planner.plan("Sleep piano", "serene", 60, 2);
        PromptPlan changed = new PromptPlan(plan.musicPrompts().stream().map(change).toList(), plan.visualPrompts());
        assertThatThrownBy(() -> validator.validate(changed, 60)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    private static List<String> titles(PromptPlan plan) {
        return plan.musicPrompts().stream().map(MusicPrompt::title).toList();
    }

    private static List<String> lower(List<String> titles) {
        return titles.stream().map(title -> title.toLowerCase(Locale.ROOT)).toList();
    }
}
