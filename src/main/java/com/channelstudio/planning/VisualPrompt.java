package com.channelstudio.planning;

import com.fasterxml.jackson.annotation.JsonProperty;

public record VisualPrompt(
        @JsonProperty("order_index") int orderIndex,
        @JsonProperty("prompt") String prompt) {}
