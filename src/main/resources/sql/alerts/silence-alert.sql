-- Silences an alert for some hours (header hours): its opening is not delivered meanwhile, nor is that of the
-- same kind and subject if it opens again within them; its resolution still is.
UPDATE alerts
   SET silenced_until = CURRENT_TIMESTAMP + CAST(:#hours AS INTEGER) * INTERVAL '1 hour'
 WHERE id = CAST(:#alertId AS UUID)

