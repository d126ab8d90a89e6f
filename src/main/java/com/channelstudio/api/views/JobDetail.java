package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code GET /api/jobs/{id}}: a job with its prompts, assets, checks for near copies, progress and upload. */
public record JobDetail(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("channel_id") UUID channelId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("niche_label") String nicheLabel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("mood_keywords") String moodKeywords,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("target_duration_minutes") int targetDurationMinutes,
        @Schema(description = "the 20 music and 20 visual prompts ({music_prompts: [...], visual_prompts: [...]}), once planned")
        @JsonProperty("prompts_json") Object promptsJson,
        @JsonProperty("local_video_path") String localVideoPath,
        @JsonProperty("output_directory") String outputDirectory,
        @JsonProperty("error_message") String errorMessage,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("audio_tracks") List<Track> audioTracks,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Image> images,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("duplicate_checks") List<DuplicateCheck> duplicateChecks,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ShortVideo> shorts,
        @Schema(description = "why a Short was made shorter, or not at all") @JsonProperty("shorts_note") String shortsNote,
        @Schema(description = "why a schedule gave the job its moods") @JsonProperty("planning_reason") String planningReason,
        @Schema(description = "what the job waits for: a monthly budget its next calls would pass") @JsonProperty("budget_wait") String budgetWait,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Cost cost,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Upload upload,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Progress progress) {

    /** A vertical Short cut from one of the video's tracks (docs/growth.md), and where its upload stands. */
    public record ShortVideo(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3") int index,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "20") @JsonProperty("track_order_index") int trackOrderIndex,
            @JsonProperty("start_seconds") Double startSeconds,
            @JsonProperty("duration_seconds") Double durationSeconds,
            @JsonProperty("local_file_path") String localFilePath,
            @JsonProperty("upload_state") String uploadState,
            @JsonProperty("youtube_video_id") String youtubeVideoId,
            @JsonProperty("publish_at") String publishAt,
            @JsonProperty("bytes_sent") Long bytesSent,
            @JsonProperty("bytes_total") Long bytesTotal) {}

    /** What the job cost: its provider calls in US dollars, and the YouTube quota units its uploads used. */
    public record Cost(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("total_usd") BigDecimal totalUsd,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("by_provider") Map<String, ProviderCost> byProvider,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("youtube_quota_units") int youtubeQuotaUnits) {}

    /** One provider's billed calls for the job. */
    public record ProviderCost(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int calls,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal usd) {}

    public record Track(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "20") @JsonProperty("order_index") int orderIndex,
            @JsonProperty("duration_seconds") Double durationSeconds,
            @JsonProperty("local_file_path") String localFilePath,
            @Schema(description = "what its provider calls cost, US dollars") @JsonProperty("cost_usd") BigDecimal costUsd) {}

    public record Image(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "20") @JsonProperty("order_index") int orderIndex,
            @JsonProperty("local_file_path") String localFilePath,
            @Schema(description = "what its provider calls cost, US dollars") @JsonProperty("cost_usd") BigDecimal costUsd) {}

    /** One comparison with the channel's recent videos (docs/planning.md). */
    public record DuplicateCheck(
            @JsonProperty("check_id") UUID checkId,
            Integer repair,
            @Schema(allowableValues = {"image", "music_prompt"}) String kind,
            @JsonProperty("order_index") Integer orderIndex,
            @JsonProperty("other_video_job_id") UUID otherVideoJobId,
            @JsonProperty("other_order_index") Integer otherOrderIndex,
            @JsonProperty("hash_distance") Integer hashDistance,
            Integer threshold,
            Boolean duplicate,
            @JsonProperty("checked_at") String checkedAt) {}

    /** Where the job's upload stands, and what it waits for. */
    public record Upload(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "none: the job makes an upload package only") String strategy,
            @JsonProperty("scheduled_time") String scheduledTime,
            String state,
            @JsonProperty("youtube_video_id") String youtubeVideoId,
            String note,
            @JsonProperty("bytes_sent") Long bytesSent,
            @JsonProperty("bytes_total") Long bytesTotal,
            String error,
            @JsonProperty("waits_for") String waitsFor) {}

    /** How far the job has come. */
    public record Progress(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String stage,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("tracks_made") int tracksMade,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("images_made") int imagesMade,
            @Schema(minimum = "0", maximum = "100", description = "over the whole job; null for a failed job") Integer percent,
            @JsonProperty("waits_for") String waitsFor,
            @JsonProperty("working_on") String workingOn) {}
}
