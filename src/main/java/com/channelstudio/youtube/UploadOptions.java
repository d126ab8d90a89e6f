package com.channelstudio.youtube;

import com.channelstudio.jobs.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a channel's videos are uploaded: YouTube's {@code status.selfDeclaredMadeForKids} (default false) and
 * {@code status.containsSyntheticMedia} (default true: the music and pictures are generated), and the playlist each
 * video is added to after its thumbnail (null: none). The body of {@code PUT /api/channels/{id}/youtube/options}:
 * a field left out takes its default.
 */
public record UploadOptions(
        @Schema(description = "default: false") @JsonProperty("self_declared_made_for_kids") boolean selfDeclaredMadeForKids,
        @Schema(description = "default: true") @JsonProperty("contains_synthetic_media") boolean containsSyntheticMedia,
        @Schema(maxLength = MAX_PLAYLIST_ID, pattern = "^[A-Za-z0-9_-]+$", description = "null: none")
        @JsonProperty("playlist_id") String playlistId) {

    static final int MAX_PLAYLIST_ID = 100;

    public UploadOptions {
        if (playlistId != null && (playlistId.isEmpty() || playlistId.length() > MAX_PLAYLIST_ID
                || !playlistId.matches("[A-Za-z0-9_-]+"))) {
            throw new InvalidInputException("playlist_id", "must be a YouTube playlist id (letters, digits, - and _, at most "
                    + MAX_PLAYLIST_ID + " characters, e.g. PLxxxxxxxxxxxxxxxx) or null for none");
        }
    }

    @JsonCreator
    static UploadOptions fromJson(@JsonProperty("self_declared_made_for_kids") Boolean madeForKids,
            @JsonProperty("contains_synthetic_media") Boolean syntheticMedia, @JsonProperty("playlist_id") String playlistId) {
        return new UploadOptions(madeForKids != null && madeForKids, syntheticMedia == null || syntheticMedia, playlistId);
    }

    /** @param channel the channel's row with its option columns */
    static UploadOptions of(Map<String, Object> channel) {
        return new UploadOptions((Boolean) channel.get("self_declared_made_for_kids"), (Boolean) channel.get("contains_synthetic_media"),
                (String) channel.get("youtube_playlist_id"));
    }

    /** The SQL parameters that store them for the channel. */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("selfDeclaredMadeForKids", selfDeclaredMadeForKids);
        row.put("containsSyntheticMedia", containsSyntheticMedia);
        row.put("playlistId", playlistId);
        return row;
    }
}
