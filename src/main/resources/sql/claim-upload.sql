-- Claims the oldest completed job that is due for YouTube: its strategy asks for an upload, and its video, its
-- thumbnail or its playlist entry is not up yet, on an active channel that is connected and not paused, with no quota wait or back-off
-- in force, under the channel's daily upload cap, and whose calls fit into what is left of the studio's quota budget today. One atomic statement, as claim-job.sql: two instances never take the same job.
UPDATE video_jobs
   SET claimed_by = :#${bean:studioInstance.id},
       claim_token = gen_random_uuid(),
       claimed_at = CURRENT_TIMESTAMP,
       lease_expires_at = CURRENT_TIMESTAMP + :#${bean:studioInstance.leaseSeconds} * INTERVAL '1 second',
       upload_state = CASE WHEN youtube_video_id IS NULL THEN 'uploading' ELSE 'thumbnail' END
 WHERE id = (SELECT j.id
               FROM video_jobs j
               JOIN channels c ON c.id = j.channel_id
              WHERE j.status = 'completed'
                AND j.upload_strategy IN ('private', 'unlisted', 'public', 'scheduled')
                AND j.upload_state IN ('waiting', 'uploading', 'thumbnail')
                AND (j.upload_not_before IS NULL OR j.upload_not_before <= CURRENT_TIMESTAMP)
                AND (j.claimed_by IS NULL OR j.lease_expires_at < CURRENT_TIMESTAMP)
                AND c.is_active
                AND c.youtube_refresh_token IS NOT NULL
                AND c.youtube_paused_reason IS NULL
                AND (c.youtube_waits_until IS NULL OR c.youtube_waits_until <= CURRENT_TIMESTAMP)
                AND NOT EXISTS (SELECT 1 FROM youtube_quota_waits q WHERE q.waits_until > CURRENT_TIMESTAMP)
                -- the channel's cadence cap: videos up today and uploads in progress count
                AND (j.youtube_video_id IS NOT NULL OR CAST(:#${bean:youtubeQuota.uploadsPerChannelPerDay} AS INTEGER) = 0
                     OR (SELECT count(*) FROM video_jobs u WHERE u.channel_id = j.channel_id
                            AND (u.youtube_uploaded_at >= CAST(:#${bean:youtubeQuota.dayStart} AS TIMESTAMPTZ)
                                 OR (u.upload_state = 'uploading' AND u.lease_expires_at > CURRENT_TIMESTAMP)))
                        < CAST(:#${bean:youtubeQuota.uploadsPerChannelPerDay} AS INTEGER))
                AND COALESCE((SELECT s.units FROM youtube_quota_spent s WHERE s.quota_day = CAST(:#${bean:youtubeQuota.day} AS DATE)), 0)
                    + CASE WHEN j.youtube_video_id IS NULL THEN CAST(:#${bean:youtubeQuota.videosInsert} AS INTEGER) ELSE 0 END
                    + CASE WHEN NOT j.youtube_thumbnail_set THEN CAST(:#${bean:youtubeQuota.thumbnailsSet} AS INTEGER) ELSE 0 END
                    + CASE WHEN c.youtube_playlist_id IS NOT NULL AND j.youtube_playlist_item_id IS NULL
                           THEN CAST(:#${bean:youtubeQuota.playlistItemsInsert} AS INTEGER) ELSE 0 END
                    <= CAST(:#${bean:youtubeQuota.unitsPerDay} AS INTEGER)
              ORDER BY j.created_at
              LIMIT 1
                FOR UPDATE OF j SKIP LOCKED)
RETURNING id, channel_id, status, niche_label, mood_keywords, target_duration_minutes,
          CAST(prompts_json AS TEXT) AS prompts_json, output_directory, claim_token,
          upload_strategy, scheduled_time, youtube_video_id, upload_session_uri, upload_session_opened_at, upload_attempts,
          youtube_thumbnail_set, youtube_playlist_item_id
