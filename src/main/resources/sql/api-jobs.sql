-- Newest first; an optional status filter (NULL lists all).
SELECT id, channel_id, CAST(status AS TEXT) AS status, niche_label, target_duration_minutes, output_directory,
       local_video_path, error_message, created_at, updated_at
  FROM video_jobs
 WHERE CAST(:#${header.status} AS TEXT) IS NULL OR CAST(status AS TEXT) = CAST(:#${header.status} AS TEXT)
 ORDER BY created_at DESC
 LIMIT 200
