-- Heartbeat: extends the claims this instance has work in flight for, and answers which of them it still holds
-- (a claim missing from the answer was taken over or released: its work must stop).
UPDATE video_jobs
   SET lease_expires_at = CURRENT_TIMESTAMP + :#${bean:studioInstance.leaseSeconds} * INTERVAL '1 second'
 WHERE claim_token = ANY(CAST(:#claimsAsked AS UUID[]))
RETURNING claim_token
