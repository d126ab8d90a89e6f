-- One channel as GET /api/channels/{id} shows it, with its Shorts per video and languages, its monthly budget and this calendar month's (UTC) spend on
-- provider calls, in all and per provider.
SELECT c.id, c.name, c.brand_niche, c.youtube_channel_id, c.render_motion, c.render_visualizer, c.is_active, c.created_at, c.updated_at,
       c.shorts_per_video, array_to_string(c.languages, ',') AS languages, c.monthly_budget_usd,
       CAST(json_build_object(
           'month', to_char(month.start AT TIME ZONE 'UTC', 'YYYY-MM'),
           'spent_usd', COALESCE((SELECT sum(p.cost_usd) FROM provider_costs p
                                   WHERE p.channel_id = c.id AND p.recorded_at >= month.start), 0),
           'by_provider', (SELECT COALESCE(json_object_agg(spent.provider, spent.usd ORDER BY spent.provider), CAST('{}' AS json))
                             FROM (SELECT p.provider, sum(p.cost_usd) AS usd FROM provider_costs p
                                    WHERE p.channel_id = c.id AND p.recorded_at >= month.start
                                    GROUP BY p.provider) spent)) AS TEXT) AS this_month
  FROM channels c
 CROSS JOIN (SELECT date_trunc('month', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS start) month
 WHERE c.id = :#channelId
