-- Every channel, paused ones too, with its YouTube connection, its schedule, its jobs counted by status (the seed's
-- sample query 1, one count per status), its monthly budget and this calendar month's (UTC) spend.
SELECT c.id, c.name, c.brand_niche, c.is_active, c.render_motion, c.render_visualizer, c.shorts_per_video,
       array_to_string(c.languages, ', ') AS languages, c.monthly_budget_usd,
       COALESCE((SELECT sum(p.cost_usd) FROM provider_costs p
                  WHERE p.channel_id = c.id
                    AND p.recorded_at >= date_trunc('month', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'), 0)
           AS month_spend_usd,
       c.youtube_refresh_token IS NOT NULL AS youtube_connected, c.youtube_paused_reason, c.youtube_waits_until,
       s.cron, s.time_zone, s.enabled AS schedule_enabled, s.videos_ahead, s.last_planned_at,
       (SELECT CAST(COALESCE(json_object_agg(counts.status, counts.jobs), CAST('{}' AS json)) AS TEXT)
          FROM (SELECT CAST(vj.status AS TEXT) AS status, COUNT(*) AS jobs
                  FROM video_jobs vj
                 WHERE vj.channel_id = c.id
                 GROUP BY vj.status) counts) AS jobs_by_status
  FROM channels c
  LEFT JOIN channel_schedules s ON s.channel_id = c.id
 ORDER BY c.created_at DESC
