package com.channelstudio.jobs;

import java.util.Map;
import java.util.UUID;

/** A claimed {@code video_jobs} row, as the stage routes see it, with the token that fences its writes. */
public record VideoJob(
        UUID id,
        UUID channelId,
        String status,
        String nicheLabel,
        String moodKeywords,
        int targetDurationMinutes,
        String promptsJson,
        String outputDirectory,
        UUID claimToken) {

    /** The same claimed job after this instance stored new prompts for it. */
    public VideoJob withPromptsJson(String newPromptsJson) {
        return new VideoJob(id, channelId, status, nicheLabel, moodKeywords, targetDurationMinutes, newPromptsJson,
                outputDirectory, claimToken);
    }

    public static VideoJob fromRow(Map<String, Object> row) {
        return new VideoJob(
                (UUID) row.get("id"),
                (UUID) row.get("channel_id"),
                String.valueOf(row.get("status")),
                (String) row.get("niche_label"),
                (String) row.get("mood_keywords"),
                ((Number) row.get("target_duration_minutes")).intValue(),
                (String) row.get("prompts_json"),
                (String) row.get("output_directory"),
                (UUID) row.get("claim_token"));
    }
}
