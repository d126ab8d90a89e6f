-- This calendar month's (UTC) spend on provider calls of the claimed job's channel, with its budget, and of the whole
-- studio; and what a call of the provider in header chargedProvider usually reports (the mean of its last 100 reported
-- quantities), from which the next calls are estimated.
SELECT c.name AS channel_name, c.monthly_budget_usd AS channel_budget_usd,
       COALESCE((SELECT sum(p.cost_usd) FROM provider_costs p
                  WHERE p.channel_id = c.id AND p.recorded_at >= month.start), 0) AS channel_spend_usd,
       COALESCE((SELECT sum(p.cost_usd) FROM provider_costs p WHERE p.recorded_at >= month.start), 0) AS studio_spend_usd,
       (SELECT avg(recent.quantity) FROM (SELECT p.quantity FROM provider_costs p
                                           WHERE p.provider = :#chargedProvider AND p.reported
                                           ORDER BY p.recorded_at DESC LIMIT 100) recent) AS usual_quantity
  FROM channels c
 CROSS JOIN (SELECT date_trunc('month', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS start) month
 WHERE c.id = :#${exchangeProperty.job.channelId()}
