package com.channelstudio.planning;

import com.fasterxml.jackson.annotation.JsonProperty;

public record MusicPrompt(
        @JsonProperty("order_index") int orderIndex,
        @JsonProperty("prompt") String prompt,
        @JsonProperty("duration_minutes") double durationMinutes) {}
