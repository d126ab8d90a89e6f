package com.channelstudio.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of every refused request (ApiErrors): the message, and for bad input the field and the rule. */
public record ApiError(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the field and what is wrong with it, or what failed",
                example = "target_duration_minutes: must be a whole number of minutes between 60 and 90 (was 59)") String error,
        @Schema(description = "the field, header or part of the request that broke a rule", example = "target_duration_minutes")
        String field,
        @Schema(description = "the rule it broke") String rule) {}
