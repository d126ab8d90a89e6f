-- A firing that plans nothing (the channel has videos_ahead jobs waiting) is recorded all the same.
UPDATE channel_schedules
   SET last_planned_at = :#${body[fireTime]}
 WHERE channel_id = :#${body[channel_id]}
   AND last_planned_at IS NOT DISTINCT FROM :#${body[last_planned_at]}
