-- A channel's YouTube connection as the API shows it: never the token itself.
SELECT id, youtube_channel_id, youtube_refresh_token IS NOT NULL AS connected, youtube_paused_reason AS uploads_paused,
       youtube_waits_until AS uploads_wait_until, self_declared_made_for_kids, contains_synthetic_media,
       youtube_playlist_id AS playlist_id
  FROM channels
 WHERE id = :#channelId
