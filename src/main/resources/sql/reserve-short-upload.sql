-- Reserves a Short's upload on the quota day's row, as claim-upload.sql reserves the video's: the insert's units (none
-- when an earlier attempt's session is open: its insert was reserved then) and, unless it holds one today already,
-- one of the channel's Shorts of the day (studio.youtube.max-shorts-per-channel-per-day, 0: no cap). The row's lock
-- makes concurrent reservations take turns, each checking against what the others reserved. No row updated: the
-- Short does not fit today.
WITH short AS (
    SELECT s.video_job_id, s.short_index, CAST(j.channel_id AS TEXT) AS channel,
           CASE WHEN s.upload_session_uri IS NULL THEN CAST(:#${bean:youtubeQuota.videosInsert} AS INTEGER) ELSE 0 END AS units,
           s.youtube_slot_day IS DISTINCT FROM CAST(:#${bean:youtubeQuota.day} AS DATE) AS takes_slot
      FROM job_shorts s
      JOIN video_jobs j ON j.id = s.video_job_id
     WHERE j.id = :#${exchangeProperty.job.id()}
       AND j.claim_token = :#${exchangeProperty.job.claimToken()}
       AND s.short_index = CAST(:#${header.short[short_index]} AS INTEGER)),
reserved AS (
    INSERT INTO youtube_quota_spent AS q (quota_day, units, shorts_by_channel)
    SELECT CAST(:#${bean:youtubeQuota.day} AS DATE), units,
           CASE WHEN takes_slot THEN jsonb_build_object(channel, 1) ELSE CAST('{}' AS JSONB) END
      FROM short
     WHERE units <= CAST(:#${bean:youtubeQuota.unitsPerDay} AS INTEGER)
       AND (NOT takes_slot OR CAST(:#${bean:youtubeQuota.shortsPerChannelPerDay} AS INTEGER) <> 0)
    ON CONFLICT (quota_day) DO UPDATE
       SET units = q.units + EXCLUDED.units,
           shorts_by_channel = q.shorts_by_channel
               || CASE WHEN (SELECT takes_slot FROM short)
                       THEN jsonb_build_object((SELECT channel FROM short),
                            COALESCE(CAST(q.shorts_by_channel ->> (SELECT channel FROM short) AS INTEGER), 0) + 1)
                       ELSE CAST('{}' AS JSONB) END
     -- checked against the row as the reservations before this one left it (the row is locked, its latest version read)
     WHERE q.units + EXCLUDED.units <= CAST(:#${bean:youtubeQuota.unitsPerDay} AS INTEGER)
       AND (NOT (SELECT takes_slot FROM short) OR CAST(:#${bean:youtubeQuota.shortsPerChannelPerDay} AS INTEGER) = 0
            OR COALESCE(CAST(q.shorts_by_channel ->> (SELECT channel FROM short) AS INTEGER), 0)
               < CAST(:#${bean:youtubeQuota.shortsPerChannelPerDay} AS INTEGER))
    RETURNING q.quota_day),
counted AS (
    -- the job's own count of the quota its upload used (its cost), Shorts included
    UPDATE video_jobs
       SET youtube_quota_units = video_jobs.youtube_quota_units + short.units
      FROM short
     WHERE video_jobs.id = short.video_job_id
       AND EXISTS (SELECT 1 FROM reserved))
UPDATE job_shorts
   SET upload_state = 'uploading',
       youtube_slot_day = CASE WHEN short.takes_slot THEN CAST(:#${bean:youtubeQuota.day} AS DATE)
                               ELSE job_shorts.youtube_slot_day END
  FROM short
 WHERE job_shorts.video_job_id = short.video_job_id
   AND job_shorts.short_index = short.short_index
   AND EXISTS (SELECT 1 FROM reserved)
