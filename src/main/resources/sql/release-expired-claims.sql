-- Frees the claims of instances that stopped renewing them (crashed or killed), so the jobs show as waiting.
WITH expired AS (
    SELECT id, claimed_by FROM video_jobs
     WHERE claimed_by IS NOT NULL AND lease_expires_at < CURRENT_TIMESTAMP
       FOR UPDATE SKIP LOCKED)
UPDATE video_jobs j
   SET claimed_by = NULL, lease_expires_at = NULL
  FROM expired
 WHERE j.id = expired.id
RETURNING j.id, expired.claimed_by AS released_from, j.status
