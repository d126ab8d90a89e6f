-- Condition budget_waiting: a job that waits because its next provider calls would take its channel or the studio
-- past the month's budget (budget_wait says which, and how much).
SELECT CAST(j.id AS TEXT) AS subject_id, j.channel_id, j.id AS job_id,
       'Waiting for the budget: ' || c.name AS title,
       'Job ' || j.id || ' of channel ' || c.name || ' (' || j.status || ') ' || j.budget_wait AS detail,
       'Raise the channel''s budget (PATCH /api/channels/' || c.id || ' {"monthly_budget_usd": …}) or '
           || 'studio.providers.monthly-budget-usd, or let it wait for the month to turn; see '
           || :#studio || '/console/jobs/' || j.id AS remedy
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
 WHERE j.budget_wait IS NOT NULL
   AND j.status IN ('planned', 'generating_music', 'generating_image')
