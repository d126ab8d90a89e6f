-- How many Shorts the job's channel wants (NULL: studio.shorts.per-video) and the motion of its pictures (NULL:
-- studio.render.motion).
SELECT c.shorts_per_video, c.render_motion
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
 WHERE j.id = :#${exchangeProperty.job.id()}
