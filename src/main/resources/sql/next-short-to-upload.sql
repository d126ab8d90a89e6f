-- The job's next Short not yet on YouTube, in order; none: every Short is up (or the job has none).
SELECT short_index, local_file_path, upload_session_uri, upload_session_opened_at
  FROM job_shorts
 WHERE video_job_id = :#${exchangeProperty.job.id()}
   AND youtube_video_id IS NULL
 ORDER BY short_index
 LIMIT 1
