-- The jobs created before this one whose output_directory ends in the same folder name: the only ones that can
-- hold this job's folder first (the studio compares the resolved paths).
SELECT id, output_directory
  FROM video_jobs
 WHERE (created_at, id) < (SELECT created_at, id FROM video_jobs WHERE id = :#${exchangeProperty.job.id()})
   AND right(rtrim(output_directory, '/'), length(:#folderName)) = :#folderName
