-- Claims of this instance with no work in flight (the statement that should have ended them failed, e.g. while
-- PostgreSQL restarted) are given back, so the job is not held until this instance stops. A claim is only
-- counted as orphaned once it is older than a heartbeat: its work registers the moment it is claimed.
UPDATE video_jobs
   SET claimed_by = NULL, claim_token = NULL, claimed_at = NULL, lease_expires_at = NULL
 WHERE claimed_by = :#${bean:studioInstance.id}
   AND claim_token <> ALL(CAST(:#claimsAsked AS UUID[]))
   AND claimed_at < CURRENT_TIMESTAMP - :#${bean:studioInstance.renewSeconds} * INTERVAL '1 second'
RETURNING id, CAST(status AS TEXT) AS status
