-- Candidates of condition job_stuck: jobs in one unfinished status for longer than studio.alerts.stuck-minutes since
-- they entered it (alertChecks.stuck then counts a render from the first window studio.render.cron allows).
SELECT CAST(j.id AS TEXT) AS subject_id, j.channel_id, j.id AS job_id, CAST(j.status AS TEXT) AS status,
       entered.at AS entered_at,
       'Job stuck in ' || j.status || ': ' || c.name AS title,
       'Job ' || j.id || ' of channel ' || c.name || ' has been ' || j.status || ' since '
           || to_char(entered.at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'
           || CASE WHEN j.claimed_by IS NULL THEN ', claimed by no instance'
                   ELSE ', claimed by ' || j.claimed_by END AS detail,
       'Look at the studio log for job ' || j.id || ' and at ' || :#studio || '/console/jobs/' || j.id
           || '; is an instance running, and is studio.render.cron letting renders start?' AS remedy
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
  JOIN LATERAL (SELECT max(s.entered_at) AS at FROM video_job_stages s
                 WHERE s.video_job_id = j.id AND s.status = j.status) entered ON TRUE
 WHERE j.status IN ('planned', 'generating_music', 'generating_image', 'rendering', 'ready_for_export')
   -- a job that waits for a budget is not stuck: budget_waiting tells of it
   AND j.budget_wait IS NULL
   AND entered.at < CURRENT_TIMESTAMP - CAST(:#${bean:alertChecks.stuckMinutes} AS INTEGER) * INTERVAL '1 minute'
