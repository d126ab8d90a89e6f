INSERT INTO video_jobs (id, channel_id, niche_label, mood_keywords, target_duration_minutes, output_directory)
VALUES (:#${body[id]}, :#${body[channelId]}, :#${body[nicheLabel]}, :#${body[moodKeywords]},
        :#${body[targetDurationMinutes]}, :#${body[outputDirectory]})
RETURNING id, channel_id, CAST(status AS TEXT) AS status, niche_label, mood_keywords, target_duration_minutes,
          output_directory, created_at
