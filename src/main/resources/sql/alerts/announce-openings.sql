-- Hands every alert that opened (an event too), and is not silenced, to each configured destination (header
-- destinations, comma separated), once: the alert is marked announced in the same statement. Beyond
-- studio.alerts.max-per-hour messages to a destination in the last hour a message is held (left for the digest).
-- The clustered check runs one at a time, so the count of the hour is exact.
WITH due AS (
    SELECT id FROM alerts
     WHERE announced_at IS NULL
       AND (state = 'open' OR informational)
       AND (silenced_until IS NULL OR silenced_until <= CURRENT_TIMESTAMP)
       FOR UPDATE SKIP LOCKED),
announced AS (
    UPDATE alerts a SET announced_at = CURRENT_TIMESTAMP FROM due WHERE a.id = due.id
    RETURNING a.id, a.first_seen),
messages AS (
    SELECT announced.id, d.destination,
           row_number() OVER (PARTITION BY d.destination ORDER BY announced.first_seen, announced.id) AS place
      FROM announced CROSS JOIN unnest(string_to_array(:#destinations, ',')) AS d(destination)),
this_hour AS (
    SELECT destination, count(*) AS sent FROM alert_deliveries
     WHERE message IN ('alert', 'resolution') AND state <> 'held'
       AND created_at > CURRENT_TIMESTAMP - INTERVAL '1 hour'
     GROUP BY destination)
INSERT INTO alert_deliveries (alert_id, destination, message, state)
SELECT m.id, m.destination, 'alert',
       CASE WHEN COALESCE(h.sent, 0) + m.place <= :#${bean:alertDestinations.maxPerHour} THEN 'pending' ELSE 'held' END
  FROM messages m LEFT JOIN this_hour h ON h.destination = m.destination
ON CONFLICT DO NOTHING
