-- An upload's claim reserves what its calls will cost and, for a new video, one of the channel's uploads of the quota
-- day, in the same statement (claim-upload.sql): the quota day's row is where concurrent claims meet, so two instances
-- never both take the last units or the last slot. uploads_by_channel: channel id -> uploads reserved that day.
ALTER TABLE youtube_quota_spent ADD COLUMN uploads_by_channel JSONB NOT NULL DEFAULT '{}';
-- The quota day whose upload slot the job holds: a job claimed again that day does not take a second one.
ALTER TABLE video_jobs ADD COLUMN youtube_slot_day DATE;
