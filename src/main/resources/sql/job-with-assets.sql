-- The seed's sample query 2, corrected: a job with its tracks and images, each ordered by order_index, and what its
-- provider calls cost (each asset's, and per provider).
-- (The seed's version fails on PostgreSQL, DISTINCT with ORDER BY outside the aggregate's argument, and its two
-- joins multiply the rows 20 x 20; one subquery per asset kind does neither.)
SELECT vj.id, vj.channel_id, CAST(vj.status AS TEXT) AS status, vj.niche_label, vj.mood_keywords,
       vj.target_duration_minutes, CAST(vj.prompts_json AS TEXT) AS prompts_json, vj.local_video_path,
       vj.output_directory, vj.error_message, vj.created_at, vj.updated_at,
       vj.upload_strategy, vj.scheduled_time, vj.youtube_video_id, vj.upload_state, vj.upload_bytes_sent,
       vj.upload_bytes_total, vj.upload_message, vj.upload_not_before, vj.upload_note, vj.shorts_note, vj.planning_reason,
       vj.budget_wait, vj.youtube_quota_units,
       c.youtube_refresh_token IS NOT NULL AS channel_connected, c.is_active AS channel_active,
       c.youtube_paused_reason AS channel_paused_reason, c.youtube_waits_until AS channel_waits_until,
       (SELECT q.reason FROM youtube_quota_waits q WHERE q.waits_until > CURRENT_TIMESTAMP) AS quota_wait,
       COALESCE((SELECT s.units FROM youtube_quota_spent s WHERE s.quota_day = CAST(:#${bean:youtubeQuota.day} AS DATE)), 0) AS quota_units_spent,
       CAST(:#${bean:youtubeQuota.unitsPerDay} AS INTEGER) AS quota_units_per_day,
       COALESCE((SELECT CAST(s.uploads_by_channel ->> CAST(vj.channel_id AS TEXT) AS INTEGER) FROM youtube_quota_spent s
                  WHERE s.quota_day = CAST(:#${bean:youtubeQuota.day} AS DATE)), 0) AS channel_uploads_today,
       CAST(:#${bean:youtubeQuota.uploadsPerChannelPerDay} AS INTEGER) AS channel_uploads_per_day,
       COALESCE(vj.youtube_slot_day = CAST(:#${bean:youtubeQuota.day} AS DATE), FALSE) AS holds_todays_upload,
       CASE WHEN vj.youtube_video_id IS NULL AND vj.upload_session_uri IS NULL
            THEN CAST(:#${bean:youtubeQuota.videosInsert} AS INTEGER) ELSE 0 END
       + CASE WHEN NOT vj.youtube_thumbnail_set THEN CAST(:#${bean:youtubeQuota.thumbnailsSet} AS INTEGER) ELSE 0 END
       + CASE WHEN c.youtube_playlist_id IS NOT NULL AND vj.youtube_playlist_item_id IS NULL
              THEN CAST(:#${bean:youtubeQuota.playlistItemsInsert} AS INTEGER) ELSE 0 END AS quota_units_needed,
       CAST((SELECT COALESCE(json_agg(json_build_object(
                        'id', at.id,
                        'order_index', at.order_index,
                        'duration_seconds', at.duration_seconds,
                        'local_file_path', at.local_file_path,
                        'cost_usd', (SELECT sum(p.cost_usd) FROM provider_costs p WHERE p.video_job_id = vj.id
                                        AND p.asset = 'track' AND p.order_index = at.order_index))
                        ORDER BY at.order_index), CAST('[]' AS json))
               FROM audio_tracks at
              WHERE at.video_job_id = vj.id) AS TEXT) AS audio_tracks,
       CAST((SELECT COALESCE(json_agg(json_build_object(
                        'id', i.id,
                        'order_index', i.order_index,
                        'local_file_path', i.local_file_path,
                        'cost_usd', (SELECT sum(p.cost_usd) FROM provider_costs p WHERE p.video_job_id = vj.id
                                        AND p.asset = 'image' AND p.order_index = i.order_index))
                        ORDER BY i.order_index), CAST('[]' AS json))
               FROM images i
              WHERE i.video_job_id = vj.id) AS TEXT) AS images,
       CAST((SELECT COALESCE(json_agg(json_build_object(
                        'check_id', d.check_id,
                        'repair', d.repair,
                        'kind', d.kind,
                        'order_index', d.order_index,
                        'other_video_job_id', d.other_video_job_id,
                        'other_order_index', d.other_order_index,
                        'hash_distance', d.hash_distance,
                        'threshold', d.threshold,
                        'duplicate', d.duplicate,
                        'checked_at', d.checked_at) ORDER BY d.checked_at, d.kind, d.order_index), CAST('[]' AS json))
               FROM duplicate_checks d
              WHERE d.video_job_id = vj.id) AS TEXT) AS duplicate_checks,
       CAST((SELECT COALESCE(json_agg(json_build_object(
                        'index', s.short_index,
                        'track_order_index', s.track_order_index,
                        'start_seconds', s.start_seconds,
                        'duration_seconds', s.duration_seconds,
                        'local_file_path', s.local_file_path,
                        'upload_state', s.upload_state,
                        'youtube_video_id', s.youtube_video_id,
                        'publish_at', s.publish_at,
                        'bytes_sent', s.upload_bytes_sent,
                        'bytes_total', s.upload_bytes_total) ORDER BY s.short_index), CAST('[]' AS json))
               FROM job_shorts s
              WHERE s.video_job_id = vj.id) AS TEXT) AS shorts,
       CAST((SELECT COALESCE(json_agg(json_build_object(
                        'provider', spent.provider,
                        'calls', spent.calls,
                        'usd', spent.usd) ORDER BY spent.provider), CAST('[]' AS json))
               FROM (SELECT p.provider, count(*) AS calls, sum(p.cost_usd) AS usd FROM provider_costs p
                      WHERE p.video_job_id = vj.id GROUP BY p.provider) spent) AS TEXT) AS costs
  FROM video_jobs vj
  JOIN channels c ON c.id = vj.channel_id
 WHERE vj.id = :#jobId
