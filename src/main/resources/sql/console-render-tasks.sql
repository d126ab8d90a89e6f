-- Every render attempt of a job, oldest first: what ran, how it ended, how long it took (a running one: until now).
SELECT id, CAST(status AS TEXT) AS status, ffmpeg_command, resolution, duration_seconds, error_message, rendered_by,
       created_at, completed_at, EXTRACT(EPOCH FROM COALESCE(completed_at, CURRENT_TIMESTAMP) - created_at) AS seconds
  FROM render_tasks
 WHERE video_job_id = :#jobId
 ORDER BY created_at
