package com.channelstudio.planning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record VisualPrompt(
        @JsonProperty("order_index") int orderIndex,
        @JsonProperty("prompt") String prompt) {}
