-- The channels whose videos have analytics to read: connected, and not paused by a refused token. A channel that
-- is not active (it plans and uploads nothing) still has its videos on YouTube, and they are read too.
SELECT id, youtube_refresh_token
  FROM channels
 WHERE youtube_refresh_token IS NOT NULL
   AND youtube_paused_reason IS NULL
 ORDER BY created_at
