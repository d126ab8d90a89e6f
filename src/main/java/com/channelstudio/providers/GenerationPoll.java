package com.channelstudio.providers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/** How to ask a provider about one generation, and how to read its answer. */
public record GenerationPoll(ProviderRequest request, Function<JsonNode, Generation> reader) {}
