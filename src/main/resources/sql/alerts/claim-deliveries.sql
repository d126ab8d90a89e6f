-- Claims up to ten messages due for sending, in one atomic statement (as claim-job.sql: a fresh token fences the
-- outcome's write, a lease frees the claim of an instance that died). A resolution waits until its alert's own
-- message to that destination has been sent (or given up). Answers what the message needs: the alert as it is now,
-- or the digest, and for a held-back notice how many alerts are open whose messages were held.
WITH claimed AS (
    UPDATE alert_deliveries d
       SET claimed_by = :#${bean:studioInstance.id},
           claim_token = gen_random_uuid(),
           lease_expires_at = CURRENT_TIMESTAMP + :#${bean:studioInstance.leaseSeconds} * INTERVAL '1 second'
     WHERE d.id IN (SELECT p.id FROM alert_deliveries p
                     WHERE p.state = 'pending'
                       AND p.next_attempt_at <= CURRENT_TIMESTAMP
                       AND (p.claimed_by IS NULL OR p.lease_expires_at < CURRENT_TIMESTAMP)
                       AND NOT (p.message = 'resolution' AND EXISTS (
                               SELECT 1 FROM alert_deliveries o
                                WHERE o.alert_id = p.alert_id AND o.destination = p.destination
                                  AND o.message = 'alert' AND o.state = 'pending'))
                     ORDER BY p.next_attempt_at, p.created_at
                     LIMIT 10
                       FOR UPDATE SKIP LOCKED)
    RETURNING d.id, d.claim_token, d.destination, d.message, d.payload, d.attempts, d.alert_id, d.created_at)
SELECT c.id, c.claim_token, c.destination, c.message, CAST(c.payload AS TEXT) AS payload, c.attempts,
       a.id AS alert_id, a.kind, k.severity, k.subject_type, a.subject_id, a.channel_id, a.job_id, a.state,
       a.informational, a.title, a.detail, a.remedy, a.first_seen, a.last_seen, a.count, a.resolved_at,
       (SELECT count(DISTINCT h.alert_id) FROM alert_deliveries h JOIN alerts ha ON ha.id = h.alert_id
         WHERE h.destination = c.destination AND h.state = 'held' AND ha.state = 'open') AS held_open
  FROM claimed c
  LEFT JOIN alerts a ON a.id = c.alert_id
  LEFT JOIN alert_kinds k ON k.kind = a.kind
 ORDER BY c.created_at
