package com.channelstudio.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuiltInPlannerTest {

    private final BuiltInPlanner planner = new BuiltInPlanner();
    private final PromptPlanValidator validator = new PromptPlanValidator();

    @ParameterizedTest
    @ValueSource(ints = {60, 75, 90})
    void durationsAddUpExactlyToTheTarget(int minutes) {
        for (long seed = 1; seed <= 25; seed++) {
            PromptPlan plan = planner.plan("Lo-fi study beats", "calm, focused", minutes, seed);
            validator.validate(plan, minutes);
            long hundredths = plan.musicPrompts().stream().mapToLong(p -> Math.round(p.durationMinutes() * 100)).sum();
            assertThat(hundredths).isEqualTo(minutes * 100L);
            plan.musicPrompts().forEach(p ->
                    assertThat(p.durationMinutes() * 100).isCloseTo(Math.round(p.durationMinutes() * 100), org.assertj.core.data.Offset.offset(1e-6)));
            Set<Double> distinct = plan.musicPrompts().stream().map(MusicPrompt::durationMinutes).collect(Collectors.toSet());
            assertThat(distinct).as("track lengths vary").hasSizeGreaterThan(5);
        }
    }

    @Test
    void aChannelsNextVideoRepeatsNoPromptOfItsLastTenWithOtherWordsNotASuffix() {
        Set<String> recent = new java.util.HashSet<>();
        for (long video = 1; video <= 10; video++) {
            prompts(planner.plan("Lo-fi study beats", "calm, focused", 60, video, history(recent))).forEach(recent::add);
        }
        assertThat(recent).as("ten videos of 40 distinct prompts").hasSize(400);
        // The same seed as video 1 would give video 1's prompts again ...
        assertThat(prompts(planner.plan("Lo-fi study beats", "calm, focused", 60, 1))).isSubsetOf(recent);

        PromptPlan next = planner.plan("Lo-fi study beats", "calm, focused", 60, 1, history(recent));

        validator.validate(next, 60);
        assertThat(prompts(next)).hasSize(40).doesNotContainAnyElementsOf(recent)
                .noneMatch(prompt -> prompt.contains("(part "));
    }

    private static ChannelHistory history(Set<String> prompts) {
        return new ChannelHistory(prompts, Set.of());
    }

    private static List<String> prompts(PromptPlan plan) {
        return java.util.stream.Stream.concat(plan.musicPrompts().stream().map(MusicPrompt::prompt),
                plan.visualPrompts().stream().map(VisualPrompt::prompt)).map(p -> p.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Test
    void allFortyPromptsAreUniqueAndInTheSeedStyle() {
        PromptPlan plan = planner.plan("Royal court classical", "elegant, serene", 60, 42);
        validator.validate(plan, 60);
        Set<String> all = new HashSet<>();
        Stream.concat(plan.musicPrompts().stream().map(MusicPrompt::prompt), plan.visualPrompts().stream().map(VisualPrompt::prompt))
                .forEach(p -> assertThat(all.add(p.toLowerCase(Locale.ROOT))).as(p).isTrue());
        assertThat(plan.musicPrompts()).extracting(MusicPrompt::orderIndex).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        Pattern tempo = Pattern.compile("Tempo: (\\d+) BPM\\. Duration: \\d+-\\d+ minutes\\.$");
        Set<Integer> tempos = new HashSet<>();
        for (MusicPrompt prompt : plan.musicPrompts()) {
            Matcher m = tempo.matcher(prompt.prompt());
            assertThat(m.find()).as(prompt.prompt()).isTrue();
            tempos.add(Integer.parseInt(m.group(1)));
        }
        assertThat(tempos).as("tempo varies over the album").hasSizeGreaterThan(8);
        plan.visualPrompts().forEach(v -> assertThat(v.prompt()).startsWith("16:9 background of "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lo-fi study", "Medieval fantasy tavern", "Royal court classical", "Ambient space",
            "Rain and nature sounds", "Jazz café", "Synthwave night drive", "Sleep piano", "Celtic music"})
    void knownNichesUseTheirOwnVocabulary(String niche) {
        NicheVocabulary vocabulary = NicheVocabulary.forNiche(niche);
        assertThat(vocabulary.isGeneral()).as(niche + " is recognised").isFalse();
        PromptPlan plan = planner.plan(niche, "calm", 60, 7);
        validator.validate(plan, 60);
        String music = plan.musicPrompts().stream().map(MusicPrompt::prompt).collect(Collectors.joining("\n"));
        String visuals = plan.visualPrompts().stream().map(VisualPrompt::prompt).collect(Collectors.joining("\n"));
        long formsUsed = vocabulary.forms().stream().filter(music::contains).count();
        long scenesUsed = vocabulary.scenes().stream().filter(visuals::contains).count();
        assertThat(formsUsed).isEqualTo(vocabulary.forms().size());
        assertThat(scenesUsed).isEqualTo(vocabulary.scenes().size());
    }

    @Test
    void tavernPromptsSoundLikeATavern() {
        PromptPlan plan = planner.plan("Medieval tavern", "cozy, cheerful", 75, 3);
        String all = plan.musicPrompts().stream().map(MusicPrompt::prompt).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        assertThat(all).contains("lute", "flute").doesNotContain("synth", "vinyl");
        String scenes = plan.visualPrompts().stream().map(VisualPrompt::prompt).collect(Collectors.joining(" "));
        assertThat(scenes).contains("tavern", "castle");
    }

    @Test
    void anUnknownNicheStillGetsSensiblePromptsFromItsWords() {
        PromptPlan plan = planner.plan("Underwater coral reef", "mysterious, slow", 90, 11);
        validator.validate(plan, 90);
        plan.musicPrompts().forEach(p -> assertThat(p.prompt()).contains("Underwater coral reef").containsPattern("Tempo: \\d+ BPM\\."));
        plan.visualPrompts().forEach(p -> assertThat(p.prompt()).contains("Underwater coral reef"));
        assertThat(plan.musicPrompts().get(0).prompt()).containsAnyOf("mysterious", "slow");
    }

    @Test
    void theSameJobGetsTheSamePlanAndAnotherJobAnotherOne() {
        PromptPlan a = planner.plan("Jazz café", "smooth", 60, 99);
        assertThat(planner.plan("Jazz café", "smooth", 60, 99)).isEqualTo(a);
        PromptPlan b = planner.plan("Jazz café", "smooth", 60, 100);
        assertThat(b.musicPrompts()).isNotEqualTo(a.musicPrompts());
    }

    @Test
    void theAlbumRisesAndSettles() {
        PromptPlan plan = planner.plan("Celtic", "serene", 60, 5);
        List<Integer> bpm = plan.musicPrompts().stream()
                .map(p -> Integer.parseInt(p.prompt().replaceAll(".*Tempo: (\\d+) BPM.*", "$1"))).toList();
        double edges = (bpm.get(0) + bpm.get(1) + bpm.get(18) + bpm.get(19)) / 4.0;
        double middle = (bpm.get(8) + bpm.get(9) + bpm.get(10) + bpm.get(11)) / 4.0;
        assertThat(middle).isGreaterThan(edges);
    }
}
