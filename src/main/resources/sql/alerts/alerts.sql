-- Alerts newest first, the open ones before the resolved (the 200 last), each with how its messages went. Headers
-- state (open, resolved or all), jobId and channelId filter; jobId and channelId may be absent, and alertId picks one.
SELECT a.id, a.kind, a.state, k.severity, k.subject_type, a.subject_id, a.channel_id, a.job_id, a.title, a.detail,
       a.remedy, a.first_seen, a.last_seen, a.count, a.resolved_at, a.silenced_until,
       a.silenced_until > CURRENT_TIMESTAMP AS silenced,
       (SELECT CAST(COALESCE(json_agg(json_build_object('destination', d.destination, 'message', d.message,
                                                        'state', d.state, 'attempts', d.attempts,
                                                        'last_error', d.last_error, 'delivered_at', d.delivered_at,
                                                        'next_attempt_at', CASE WHEN d.state = 'pending' THEN d.next_attempt_at END)
                                      ORDER BY d.created_at, d.destination), '[]') AS TEXT)
          FROM alert_deliveries d WHERE d.alert_id = a.id) AS deliveries
  FROM alerts a
  JOIN alert_kinds k ON k.kind = a.kind
 WHERE (CAST(:#state AS TEXT) = 'all' OR a.state = CAST(:#state AS TEXT))
   AND (CAST(:#${header.alertId} AS UUID) IS NULL OR a.id = CAST(:#${header.alertId} AS UUID))
   AND (CAST(:#${header.jobId} AS UUID) IS NULL OR a.job_id = CAST(:#${header.jobId} AS UUID))
   AND (CAST(:#${header.channelId} AS UUID) IS NULL OR a.channel_id = CAST(:#${header.channelId} AS UUID))
 ORDER BY a.state = 'open' DESC, COALESCE(a.resolved_at, a.first_seen) DESC
 LIMIT 200
