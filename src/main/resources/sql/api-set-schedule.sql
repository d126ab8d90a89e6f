-- The whole schedule of an existing channel, inserted or replaced; it counts its firings from now on.
INSERT INTO channel_schedules (channel_id, cron, time_zone, videos_ahead, mood_keywords, target_duration_minutes,
                               upload_strategy, publish_time, enabled, selection)
SELECT id, :#${body[cron]}, :#${body[timeZone]}, :#${body[videosAhead]},
       ARRAY(SELECT jsonb_array_elements_text(CAST(:#${body[moodKeywords]} AS jsonb))),
       :#${body[targetDurationMinutes]}, :#${body[uploadStrategy]}, :#${body[publishTime]}, :#${body[enabled]},
       :#${body[selection]}
  FROM channels
 WHERE id = :#channelId
ON CONFLICT (channel_id) DO UPDATE
   SET cron = EXCLUDED.cron, time_zone = EXCLUDED.time_zone, videos_ahead = EXCLUDED.videos_ahead,
       mood_keywords = EXCLUDED.mood_keywords, target_duration_minutes = EXCLUDED.target_duration_minutes,
       upload_strategy = EXCLUDED.upload_strategy, publish_time = EXCLUDED.publish_time, enabled = EXCLUDED.enabled,
       selection = EXCLUDED.selection,
       next_mood_index = 0, last_planned_at = NULL, updated_at = CURRENT_TIMESTAMP
RETURNING channel_id, cron, time_zone, videos_ahead, CAST(array_to_json(mood_keywords) AS TEXT) AS mood_keywords,
          target_duration_minutes, upload_strategy, to_char(publish_time, 'HH24:MI') AS publish_time, enabled, selection
