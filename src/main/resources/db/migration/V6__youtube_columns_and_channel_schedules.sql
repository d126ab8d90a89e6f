-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- The seed document's "Future Enhancements", exactly as written there.
ALTER TABLE video_jobs
ADD COLUMN upload_strategy VARCHAR(50),
ADD COLUMN scheduled_time TIMESTAMP WITH TIME ZONE,
ADD COLUMN youtube_video_id VARCHAR(100);

ALTER TABLE channels
ADD COLUMN youtube_refresh_token TEXT;

CREATE TABLE video_analytics (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    video_job_id UUID NOT NULL REFERENCES video_jobs(id),
    youtube_video_id VARCHAR(100) NOT NULL,
    views INTEGER DEFAULT 0,
    watch_time_hours NUMERIC(10, 2),
    revenue_usd NUMERIC(10, 2),
    snapshot_date DATE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP
);

-- What a channel plans by itself: on each firing of its cron (Quartz syntax, seconds first, in its time zone) one
-- job is planned, unless videos_ahead of its jobs are already waiting. mood_keywords rotate (next_mood_index);
-- each planned job gets the channel's upload_strategy and the next free publish_time slot as its scheduled_time.
CREATE TABLE channel_schedules (
    channel_id UUID PRIMARY KEY REFERENCES channels(id) ON DELETE CASCADE,
    cron TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    videos_ahead INTEGER NOT NULL CHECK (videos_ahead BETWEEN 1 AND 30),
    mood_keywords TEXT[] NOT NULL CHECK (cardinality(mood_keywords) >= 1),
    target_duration_minutes INTEGER NOT NULL CHECK (target_duration_minutes BETWEEN 60 AND 90),
    upload_strategy VARCHAR(50) NOT NULL DEFAULT 'none'
        CHECK (upload_strategy IN ('none', 'private', 'unlisted', 'public', 'scheduled')),
    publish_time TIME NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    next_mood_index INTEGER NOT NULL DEFAULT 0,
    last_planned_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TRIGGER channel_schedules_touch_updated_at BEFORE UPDATE ON channel_schedules
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch_updated_at();
