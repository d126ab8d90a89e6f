-- A Short is up: the job, its video up, waits for its next poll, which takes its next Short; its claim is released.
UPDATE video_jobs
   SET upload_state = 'shorts',
       upload_message = NULL,
       upload_not_before = NULL,
       claimed_by = NULL, claim_token = NULL, claimed_at = NULL, lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
