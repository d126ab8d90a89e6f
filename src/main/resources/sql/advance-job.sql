-- Moves a claimed job on to its next stage and releases the claim; only the instance holding it can.
UPDATE video_jobs
   SET status = CAST(:#nextStage AS video_job_status),
       claimed_by = NULL,
       lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claimed_by = :#${bean:studioInstance.id}
