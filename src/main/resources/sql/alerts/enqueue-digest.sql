-- The daily digest (header digest: its JSON), one message to each configured destination; not counted against the
-- hourly limit.
INSERT INTO alert_deliveries (destination, message, payload)
SELECT d.destination, 'digest', CAST(:#digest AS JSONB)
  FROM unnest(string_to_array(:#destinations, ',')) AS d(destination)
