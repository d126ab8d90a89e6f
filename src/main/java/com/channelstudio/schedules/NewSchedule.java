package com.channelstudio.schedules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of {@code PUT /api/channels/{id}/schedule}, as other systems send it. */
public record NewSchedule(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Quartz cron, seconds first", example = "0 0 5 * * ?")
        String cron,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Europe/Berlin") @JsonProperty("time_zone") String timeZone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "30")
        @JsonProperty("videos_ahead") Integer videosAhead,
        @ArraySchema(minItems = 1, schema = @Schema(minLength = 1), arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        @JsonProperty("mood_keywords") List<String> moodKeywords,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "60", maximum = "90")
        @JsonProperty("target_duration_minutes") Integer targetDurationMinutes,
        @Schema(allowableValues = {"none", "private", "unlisted", "public", "scheduled"}, description = "default: none")
        @JsonProperty("upload_strategy") String uploadStrategy,
        @Schema(description = "HH:MM in the time zone: the publishing slots of scheduled uploads", example = "18:00")
        @JsonProperty("publish_time") String publishTime,
        @Schema(description = "default: true") Boolean enabled,
        @Schema(allowableValues = {"rotate", "learn"}, description = "how a firing picks its moods: in turn (rotate, the "
                + "default) or by what viewers watch (learn)") String selection) {}
