-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- Shorts cut from every video: how many a channel's videos get (0 to 3; NULL keeps studio.shorts.per-video), one row
-- per Short made at export, uploaded after the video by the upload stage with the same claim, session and quota
-- discipline as the video itself. A job whose video is up and whose Shorts are not yet all up waits in upload state
-- 'shorts'.
ALTER TABLE channels ADD COLUMN shorts_per_video INTEGER CHECK (shorts_per_video BETWEEN 0 AND 3);
ALTER TABLE video_jobs DROP CONSTRAINT video_jobs_upload_state_check;
ALTER TABLE video_jobs ADD CONSTRAINT video_jobs_upload_state_check
    CHECK (upload_state IN ('waiting', 'uploading', 'thumbnail', 'shorts', 'uploaded', 'failed'));
-- What the export said of the job's Shorts (a track too short for one, fewer made than asked).
ALTER TABLE video_jobs ADD COLUMN shorts_note TEXT;
CREATE TABLE job_shorts (
    video_job_id UUID NOT NULL REFERENCES video_jobs(id) ON DELETE CASCADE,
    short_index INTEGER NOT NULL CHECK (short_index BETWEEN 1 AND 3),
    track_order_index INTEGER NOT NULL,
    start_seconds NUMERIC(8, 2) NOT NULL CHECK (start_seconds >= 0),
    duration_seconds NUMERIC(6, 2) NOT NULL CHECK (duration_seconds BETWEEN 15 AND 60),
    local_file_path TEXT NOT NULL,
    youtube_video_id VARCHAR(100),
    upload_state VARCHAR(20) NOT NULL DEFAULT 'waiting' CHECK (upload_state IN ('waiting', 'uploading', 'uploaded')),
    upload_session_uri TEXT,
    upload_session_opened_at TIMESTAMPTZ,
    upload_bytes_sent BIGINT,
    upload_bytes_total BIGINT,
    youtube_slot_day DATE,
    publish_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (video_job_id, short_index)
);
CREATE UNIQUE INDEX job_shorts_youtube_video_id_once ON job_shorts (youtube_video_id) WHERE youtube_video_id IS NOT NULL;
-- Shorts have their own daily cap per channel (studio.youtube.max-shorts-per-channel-per-day): channel id -> Shorts
-- reserved on that quota day.
ALTER TABLE youtube_quota_spent ADD COLUMN shorts_by_channel JSONB NOT NULL DEFAULT '{}';

-- Metadata in the viewers' languages: a channel's own list of BCP-47 language tags (NULL keeps
-- studio.youtube.languages).
ALTER TABLE channels ADD COLUMN languages TEXT[];

-- Moods chosen by what viewers watch: a schedule takes its mood sets in turn (rotate) or by their videos' analytics
-- (learn); each job says why it got its moods.
ALTER TABLE channel_schedules ADD COLUMN selection TEXT NOT NULL DEFAULT 'rotate' CHECK (selection IN ('rotate', 'learn'));
ALTER TABLE video_jobs ADD COLUMN planning_reason TEXT;
