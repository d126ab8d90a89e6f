package com.channelstudio.costs;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an answer reports it cost, whatever its shape: OpenAI-compatible {@code usage.total_tokens}, Gemini's
 * {@code usageMetadata.candidatesTokenCount} (the generated tokens, which its image prices count), Leonardo's
 * {@code sdGenerationJob.apiCreditCost}.
 */
final class ReportedUsage {

    private ReportedUsage() {}

    static Optional<BigDecimal> tokens(Object answer) {
        return number(answer, "/usage/total_tokens").or(() -> number(answer, "/usageMetadata/candidatesTokenCount"));
    }

    static Optional<BigDecimal> apiCredits(Object answer) {
        return number(answer, "/sdGenerationJob/apiCreditCost");
    }

    private static Optional<BigDecimal> number(Object answer, String pointer) {
        if (!(answer instanceof JsonNode json)) {
            return Optional.empty();
        }
        JsonNode value = json.at(pointer);
        return value.isNumber() && value.decimalValue().signum() >= 0 ? Optional.of(value.decimalValue()) : Optional.empty();
    }
}
