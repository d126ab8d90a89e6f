SELECT channel_id, cron, time_zone, videos_ahead, CAST(array_to_json(mood_keywords) AS TEXT) AS mood_keywords,
       target_duration_minutes, upload_strategy, to_char(publish_time, 'HH24:MI') AS publish_time, enabled, selection,
       last_planned_at
  FROM channel_schedules
 WHERE channel_id = :#channelId
