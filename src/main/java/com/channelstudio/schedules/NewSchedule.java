package com.channelstudio.schedules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code PUT /api/channels/{id}/schedule}, as other systems send it. */
public record NewSchedule(
        String cron,
        @JsonProperty("time_zone") String timeZone,
        @JsonProperty("videos_ahead") Integer videosAhead,
        @JsonProperty("mood_keywords") List<String> moodKeywords,
        @JsonProperty("target_duration_minutes") Integer targetDurationMinutes,
        @JsonProperty("upload_strategy") String uploadStrategy,
        @JsonProperty("publish_time") String publishTime,
        Boolean enabled,
        String selection) {}
