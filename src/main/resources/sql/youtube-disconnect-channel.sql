-- Forgets the channel's refresh token: its uploads stop until it is connected again.
UPDATE channels
   SET youtube_refresh_token = NULL,
       youtube_paused_reason = NULL
 WHERE id = :#channelId
RETURNING id, youtube_channel_id, youtube_refresh_token IS NOT NULL AS connected, youtube_paused_reason AS uploads_paused
