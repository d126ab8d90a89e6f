-- What the daily digest says, in one row: per channel the videos completed and uploaded in the last 24 hours, the
-- next publishing slots, its open alerts, the last day's analytics (views, watch hours, revenue) and this calendar
-- month's (UTC) spend on provider calls with its budget; then the open alerts of no channel, the YouTube quota units
-- of the last two quota days, the messages held back today, and the whole studio's spend this month.
SELECT
    (SELECT CAST(COALESCE(json_agg(ch ORDER BY ch.name), '[]') AS TEXT) FROM (
        SELECT c.id, c.name,
               (SELECT COALESCE(json_agg(json_build_object('job_id', j.id, 'output_directory', j.output_directory)
                                         ORDER BY done.at), '[]')
                  FROM video_jobs j
                  JOIN LATERAL (SELECT max(s.entered_at) AS at FROM video_job_stages s
                                 WHERE s.video_job_id = j.id AND s.status = 'completed') done ON TRUE
                 WHERE j.channel_id = c.id AND j.status = 'completed'
                   AND done.at > CURRENT_TIMESTAMP - INTERVAL '24 hours') AS completed,
               (SELECT COALESCE(json_agg(json_build_object('job_id', j.id, 'output_directory', j.output_directory,
                                                           'youtube_video_id', j.youtube_video_id)
                                         ORDER BY j.youtube_uploaded_at), '[]')
                  FROM video_jobs j
                 WHERE j.channel_id = c.id AND j.youtube_uploaded_at > CURRENT_TIMESTAMP - INTERVAL '24 hours') AS uploaded,
               (SELECT COALESCE(json_agg(slot.scheduled_time ORDER BY slot.scheduled_time), '[]') FROM (
                    SELECT j.scheduled_time FROM video_jobs j
                     WHERE j.channel_id = c.id AND j.scheduled_time > CURRENT_TIMESTAMP AND j.status <> 'failed'
                     ORDER BY j.scheduled_time LIMIT 3) slot) AS next_slots,
               (SELECT COALESCE(json_agg(json_build_object('id', a.id, 'kind', a.kind, 'title', a.title)
                                         ORDER BY a.first_seen), '[]')
                  FROM alerts a WHERE a.channel_id = c.id AND a.state = 'open') AS open_alerts,
               (SELECT json_build_object('day', day.snapshot_date, 'views', sum(v.views),
                                         'watch_hours', sum(v.watch_time_hours), 'revenue_usd', sum(v.revenue_usd))
                  FROM (SELECT max(v2.snapshot_date) AS snapshot_date FROM video_analytics v2
                          JOIN video_jobs j2 ON j2.id = v2.video_job_id WHERE j2.channel_id = c.id) day
                  JOIN video_analytics v ON v.snapshot_date = day.snapshot_date
                  JOIN video_jobs j ON j.id = v.video_job_id AND j.channel_id = c.id
                 GROUP BY day.snapshot_date) AS analytics,
               json_build_object('spent_usd', COALESCE((SELECT sum(p.cost_usd) FROM provider_costs p
                                                         WHERE p.channel_id = c.id AND p.recorded_at >= month.start), 0),
                                 'budget_usd', c.monthly_budget_usd) AS this_month
          FROM channels c
         CROSS JOIN (SELECT date_trunc('month', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS start) month) ch)
        AS channels,
    (SELECT CAST(COALESCE(json_agg(json_build_object('id', a.id, 'kind', a.kind, 'title', a.title)
                                   ORDER BY a.first_seen), '[]') AS TEXT)
       FROM alerts a WHERE a.channel_id IS NULL AND a.state = 'open') AS studio_alerts,
    (SELECT CAST(COALESCE(json_agg(json_build_object('quota_day', q.quota_day, 'units', q.units)
                                   ORDER BY q.quota_day DESC), '[]') AS TEXT)
       FROM (SELECT * FROM youtube_quota_spent ORDER BY quota_day DESC LIMIT 2) q) AS quota,
    (SELECT count(*) FROM alert_deliveries
      WHERE state = 'held' AND created_at > CURRENT_TIMESTAMP - INTERVAL '24 hours') AS held_back,
    (SELECT COALESCE(sum(p.cost_usd), 0) FROM provider_costs p
      WHERE p.recorded_at >= date_trunc('month', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') AS month_spend_usd
