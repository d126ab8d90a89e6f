-- A failed job goes back to the stage it failed in; what it already made is kept and only the rest is made.
UPDATE video_jobs
   SET status = COALESCE(failed_stage, 'planned'), error_message = NULL, failed_stage = NULL
 WHERE id = :#jobId AND status = 'failed'
RETURNING id, CAST(status AS TEXT) AS status
