-- The enabled schedules of active channels, with how many of the channel's jobs are waiting (neither completed nor
-- failed, or completed and still to be uploaded), the mood keywords whose turn it is (or all of them, for a schedule
-- that learns which to plan), and the publishing slots already taken by the channel's jobs.
SELECT s.channel_id, s.cron, s.time_zone, s.videos_ahead, s.target_duration_minutes, s.upload_strategy,
       CAST(s.publish_time AS TEXT) AS publish_time, s.last_planned_at, s.updated_at,
       s.mood_keywords[1 + s.next_mood_index % cardinality(s.mood_keywords)] AS mood,
       1 + s.next_mood_index % cardinality(s.mood_keywords) AS mood_turn, s.selection,
       CAST(array_to_json(s.mood_keywords) AS TEXT) AS moods,
       c.name, c.brand_niche,
       (SELECT COUNT(*) FROM video_jobs j
         WHERE j.channel_id = s.channel_id
           AND (j.status NOT IN ('completed', 'failed')
                OR (j.status = 'completed' AND COALESCE(j.upload_strategy, 'none') <> 'none'
                    AND j.youtube_video_id IS NULL))) AS waiting,
       (SELECT CAST(COALESCE(json_agg(j.scheduled_time), '[]') AS TEXT) FROM video_jobs j
         WHERE j.channel_id = s.channel_id AND j.scheduled_time > CURRENT_TIMESTAMP) AS taken_slots
  FROM channel_schedules s
  JOIN channels c ON c.id = s.channel_id
 WHERE s.enabled AND c.is_active
