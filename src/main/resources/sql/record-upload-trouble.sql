-- Why this upload attempt stopped and when the job may be tried again (never, if failed); the claim is released.
-- A job whose video is already up waits in state thumbnail: only its thumbnail is tried again.
UPDATE video_jobs
   SET upload_state = CASE WHEN :#${header.trouble.state()} = 'waiting' AND youtube_video_id IS NOT NULL
                           THEN 'thumbnail' ELSE :#${header.trouble.state()} END,
       upload_message = :#${header.trouble.message()},
       upload_not_before = :#${header.trouble.notBefore()},
       upload_attempts = upload_attempts + 1,
       claimed_by = NULL, claim_token = NULL, claimed_at = NULL, lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
