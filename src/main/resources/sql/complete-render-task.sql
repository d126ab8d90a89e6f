-- Records what ran and what came out, on the attempt's row and on the job, if this claim still holds the job.
WITH job AS (
    UPDATE video_jobs SET local_video_path = :#${body.storedPath()}
     WHERE id = :#${exchangeProperty.job.id()}
       AND claim_token = :#${exchangeProperty.job.claimToken()}
    RETURNING id)
UPDATE render_tasks
   SET status = 'completed',
       ffmpeg_command = :#${exchangeProperty.renderRun.commandsRun()},
       local_video_path = :#${body.storedPath()},
       duration_seconds = :#${body.durationSeconds()},
       completed_at = CURRENT_TIMESTAMP
 WHERE id = :#renderTaskId
   AND video_job_id = (SELECT id FROM job)
