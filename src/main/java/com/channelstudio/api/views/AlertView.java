package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An alert (docs/alerts.md) with how its messages went. */
public record AlertView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"open", "resolved"}) String state,
        String severity,
        @JsonProperty("subject_type") String subjectType,
        @JsonProperty("subject_id") String subjectId,
        @JsonProperty("channel_id") UUID channelId,
        @JsonProperty("job_id") UUID jobId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
        String detail,
        String remedy,
        @JsonProperty("first_seen") OffsetDateTime firstSeen,
        @JsonProperty("last_seen") OffsetDateTime lastSeen,
        Integer count,
        @JsonProperty("resolved_at") OffsetDateTime resolvedAt,
        @JsonProperty("silenced_until") OffsetDateTime silencedUntil,
        Boolean silenced,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Delivery> deliveries,
        @JsonProperty("console_url") String consoleUrl) {

    /** One message of the alert to one destination. */
    public record Delivery(
            String destination,
            String message,
            String state,
            Integer attempts,
            @JsonProperty("last_error") String lastError,
            @JsonProperty("delivered_at") String deliveredAt,
            @JsonProperty("next_attempt_at") String nextAttemptAt) {}
}
