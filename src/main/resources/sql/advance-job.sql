-- Moves a claimed job on to its next stage and releases the claim; only this claim can. If someone moved the job
-- elsewhere meanwhile (e.g. an operator), that status is kept and only the claim is released.
UPDATE video_jobs
   SET status = CASE WHEN status = CAST(:#stage AS video_job_status)
                     THEN CAST(:#nextStage AS video_job_status) ELSE status END,
       claimed_by = NULL,
       claim_token = NULL,
       claimed_at = NULL,
       lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
