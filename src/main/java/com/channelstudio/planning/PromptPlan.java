package com.channelstudio.planning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The {@code prompts_json} of a job, in the seed document's structure, and (from the LLM planner) the video's fixed
 * texts in the channel's languages. Other systems and LLMs write it and may add fields of their own: those are ignored
 * here (API requests refuse them).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PromptPlan(
        @JsonProperty("music_prompts") List<MusicPrompt> musicPrompts,
        @JsonProperty("visual_prompts") List<VisualPrompt> visualPrompts,
        @JsonProperty("localizations") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, VideoTexts> localizations) {

    public static final int TRACKS = 20;

    @JsonCreator
    public PromptPlan {
        localizations = localizations == null ? Map.of() : Map.copyOf(localizations);
    }

    /** A plan without localizations (the built-in planner's, or another system's). */
    public PromptPlan(List<MusicPrompt> musicPrompts, List<VisualPrompt> visualPrompts) {
        this(musicPrompts, visualPrompts, Map.of());
    }

    public MusicPrompt music(int orderIndex) {
        return musicPrompts.stream().filter(p -> p.orderIndex() == orderIndex).findFirst().orElseThrow();
    }

    public VisualPrompt visual(int orderIndex) {
        return visualPrompts.stream().filter(p -> p.orderIndex() == orderIndex).findFirst().orElseThrow();
    }
}
