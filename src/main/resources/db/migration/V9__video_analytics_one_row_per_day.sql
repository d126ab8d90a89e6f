-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- One snapshot per video and day: the daily analytics job reads recent days again (YouTube revises them) and
-- replaces a day's row instead of adding another.
ALTER TABLE video_analytics
    ADD CONSTRAINT video_analytics_one_per_video_and_day UNIQUE (video_job_id, snapshot_date);
