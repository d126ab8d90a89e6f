-- Claims the oldest completed job that is due for YouTube: its strategy asks for an upload, and its video, its
-- thumbnail, its playlist entry or a Short is not up yet (a Short reserves its own units: reserve-short-upload.sql), on an active channel that is connected and not paused, with no quota
-- wait or back-off in force. One atomic statement, as claim-job.sql: two instances never take the same job. It
-- reserves, on the quota day's row, the units of the calls still to make (insert, thumbnail, playlist entry) and, for
-- a video not yet up, one of the channel's daily uploads: the row's lock makes concurrent claims take turns, and each
-- checks the limits against what the others reserved. YouTube charges a call that fails too: a reservation stays, and
-- is counted in the job's own youtube_quota_units.
WITH candidate AS (
    SELECT j.id, j.channel_id, cost.units, cost.takes_slot
      FROM video_jobs j
      JOIN channels c ON c.id = j.channel_id
      LEFT JOIN youtube_quota_spent today ON today.quota_day = CAST(:#${bean:youtubeQuota.day} AS DATE)
     CROSS JOIN LATERAL (
           SELECT CASE WHEN j.youtube_video_id IS NULL AND j.upload_session_uri IS NULL
                       THEN CAST(:#${bean:youtubeQuota.videosInsert} AS INTEGER) ELSE 0 END
                  + CASE WHEN NOT j.youtube_thumbnail_set THEN CAST(:#${bean:youtubeQuota.thumbnailsSet} AS INTEGER) ELSE 0 END
                  + CASE WHEN c.youtube_playlist_id IS NOT NULL AND j.youtube_playlist_item_id IS NULL
                         THEN CAST(:#${bean:youtubeQuota.playlistItemsInsert} AS INTEGER) ELSE 0 END AS units,
                  j.youtube_video_id IS NULL AND j.youtube_slot_day IS DISTINCT FROM CAST(:#${bean:youtubeQuota.day} AS DATE)
                      AS takes_slot) cost
     WHERE j.status = 'completed'
       AND j.upload_strategy IN ('private', 'unlisted', 'public', 'scheduled')
       AND j.upload_state IN ('waiting', 'uploading', 'thumbnail', 'shorts')
       AND (j.upload_not_before IS NULL OR j.upload_not_before <= CURRENT_TIMESTAMP)
       AND (j.claimed_by IS NULL OR j.lease_expires_at < CURRENT_TIMESTAMP)
       AND c.is_active
       AND c.youtube_refresh_token IS NOT NULL
       AND c.youtube_paused_reason IS NULL
       AND (c.youtube_waits_until IS NULL OR c.youtube_waits_until <= CURRENT_TIMESTAMP)
       AND NOT EXISTS (SELECT 1 FROM youtube_quota_waits q WHERE q.waits_until > CURRENT_TIMESTAMP)
       -- what fits as far as this statement sees, so that a job that cannot go does not hold the others back
       AND COALESCE(today.units, 0) + cost.units <= CAST(:#${bean:youtubeQuota.unitsPerDay} AS INTEGER)
       AND (NOT cost.takes_slot OR CAST(:#${bean:youtubeQuota.uploadsPerChannelPerDay} AS INTEGER) = 0
            OR COALESCE(CAST(today.uploads_by_channel ->> CAST(j.channel_id AS TEXT) AS INTEGER), 0)
               < CAST(:#${bean:youtubeQuota.uploadsPerChannelPerDay} AS INTEGER))
     ORDER BY j.created_at
     LIMIT 1
       FOR UPDATE OF j SKIP LOCKED),
reserved AS (
    INSERT INTO youtube_quota_spent AS s (quota_day, units, uploads_by_channel)
    SELECT CAST(:#${bean:youtubeQuota.day} AS DATE), units,
           CASE WHEN takes_slot THEN jsonb_build_object(CAST(channel_id AS TEXT), 1) ELSE CAST('{}' AS JSONB) END
      FROM candidate
     WHERE units <= CAST(:#${bean:youtubeQuota.unitsPerDay} AS INTEGER)
    ON CONFLICT (quota_day) DO UPDATE
       SET units = s.units + EXCLUDED.units,
           uploads_by_channel = s.uploads_by_channel
               || CASE WHEN (SELECT takes_slot FROM candidate)
                       THEN jsonb_build_object((SELECT CAST(channel_id AS TEXT) FROM candidate),
                            COALESCE(CAST(s.uploads_by_channel ->> (SELECT CAST(channel_id AS TEXT) FROM candidate) AS INTEGER), 0) + 1)
                       ELSE CAST('{}' AS JSONB) END
     -- checked against the row as the claims before this one left it (the row is locked, its latest version read)
     WHERE s.units + EXCLUDED.units <= CAST(:#${bean:youtubeQuota.unitsPerDay} AS INTEGER)
       AND (NOT (SELECT takes_slot FROM candidate) OR CAST(:#${bean:youtubeQuota.uploadsPerChannelPerDay} AS INTEGER) = 0
            OR COALESCE(CAST(s.uploads_by_channel ->> (SELECT CAST(channel_id AS TEXT) FROM candidate) AS INTEGER), 0)
               < CAST(:#${bean:youtubeQuota.uploadsPerChannelPerDay} AS INTEGER))
    RETURNING s.quota_day)
UPDATE video_jobs
   SET claimed_by = :#${bean:studioInstance.id},
       claim_token = gen_random_uuid(),
       claimed_at = CURRENT_TIMESTAMP,
       lease_expires_at = CURRENT_TIMESTAMP + :#${bean:studioInstance.leaseSeconds} * INTERVAL '1 second',
       upload_state = CASE WHEN video_jobs.youtube_video_id IS NULL THEN 'uploading'
                           WHEN video_jobs.upload_state = 'shorts' THEN 'shorts' ELSE 'thumbnail' END,
       youtube_quota_units = video_jobs.youtube_quota_units + candidate.units,
       youtube_slot_day = CASE WHEN candidate.takes_slot THEN CAST(:#${bean:youtubeQuota.day} AS DATE)
                               ELSE video_jobs.youtube_slot_day END
  FROM candidate
 WHERE video_jobs.id = candidate.id
   AND EXISTS (SELECT 1 FROM reserved)
RETURNING video_jobs.id, video_jobs.channel_id, video_jobs.status, video_jobs.niche_label, video_jobs.mood_keywords,
          video_jobs.target_duration_minutes, CAST(video_jobs.prompts_json AS TEXT) AS prompts_json,
          video_jobs.output_directory, video_jobs.claim_token, video_jobs.upload_strategy, video_jobs.scheduled_time,
          video_jobs.youtube_video_id, video_jobs.upload_session_uri, video_jobs.upload_session_opened_at,
          video_jobs.upload_attempts, video_jobs.youtube_thumbnail_set, video_jobs.youtube_playlist_item_id
