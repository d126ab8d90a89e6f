-- Hands every resolution to the destinations its opening went to (not those where it was held), once; the same
-- hourly limit as announce-openings.sql. An event (informational) has no resolution of its own.
WITH due AS (
    SELECT id FROM alerts
     WHERE state = 'resolved' AND NOT informational AND resolution_announced_at IS NULL
       FOR UPDATE SKIP LOCKED),
announced AS (
    UPDATE alerts a SET resolution_announced_at = CURRENT_TIMESTAMP FROM due WHERE a.id = due.id
    RETURNING a.id, a.resolved_at),
messages AS (
    SELECT announced.id, o.destination,
           row_number() OVER (PARTITION BY o.destination ORDER BY announced.resolved_at, announced.id) AS place
      FROM announced
      JOIN alert_deliveries o ON o.alert_id = announced.id AND o.message = 'alert' AND o.state <> 'held'),
this_hour AS (
    SELECT destination, count(*) AS sent FROM alert_deliveries
     WHERE message IN ('alert', 'resolution') AND state <> 'held'
       AND created_at > CURRENT_TIMESTAMP - INTERVAL '1 hour'
     GROUP BY destination)
INSERT INTO alert_deliveries (alert_id, destination, message, state)
SELECT m.id, m.destination, 'resolution',
       CASE WHEN COALESCE(h.sent, 0) + m.place <= :#${bean:alertDestinations.maxPerHour} THEN 'pending' ELSE 'held' END
  FROM messages m LEFT JOIN this_hour h ON h.destination = m.destination
ON CONFLICT DO NOTHING
