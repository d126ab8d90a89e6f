-- Video and thumbnail are up: the job is published and its claim released.
UPDATE video_jobs
   SET upload_state = 'uploaded',
       upload_message = NULL,
       upload_not_before = NULL,
       upload_session_uri = NULL,
       claimed_by = NULL, claim_token = NULL, claimed_at = NULL, lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
