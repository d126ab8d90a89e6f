-- Gives a claim back without changing the job's status (this instance is stopping), so another instance or the
-- next start takes the job over at once rather than after the lease.
UPDATE video_jobs
   SET claimed_by = NULL, claim_token = NULL, claimed_at = NULL, lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
