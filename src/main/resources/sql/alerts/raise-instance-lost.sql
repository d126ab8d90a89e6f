-- Event instance_lost: the sweep freed the claims of instances that stopped renewing them (header released: a JSON
-- array of the freed jobs' id, released_from, status). One alert per lost instance, resolved at once; a later
-- sweep that frees more of its claims adds to its count.
INSERT INTO alerts (kind, subject_id, informational, state, resolved_at, title, detail, remedy, count)
SELECT 'instance_lost', r.released_from, TRUE, 'resolved', CURRENT_TIMESTAMP,
       'Studio instance lost: ' || r.released_from,
       'Instance ' || r.released_from || ' stopped renewing its claims; the sweep freed ' || count(*)
           || ' job(s) (' || string_agg(r.status || ' ' || r.id, ', ' ORDER BY r.id) || '), which the other instances take over',
       'Nothing to do if it was stopped on purpose; otherwise find out why it died (its log, the machine''s memory and disk)',
       count(*)
  FROM jsonb_to_recordset(CAST(:#released AS JSONB)) AS r(id UUID, released_from TEXT, status TEXT)
 GROUP BY r.released_from
ON CONFLICT (kind, subject_id) WHERE informational DO UPDATE
   SET count = alerts.count + EXCLUDED.count, last_seen = CURRENT_TIMESTAMP
