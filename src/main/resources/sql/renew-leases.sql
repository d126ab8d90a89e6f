-- Heartbeat: keeps the claims of this instance alive while it works on them.
UPDATE video_jobs
   SET lease_expires_at = CURRENT_TIMESTAMP + :#${bean:studioInstance.leaseSeconds} * INTERVAL '1 second'
 WHERE claimed_by = :#${bean:studioInstance.id}
