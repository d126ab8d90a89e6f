-- What the job's channel chose for its upload package: its Shorts per video (NULL: studio.shorts.per-video), the
-- motion of its pictures (NULL: studio.render.motion), its visualizer, which sets the video's frame rate and so the
-- chapters' times (NULL: studio.render.visualizer), and its languages, comma separated ('': none; NULL:
-- studio.youtube.languages).
SELECT c.shorts_per_video, c.render_motion, c.render_visualizer, array_to_string(c.languages, ',') AS languages
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
 WHERE j.id = :#${exchangeProperty.job.id()}
