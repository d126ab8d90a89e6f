-- A failed job goes back to where it failed: a job that failed in a stage to that stage (what it already made is
-- kept and only the rest is made); a completed job whose upload failed to its upload, which resumes with what is
-- not yet on YouTube (a video already up is not sent again, nor a thumbnail already set).
UPDATE video_jobs
   SET status = CASE WHEN status = 'failed' THEN COALESCE(failed_stage, 'planned') ELSE status END,
       error_message = CASE WHEN status = 'failed' THEN NULL ELSE error_message END,
       failed_stage = CASE WHEN status = 'failed' THEN NULL ELSE failed_stage END,
       upload_state = CASE WHEN upload_state <> 'failed' THEN upload_state
                           WHEN youtube_video_id IS NULL THEN 'waiting' ELSE 'thumbnail' END,
       upload_message = CASE WHEN upload_state = 'failed' THEN NULL ELSE upload_message END,
       upload_not_before = CASE WHEN upload_state = 'failed' THEN NULL ELSE upload_not_before END,
       upload_attempts = CASE WHEN upload_state = 'failed' THEN 0 ELSE upload_attempts END
 WHERE id = :#jobId
   AND (status = 'failed' OR (status = 'completed' AND upload_state = 'failed'))
RETURNING id, CAST(status AS TEXT) AS status,
          CASE WHEN status = 'completed' THEN 'upload' ELSE CAST(status AS TEXT) END AS resumes_at
