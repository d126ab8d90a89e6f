-- The job, and its Idempotency-Key if the request has one, in one statement: a second request with the same key
-- at the same moment fails on the key and leaves no job behind.
WITH job AS (
    INSERT INTO video_jobs (id, channel_id, niche_label, mood_keywords, target_duration_minutes, output_directory,
                            upload_strategy, scheduled_time)
    VALUES (:#${body[id]}, :#${body[channelId]}, :#${body[nicheLabel]}, :#${body[moodKeywords]},
            :#${body[targetDurationMinutes]}, :#${body[outputDirectory]}, :#${body[uploadStrategy]},
            :#${body[scheduledTime]})
    RETURNING id, channel_id, CAST(status AS TEXT) AS status, niche_label, mood_keywords, target_duration_minutes,
              output_directory, upload_strategy, scheduled_time, created_at
), idempotency_key AS (
    INSERT INTO idempotency_keys (idempotency_key, request_sha256, video_job_id)
    SELECT CAST(:#${header.idempotencyKey} AS TEXT), :#${header.requestSha256}, id FROM job
     WHERE CAST(:#${header.idempotencyKey} AS TEXT) IS NOT NULL
)
SELECT * FROM job
