-- One budget check at a time across all instances, until its transaction ends: a check reads the month's spend and
-- the estimates committed by others, and commits its own, before the next check reads them.
SELECT pg_advisory_xact_lock(hashtext('studio monthly budgets'))
