-- Condition channel_paused: YouTube refused the channel's token (invalid_grant), so its uploads wait until it is
-- connected again.
SELECT CAST(c.id AS TEXT) AS subject_id, c.id AS channel_id, CAST(NULL AS UUID) AS job_id,
       'Uploads paused: ' || c.name AS title,
       'Channel ' || c.name || ' uploads nothing: ' || c.youtube_paused_reason AS detail,
       'Reconnect the channel: open ' || :#studio || '/api/channels/' || c.id || '/youtube/connect' AS remedy
  FROM channels c
 WHERE c.youtube_paused_reason IS NOT NULL
