-- A render attempt cut short by a failure is closed with the same message as its job.
UPDATE render_tasks
   SET status = 'failed', error_message = :#errorMessage, completed_at = CURRENT_TIMESTAMP
 WHERE video_job_id = :#${exchangeProperty.job.id()}
   AND status IN ('pending', 'in_progress')
   AND EXISTS (SELECT 1 FROM video_jobs
                WHERE id = :#${exchangeProperty.job.id()} AND claim_token = :#${exchangeProperty.job.claimToken()})
