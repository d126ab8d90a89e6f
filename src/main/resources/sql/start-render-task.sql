UPDATE render_tasks SET status = 'in_progress'
 WHERE id = :#renderTaskId
   AND EXISTS (SELECT 1 FROM video_jobs
                WHERE id = :#${exchangeProperty.job.id()} AND claim_token = :#${exchangeProperty.job.claimToken()})
