-- Flood control: a destination whose messages were held in the last hour gets one message (at most one an hour)
-- saying how many more alerts are open, with a link to the console.
INSERT INTO alert_deliveries (destination, message)
SELECT held.destination, 'held_back'
  FROM (SELECT DISTINCT destination FROM alert_deliveries
         WHERE state = 'held' AND created_at > CURRENT_TIMESTAMP - INTERVAL '1 hour') held
 WHERE NOT EXISTS (SELECT 1 FROM alert_deliveries s
                    WHERE s.destination = held.destination AND s.message = 'held_back'
                      AND s.created_at > CURRENT_TIMESTAMP - INTERVAL '1 hour')
