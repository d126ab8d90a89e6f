-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- Only the strategies the upload stage knows; NULL (the seed's default) means 'none': package only.
ALTER TABLE video_jobs
    ADD CONSTRAINT video_jobs_upload_strategy_known
        CHECK (upload_strategy IS NULL OR upload_strategy IN ('none', 'private', 'unlisted', 'public', 'scheduled')),
    ADD CONSTRAINT video_jobs_scheduled_has_time
        CHECK (upload_strategy IS DISTINCT FROM 'scheduled' OR scheduled_time IS NOT NULL);

-- Where a job's upload stands. The resumable session URI is kept the moment YouTube gives it, so whoever takes the
-- job over asks that session for its offset and sends only the rest; upload_bytes_sent is what YouTube confirmed.
-- upload_state: waiting, uploading, thumbnail (the video is up, its thumbnail is not yet set), uploaded, failed.
-- upload_not_before: no call is made for this job before then (the quota reset, a back-off).
ALTER TABLE video_jobs
    ADD COLUMN upload_state VARCHAR(20) NOT NULL DEFAULT 'waiting'
        CHECK (upload_state IN ('waiting', 'uploading', 'thumbnail', 'uploaded', 'failed')),
    ADD COLUMN upload_session_uri TEXT,
    ADD COLUMN upload_bytes_sent BIGINT,
    ADD COLUMN upload_bytes_total BIGINT,
    ADD COLUMN upload_message TEXT,
    ADD COLUMN upload_not_before TIMESTAMP WITH TIME ZONE,
    ADD COLUMN upload_attempts INTEGER NOT NULL DEFAULT 0;

CREATE UNIQUE INDEX video_jobs_youtube_video_id_once ON video_jobs (youtube_video_id) WHERE youtube_video_id IS NOT NULL;

-- channels.youtube_refresh_token holds the token AES-GCM encrypted (never plain). A channel whose token Google
-- refused (invalid_grant) uploads nothing until it is reconnected; youtube_paused_reason says why and what to do.
-- youtube_waits_until: the channel's own upload cap (uploadLimitExceeded) holds its uploads until then.
ALTER TABLE channels
    ADD COLUMN youtube_paused_reason TEXT,
    ADD COLUMN youtube_waits_until TIMESTAMP WITH TIME ZONE;

-- The project's daily quota is shared by every channel: once YouTube says it is spent, no upload call is made by
-- any instance until the reset.
CREATE TABLE youtube_quota_waits (
    project BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (project),
    waits_until TIMESTAMP WITH TIME ZONE NOT NULL,
    reason TEXT NOT NULL
);

-- The studio's own count of the YouTube quota units its calls spent per quota day (the date in Pacific time, when
-- Google resets the quota): an upload that would not fit into studio.youtube.quota.units-per-day is not started.
CREATE TABLE youtube_quota_spent (
    quota_day DATE PRIMARY KEY,
    units INTEGER NOT NULL CHECK (units >= 0)
);
