INSERT INTO channels (name, brand_niche, youtube_channel_id, render_motion, render_visualizer)
VALUES (:#${body[name]}, :#${body[brandNiche]}, :#${body[youtubeChannelId]}, :#${body[renderMotion]},
        :#${body[renderVisualizer]})
RETURNING id, name, brand_niche, youtube_channel_id, render_motion, render_visualizer, is_active, created_at, updated_at
