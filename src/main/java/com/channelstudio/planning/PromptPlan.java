package com.channelstudio.planning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code prompts_json} of a job, in the seed document's structure. Other systems and LLMs write it and may add
 * fields of their own: those are ignored here (API requests refuse them).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PromptPlan(
        @JsonProperty("music_prompts") List<MusicPrompt> musicPrompts,
        @JsonProperty("visual_prompts") List<VisualPrompt> visualPrompts) {

    public static final int TRACKS = 20;

    public MusicPrompt music(int orderIndex) {
        return musicPrompts.stream().filter(p -> p.orderIndex() == orderIndex).findFirst().orElseThrow();
    }

    public VisualPrompt visual(int orderIndex) {
        return visualPrompts.stream().filter(p -> p.orderIndex() == orderIndex).findFirst().orElseThrow();
    }
}
