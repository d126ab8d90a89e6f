-- A Short the export made, for the upload stage (one already on YouTube under this index stays as it is).
INSERT INTO job_shorts (video_job_id, short_index, track_order_index, start_seconds, duration_seconds, local_file_path)
SELECT j.id, :#${body[index]}, :#${body[trackOrderIndex]}, :#${body[startSeconds]}, :#${body[durationSeconds]}, :#${body[file]}
  FROM video_jobs j
 WHERE j.id = :#${exchangeProperty.job.id()}
   AND j.claim_token = :#${exchangeProperty.job.claimToken()}
ON CONFLICT (video_job_id, short_index) DO NOTHING
