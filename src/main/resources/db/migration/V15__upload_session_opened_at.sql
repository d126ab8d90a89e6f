-- When the job's first resumable upload session was opened: if that session can no longer be resumed, the channel's
-- uploads since then are searched for the video (by the job reference in its description) before any new insert.
ALTER TABLE video_jobs ADD COLUMN upload_session_opened_at TIMESTAMPTZ;
