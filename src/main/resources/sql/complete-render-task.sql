-- Records what ran and what came out, on the attempt's row and on the job.
WITH task AS (
    UPDATE render_tasks
       SET status = 'completed',
           ffmpeg_command = :#${exchangeProperty.renderPlan.commandsRun()},
           local_video_path = :#${body.path()},
           duration_seconds = :#${body.durationSeconds()},
           completed_at = CURRENT_TIMESTAMP
     WHERE id = :#renderTaskId
    RETURNING video_job_id)
UPDATE video_jobs SET local_video_path = :#${body.path()}
 WHERE id = (SELECT video_job_id FROM task)
