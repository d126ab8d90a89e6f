package com.channelstudio.providers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A provider that makes a file asynchronously: it asks for a generation, names the generation's id in the answer,
 * and says how to poll it. The route template {@code generation-provider} (routes/provider-generation.camel.yaml)
 * does the rest the same way for every such provider: the calls, the polling, the download, the retries.
 */
public interface GenerationProvider<O extends AssetOrder> {

    /** The call that starts the generation of this order. */
    ProviderRequest create(O order);

    /** The generation's id in the answer to {@link #create}; fails the order if the answer has none. */
    String id(JsonNode answer, O order);

    /** How to ask about the generation, and how to read the answer. */
    GenerationPoll poll(O order, String id);
}
