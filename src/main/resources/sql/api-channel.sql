SELECT id, name, brand_niche, youtube_channel_id, is_active, created_at, updated_at
  FROM channels
 WHERE id = :#channelId
