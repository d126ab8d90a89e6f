-- How the job's channel chose its pictures to look: their motion, and the visualizer along their bottom; NULL: the
-- studio's studio.render.motion, studio.render.visualizer.
SELECT c.render_motion, c.render_visualizer
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
 WHERE j.id = :#${exchangeProperty.job.id()}
