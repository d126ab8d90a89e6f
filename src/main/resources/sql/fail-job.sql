UPDATE video_jobs
   SET status = 'failed',
       failed_stage = CAST(:#stage AS video_job_status),
       error_message = :#errorMessage,
       claimed_by = NULL,
       claim_token = NULL,
       claimed_at = NULL,
       lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
