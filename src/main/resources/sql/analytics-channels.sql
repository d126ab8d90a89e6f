-- The channels whose videos have analytics to read: active, connected, and not paused by a refused token.
SELECT id, youtube_refresh_token
  FROM channels
 WHERE is_active
   AND youtube_refresh_token IS NOT NULL
   AND youtube_paused_reason IS NULL
 ORDER BY created_at
