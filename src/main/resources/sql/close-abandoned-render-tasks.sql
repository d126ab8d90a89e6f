-- A render attempt still open when this claim began was left by an instance that stopped without closing it
-- (killed, or its claim released while PostgreSQL was away): it is closed, naming that instance.
UPDATE render_tasks
   SET status = 'failed', completed_at = CURRENT_TIMESTAMP,
       error_message = 'Render attempt abandoned: instance ' || COALESCE(rendered_by, 'unknown')
                       || ' stopped before it finished; rendered again by ' || :#${bean:studioInstance.id}
 WHERE video_job_id = :#${exchangeProperty.job.id()}
   AND status IN ('pending', 'in_progress')
   AND EXISTS (SELECT 1 FROM video_jobs
                WHERE id = :#${exchangeProperty.job.id()} AND claim_token = :#${exchangeProperty.job.claimToken()})
RETURNING rendered_by
