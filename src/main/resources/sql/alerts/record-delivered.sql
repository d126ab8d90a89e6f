-- The message was accepted by its destination; only the claim that sent it records so.
UPDATE alert_deliveries
   SET state = 'delivered', delivered_at = CURRENT_TIMESTAMP, attempts = attempts + 1, last_error = NULL,
       claimed_by = NULL, claim_token = NULL, lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.delivery[id]}
   AND claim_token = :#${exchangeProperty.delivery[claim_token]}
