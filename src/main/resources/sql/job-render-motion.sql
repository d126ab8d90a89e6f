-- The gentle motion the job's channel chose for its pictures; NULL: studio.render.motion.
SELECT c.render_motion
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
 WHERE j.id = :#${exchangeProperty.job.id()}
