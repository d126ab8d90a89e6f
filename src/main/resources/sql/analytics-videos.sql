-- The channel's videos that are on YouTube.
SELECT id, youtube_video_id
  FROM video_jobs
 WHERE channel_id = :#${header.channel[id]}
   AND youtube_video_id IS NOT NULL
 ORDER BY created_at
