SELECT id, youtube_refresh_token
  FROM channels
 WHERE id = :#${exchangeProperty.job.channelId()}
