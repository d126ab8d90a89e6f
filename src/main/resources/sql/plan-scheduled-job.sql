-- One firing of a channel's schedule, recorded once whoever runs it (the firing it follows must still be the last
-- one recorded), and the job it plans, with the next mood keywords' turn taken and why it got its moods.
WITH firing AS (
    UPDATE channel_schedules
       SET last_planned_at = :#${body[fireTime]}, next_mood_index = next_mood_index + 1
     WHERE channel_id = :#${body[channel_id]}
       AND last_planned_at IS NOT DISTINCT FROM :#${body[last_planned_at]}
    RETURNING channel_id)
INSERT INTO video_jobs (id, channel_id, niche_label, mood_keywords, target_duration_minutes, output_directory,
                        upload_strategy, scheduled_time, planning_reason)
SELECT :#${body[jobId]}, channel_id, :#${body[brand_niche]}, :#${body[mood]}, :#${body[target_duration_minutes]},
       :#${body[outputDirectory]}, :#${body[upload_strategy]}, :#${body[scheduledTime]}, :#${body[planningReason]}
  FROM firing
RETURNING id
