-- The job's channel's publishing hour (if it has a schedule) and the slots its other jobs have taken.
SELECT s.time_zone, CAST(s.publish_time AS TEXT) AS publish_time,
       (SELECT CAST(COALESCE(json_agg(j.scheduled_time), '[]') AS TEXT) FROM video_jobs j
         WHERE j.channel_id = c.id AND j.id <> :#${exchangeProperty.job.id()} AND j.scheduled_time > CURRENT_TIMESTAMP) AS taken_slots
  FROM channels c
  LEFT JOIN channel_schedules s ON s.channel_id = c.id
 WHERE c.id = :#${exchangeProperty.job.channelId()}
