-- The attempt failed (header failure: retryable, reason). One that may pass (a 5xx, a timeout, a refused
-- connection) is tried again after studio.alerts.retry-first-seconds, doubling up to an hour, while the next try
-- still falls within studio.alerts.retry-hours of the message's creation; otherwise the message is undeliverable.
UPDATE alert_deliveries
   SET attempts = attempts + 1,
       last_error = :#${header.failure.reason()},
       next_attempt_at = CURRENT_TIMESTAMP
           + LEAST(CAST(:#${bean:alertDestinations.retryFirstSeconds} AS INTEGER) * power(2, attempts), 3600) * INTERVAL '1 second',
       state = CASE WHEN :#${header.failure.retryable()}
                         AND CURRENT_TIMESTAMP + LEAST(CAST(:#${bean:alertDestinations.retryFirstSeconds} AS INTEGER)
                                                       * power(2, attempts), 3600) * INTERVAL '1 second'
                             <= created_at + CAST(:#${bean:alertDestinations.retryHours} AS INTEGER) * INTERVAL '1 hour'
                    THEN 'pending' ELSE 'undeliverable' END,
       claimed_by = NULL, claim_token = NULL, lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.delivery[id]}
   AND claim_token = :#${exchangeProperty.delivery[claim_token]}
RETURNING state, next_attempt_at
