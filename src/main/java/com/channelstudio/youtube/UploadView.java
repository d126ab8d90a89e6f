package com.channelstudio.youtube;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A job's upload as the API shows it: its strategy, where it stands, and what it waits for, if anything. */
public final class UploadView {

    static final List<String> COLUMNS = List.of("upload_strategy", "scheduled_time", "youtube_video_id", "upload_state",
            "upload_bytes_sent", "upload_bytes_total", "upload_message", "upload_not_before", "channel_connected",
            "channel_active", "channel_paused_reason", "channel_waits_until", "quota_wait", "quota_units_spent",
            "quota_units_per_day", "quota_units_needed", "channel_uploads_today", "channel_uploads_per_day", "holds_todays_upload",
            "upload_note");

    private UploadView() {}

    /** Takes the upload columns out of the job's row and returns them as one object. */
    public static Map<String, Object> takeFrom(Map<String, Object> row) {
        Map<String, Object> columns = new LinkedHashMap<>();
        COLUMNS.forEach(column -> columns.put(column, row.remove(column)));
        Map<String, Object> view = new LinkedHashMap<>();
        String strategy = columns.get("upload_strategy") == null ? "none" : (String) columns.get("upload_strategy");
        view.put("strategy", strategy);
        if (strategy.equals("none")) {
            return view;
        }
        view.put("scheduled_time", Objects.toString(Timestamps.utc(columns.get("scheduled_time")), null));
        String state = (String) columns.get("upload_state");
        view.put("state", state);
        view.put("youtube_video_id", columns.get("youtube_video_id"));
        if (columns.get("upload_note") != null) {
            view.put("note", columns.get("upload_note"));
        }
        if (state.equals("uploading") || columns.get("upload_bytes_sent") != null) {
            view.put("bytes_sent", columns.get("upload_bytes_sent"));
            view.put("bytes_total", columns.get("upload_bytes_total"));
        }
        if (state.equals("failed")) {
            view.put("error", columns.get("upload_message"));
        } else if (!state.equals("uploaded")) {
            view.put("waits_for", waitsFor(columns, String.valueOf(row.get("status"))));
        }
        return view;
    }

    private static String waitsFor(Map<String, Object> columns, String status) {
        OffsetDateTime notBefore = Timestamps.utc(columns.get("upload_not_before"));
        if (notBefore != null && notBefore.isAfter(OffsetDateTime.now())) {
            return (String) columns.get("upload_message");
        }
        if (!"completed".equals(status)) {
            return "the video and its upload package (the job is " + status + ")";
        }
        if (!Boolean.TRUE.equals(columns.get("channel_active"))) {
            return "the channel to be active again (is_active = false)";
        }
        if (!Boolean.TRUE.equals(columns.get("channel_connected"))) {
            return "the channel to be connected to YouTube (PUT /api/channels/{id}/youtube)";
        }
        if (columns.get("channel_paused_reason") != null) {
            return (String) columns.get("channel_paused_reason");
        }
        OffsetDateTime channelWait = Timestamps.utc(columns.get("channel_waits_until"));
        if (channelWait != null && channelWait.isAfter(OffsetDateTime.now())) {
            return "the channel's YouTube upload limit to reset at " + channelWait;
        }
        if (columns.get("quota_wait") != null) {
            return (String) columns.get("quota_wait");
        }
        int uploadsToday = ((Number) columns.get("channel_uploads_today")).intValue();
        int uploadsPerDay = ((Number) columns.get("channel_uploads_per_day")).intValue();
        if (columns.get("youtube_video_id") == null && !Boolean.TRUE.equals(columns.get("holds_todays_upload"))
                && uploadsPerDay > 0 && uploadsToday >= uploadsPerDay) {
            return "the channel's daily upload cap: " + uploadsToday + " of " + uploadsPerDay + " uploads started today "
                    + "(studio.youtube.max-uploads-per-channel-per-day); the next starts after midnight Pacific time";
        }
        int spent = ((Number) columns.get("quota_units_spent")).intValue();
        int needed = ((Number) columns.get("quota_units_needed")).intValue();
        int budget = ((Number) columns.get("quota_units_per_day")).intValue();
        if (spent + needed > budget) {
            return "the studio's YouTube quota budget: " + spent + " of " + budget + " units spent today "
                    + "(studio.youtube.quota.units-per-day), the upload needs " + needed + "; it starts after midnight Pacific time";
        }
        return "its turn (the upload stage polls every studio.poll.upload-ms)";
    }
}
