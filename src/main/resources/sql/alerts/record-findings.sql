-- One check's findings for one kind (header found: a JSON array of subject_id, channel_id, job_id, title, detail,
-- remedy): a subject found with no open alert opens one (keeping a silence its last alert still has), an open one
-- is updated (count, last_seen, the texts), and an open alert whose subject was not found is resolved. One open
-- alert per kind and subject, whoever checks (alerts_one_open_per_subject).
WITH found AS (
    SELECT * FROM jsonb_to_recordset(CAST(:#found AS JSONB))
        AS f(subject_id TEXT, channel_id UUID, job_id UUID, title TEXT, detail TEXT, remedy TEXT)),
recorded AS (
    INSERT INTO alerts (kind, subject_id, channel_id, job_id, title, detail, remedy, silenced_until)
    SELECT :#kind, f.subject_id, f.channel_id, f.job_id, f.title, f.detail, f.remedy,
           (SELECT max(p.silenced_until) FROM alerts p
             WHERE p.kind = :#kind AND p.subject_id = f.subject_id AND p.silenced_until > CURRENT_TIMESTAMP)
      FROM found f
    ON CONFLICT (kind, subject_id) WHERE state = 'open' DO UPDATE
       SET count = alerts.count + 1, last_seen = CURRENT_TIMESTAMP, title = EXCLUDED.title,
           detail = EXCLUDED.detail, remedy = EXCLUDED.remedy
    RETURNING id, xmax = 0 AS opened),
resolved AS (
    UPDATE alerts SET state = 'resolved', resolved_at = CURRENT_TIMESTAMP
     WHERE kind = :#kind AND state = 'open' AND subject_id NOT IN (SELECT subject_id FROM found)
    RETURNING id)
SELECT (SELECT count(*) FROM recorded WHERE opened) AS opened,
       (SELECT count(*) FROM recorded WHERE NOT opened) AS ongoing,
       (SELECT count(*) FROM resolved) AS resolved
