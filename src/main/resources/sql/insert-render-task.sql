INSERT INTO render_tasks (video_job_id, ffmpeg_command, resolution, status, rendered_by)
SELECT id, :#plannedCommands, :#${exchangeProperty.renderPlan.resolution()}, 'pending', :#${bean:studioInstance.id}
  FROM video_jobs
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
RETURNING id
