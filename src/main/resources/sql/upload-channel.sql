SELECT id, youtube_refresh_token, self_declared_made_for_kids, contains_synthetic_media, youtube_playlist_id
  FROM channels
 WHERE id = :#${exchangeProperty.job.channelId()}
