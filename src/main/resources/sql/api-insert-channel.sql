INSERT INTO channels (name, brand_niche, youtube_channel_id, render_motion)
VALUES (:#${body[name]}, :#${body[brandNiche]}, :#${body[youtubeChannelId]}, :#${body[renderMotion]})
RETURNING id, name, brand_niche, youtube_channel_id, render_motion, is_active, created_at, updated_at
