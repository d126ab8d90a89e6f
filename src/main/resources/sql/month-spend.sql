-- This calendar month's (UTC) spend on provider calls of the claimed job's channel, with its budget, and of the whole
-- studio; what other jobs' calls under way will still cost (the estimate each committed when the budgets let it
-- through, less what it has recorded since, while its claim lasts); the budgets' version these figures were read at
-- (commit-budget.sql); and what a call of the provider in header chargedProvider usually reports (the mean of its
-- last 100 reported quantities), from which the next calls are estimated.
WITH month AS (SELECT date_trunc('month', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS start),
under_way AS (
    SELECT j.channel_id,
           GREATEST(j.budget_committed_usd - COALESCE((SELECT sum(p.cost_usd) FROM provider_costs p
                                                        WHERE p.video_job_id = j.id
                                                          AND p.recorded_at >= j.budget_committed_at), 0), 0) AS left_usd
      FROM video_jobs j CROSS JOIN month
     WHERE j.id <> :#${exchangeProperty.job.id()}
       AND j.claimed_by IS NOT NULL AND j.lease_expires_at > CURRENT_TIMESTAMP
       AND j.budget_committed_at >= j.claimed_at AND j.budget_committed_at >= month.start)
SELECT c.name AS channel_name, c.monthly_budget_usd AS channel_budget_usd,
       COALESCE((SELECT sum(p.cost_usd) FROM provider_costs p
                  WHERE p.channel_id = c.id AND p.recorded_at >= month.start), 0) AS channel_spend_usd,
       COALESCE((SELECT sum(p.cost_usd) FROM provider_costs p WHERE p.recorded_at >= month.start), 0) AS studio_spend_usd,
       COALESCE((SELECT sum(w.left_usd) FROM under_way w WHERE w.channel_id = c.id), 0) AS channel_under_way_usd,
       COALESCE((SELECT sum(w.left_usd) FROM under_way w), 0) AS studio_under_way_usd,
       (SELECT b.version FROM budget_checks b) AS budget_version,
       (SELECT avg(recent.quantity) FROM (SELECT p.quantity FROM provider_costs p
                                           WHERE p.provider = :#chargedProvider AND p.reported
                                           ORDER BY p.recorded_at DESC LIMIT 100) recent) AS usual_quantity
  FROM channels c CROSS JOIN month
 WHERE c.id = :#${exchangeProperty.job.channelId()}
