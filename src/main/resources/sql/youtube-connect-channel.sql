-- Stores the channel's refresh token (encrypted) and its YouTube channel id if none was recorded; a new token lifts
-- the pause an invalid_grant put on the channel's uploads.
UPDATE channels
   SET youtube_refresh_token = :#encryptedToken,
       youtube_channel_id = COALESCE(youtube_channel_id, :#youtubeChannelId),
       youtube_paused_reason = NULL
 WHERE id = :#channelId
   AND (youtube_channel_id IS NULL OR youtube_channel_id = :#youtubeChannelId)
RETURNING id, youtube_channel_id, youtube_refresh_token IS NOT NULL AS connected, youtube_paused_reason AS uploads_paused
