INSERT INTO render_tasks (video_job_id, ffmpeg_command, resolution, status)
VALUES (:#${exchangeProperty.job.id()}, :#plannedCommands, :#${exchangeProperty.renderPlan.resolution()}, 'pending')
RETURNING id
