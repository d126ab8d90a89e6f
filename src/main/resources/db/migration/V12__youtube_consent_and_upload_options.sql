-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- Consents started by GET /api/channels/{id}/youtube/connect and not yet come back: the callback takes (deletes)
-- its row, so a state is used once, by whichever instance Google's redirect reaches. Only the state's SHA-256 is
-- kept, and the PKCE code verifier only encrypted (studio.secrets.key, bound to that hash).
CREATE TABLE youtube_oauth_states (
    state_sha256 TEXT PRIMARY KEY,
    channel_id UUID NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    code_verifier TEXT NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- How a channel's videos are uploaded (PUT /api/channels/{id}/youtube/options, or by SQL): YouTube's
-- status.selfDeclaredMadeForKids and status.containsSyntheticMedia (the music and pictures are generated), and a
-- playlist each uploaded video is added to (NULL: none).
ALTER TABLE channels
    ADD COLUMN self_declared_made_for_kids BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN contains_synthetic_media BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN youtube_playlist_id VARCHAR(100);

-- What follows the video once it is up, each done once: its thumbnail, and its entry in the channel's playlist (the
-- playlistItems id). A failure of either is retried alone; the video is never sent again.
ALTER TABLE video_jobs
    ADD COLUMN youtube_thumbnail_set BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN youtube_playlist_item_id VARCHAR(100);

-- When the video went up: a channel uploads at most studio.youtube.max-uploads-per-channel-per-day videos a day.
ALTER TABLE video_jobs
    ADD COLUMN youtube_uploaded_at TIMESTAMP WITH TIME ZONE;
