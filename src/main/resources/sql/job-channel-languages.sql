-- The languages the job's channel chose for its videos, comma separated ('': none); NULL: studio.youtube.languages.
SELECT array_to_string(c.languages, ',') AS languages
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
 WHERE j.id = :#${exchangeProperty.job.id()}
