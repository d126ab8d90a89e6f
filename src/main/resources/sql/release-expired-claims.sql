-- Frees the claims of instances that stopped renewing them (crashed or killed), so the jobs show as waiting, and
-- closes the render attempts those instances left open.
WITH expired AS (
    SELECT id, claimed_by FROM video_jobs
     WHERE claimed_by IS NOT NULL AND lease_expires_at < CURRENT_TIMESTAMP
       FOR UPDATE SKIP LOCKED),
released AS (
    UPDATE video_jobs j
       SET claimed_by = NULL, claim_token = NULL, claimed_at = NULL, lease_expires_at = NULL
      FROM expired
     WHERE j.id = expired.id
    RETURNING j.id, expired.claimed_by AS released_from, j.status),
abandoned AS (
    UPDATE render_tasks t
       SET status = 'failed', completed_at = CURRENT_TIMESTAMP,
           error_message = 'Render attempt abandoned: instance ' || released.released_from
                           || ' stopped renewing its claim; the job is rendered again by the next instance'
      FROM released
     WHERE t.video_job_id = released.id AND t.status IN ('pending', 'in_progress')
    RETURNING t.id)
SELECT id, released_from, CAST(status AS TEXT) AS status, (SELECT COUNT(*) FROM abandoned) AS abandoned_renders
  FROM released
