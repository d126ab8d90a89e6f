-- Changes what the request names; a field it left out keeps its value. No row: the channel does not exist.
UPDATE channels
   SET is_active = CASE WHEN :#${body[changeActive]} THEN CAST(:#${body[active]} AS BOOLEAN) ELSE is_active END,
       render_motion = CASE WHEN :#${body[changeMotion]} THEN CAST(:#${body[renderMotion]} AS TEXT) ELSE render_motion END,
       render_visualizer = CASE WHEN :#${body[changeVisualizer]} THEN CAST(:#${body[renderVisualizer]} AS TEXT)
                                ELSE render_visualizer END,
       shorts_per_video = CASE WHEN :#${body[changeShorts]} THEN CAST(:#${body[shortsPerVideo]} AS INTEGER)
                               ELSE shorts_per_video END,
       languages = CASE WHEN :#${body[changeLanguages]} THEN string_to_array(CAST(:#${body[languages]} AS TEXT), ',')
                        ELSE languages END,
       monthly_budget_usd = CASE WHEN :#${body[changeBudget]} THEN CAST(:#${body[budget]} AS NUMERIC) ELSE monthly_budget_usd END
 WHERE id = :#channelId
RETURNING id, name, brand_niche, youtube_channel_id, render_motion, render_visualizer, shorts_per_video,
          array_to_string(languages, ',') AS languages, is_active, monthly_budget_usd, created_at, updated_at
