-- Candidates of condition schedule_behind: every enabled schedule of an active channel, with the last time a job of
-- the channel completed (or the schedule was made); alertChecks.behind keeps those two cron intervals behind.
SELECT CAST(c.id AS TEXT) AS subject_id, c.id AS channel_id, CAST(NULL AS UUID) AS job_id,
       s.cron, s.time_zone, GREATEST(s.created_at, last.at) AS since,
       'Schedule behind: ' || c.name AS title,
       'Channel ' || c.name || ' (schedule ' || s.cron || ', ' || s.time_zone || ') has completed no video since '
           || to_char(GREATEST(s.created_at, last.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC' AS detail,
       'Look at its jobs at ' || :#studio || '/console/jobs?channel=' || c.id
           || ': failed or stuck ones, uploads waiting (videos_ahead of them block new plans)' AS remedy
  FROM channel_schedules s
  JOIN channels c ON c.id = s.channel_id
  LEFT JOIN LATERAL (SELECT max(st.entered_at) AS at FROM video_jobs j
                       JOIN video_job_stages st ON st.video_job_id = j.id AND st.status = 'completed'
                      WHERE j.channel_id = c.id) last ON TRUE
 WHERE s.enabled AND c.is_active
