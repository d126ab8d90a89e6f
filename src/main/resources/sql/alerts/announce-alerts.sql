-- Hands what happened to the alerts since the last check to the outbox, each message to each destination once
-- (the alerts are marked announced in the same statement): an alert that opened (an event too) and is not
-- silenced goes to every configured destination (header destinations, comma separated); a resolution goes where
-- its opening went (not where it was held). Beyond studio.alerts.max-per-hour messages to a destination in the
-- last hour a message is held, left for the digest. The clustered check runs one at a time, so the count is exact.
WITH opened AS (
    SELECT id, first_seen AS happened FROM alerts
     WHERE announced_at IS NULL
       AND (state = 'open' OR informational)
       AND (silenced_until IS NULL OR silenced_until <= CURRENT_TIMESTAMP)
       FOR UPDATE SKIP LOCKED),
resolved AS (
    SELECT id, resolved_at AS happened FROM alerts
     WHERE state = 'resolved' AND NOT informational AND resolution_announced_at IS NULL
       FOR UPDATE SKIP LOCKED),
-- (PostgreSQL runs these two to completion whether or not the insert reads them)
announced_openings AS (
    UPDATE alerts a SET announced_at = CURRENT_TIMESTAMP FROM opened WHERE a.id = opened.id),
announced_resolutions AS (
    UPDATE alerts a SET resolution_announced_at = CURRENT_TIMESTAMP FROM resolved WHERE a.id = resolved.id),
messages AS (
    SELECT opened.id, d.destination, 'alert' AS message, opened.happened
      FROM opened CROSS JOIN unnest(string_to_array(:#destinations, ',')) AS d(destination)
    UNION ALL
    SELECT resolved.id, o.destination, 'resolution', resolved.happened
      FROM resolved
      JOIN alert_deliveries o ON o.alert_id = resolved.id AND o.message = 'alert' AND o.state <> 'held'),
placed AS (
    SELECT m.*, row_number() OVER (PARTITION BY m.destination ORDER BY m.happened, m.id, m.message) AS place
      FROM messages m),
this_hour AS (
    SELECT destination, count(*) AS sent FROM alert_deliveries
     WHERE message IN ('alert', 'resolution') AND state <> 'held'
       AND created_at > CURRENT_TIMESTAMP - INTERVAL '1 hour'
     GROUP BY destination)
INSERT INTO alert_deliveries (alert_id, destination, message, state)
SELECT p.id, p.destination, p.message,
       CASE WHEN COALESCE(h.sent, 0) + p.place <= :#${bean:alertDestinations.maxPerHour} THEN 'pending' ELSE 'held' END
  FROM placed p LEFT JOIN this_hour h ON h.destination = p.destination
ON CONFLICT DO NOTHING
