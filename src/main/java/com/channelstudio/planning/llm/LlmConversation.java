package com.channelstudio.planning.llm;

import com.channelstudio.planning.PromptPlan;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** The chat so far with the LLM planner: its messages, how many answers it gave, and the plan once one passes. */
public record LlmConversation(ArrayNode messages, int answers, PromptPlan plan) {

    public boolean unanswered() {
        return plan == null;
    }
}
