-- The claimed job waits for a monthly budget (header budgetWait says which and why): its claim is given back, and no
-- stage claims it again before studio.providers.budget-check-seconds have passed.
UPDATE video_jobs
   SET budget_wait = :#budgetWait,
       budget_waits_until = CURRENT_TIMESTAMP + CAST(:#${bean:budgets.checkSeconds} AS INTEGER) * INTERVAL '1 second',
       claimed_by = NULL, claim_token = NULL, claimed_at = NULL, lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
