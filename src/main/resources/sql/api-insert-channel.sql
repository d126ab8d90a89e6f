INSERT INTO channels (name, brand_niche, youtube_channel_id)
VALUES (:#${body[name]}, :#${body[brandNiche]}, :#${body[youtubeChannelId]})
RETURNING id, name, brand_niche, youtube_channel_id, is_active, created_at, updated_at
