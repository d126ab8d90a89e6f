-- The Short does not fit today (the channel's Shorts of the day, or the studio's quota budget): the job, its video up,
-- waits for the next quota day, saying so, and its claim is released.
UPDATE video_jobs
   SET upload_state = 'shorts',
       upload_not_before = :#${bean:youtubeQuota.nextReset},
       upload_message = 'Short ' || :#${header.short[short_index]} || ' waits for the next quota day (midnight Pacific '
           || 'time): the channel''s Shorts of the day (studio.youtube.max-shorts-per-channel-per-day) or the studio''s '
           || 'quota budget (studio.youtube.quota.units-per-day) are taken',
       claimed_by = NULL, claim_token = NULL, claimed_at = NULL, lease_expires_at = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
