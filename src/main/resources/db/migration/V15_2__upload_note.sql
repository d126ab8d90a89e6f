-- What the upload stage changed of the job's own request, and why (a scheduled_time that passed while the upload
-- waited, moved to the next free publishing slot or published at once); kept once the video is up.
ALTER TABLE video_jobs ADD COLUMN upload_note TEXT;
