package com.channelstudio.planning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One track of the plan; {@code title} is optional in the stored JSON (the seed's prompts have none). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MusicPrompt(
        @JsonProperty("order_index") int orderIndex,
        @JsonProperty("prompt") String prompt,
        @JsonProperty("duration_minutes") double durationMinutes,
        @JsonProperty("title") @JsonInclude(JsonInclude.Include.NON_NULL) String title) {

    public MusicPrompt withTitle(String newTitle) {
        return new MusicPrompt(orderIndex, prompt, durationMinutes, newTitle);
    }
}
