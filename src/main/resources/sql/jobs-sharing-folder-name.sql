-- The jobs created before the given job (all jobs, for one not stored yet) whose output_directory ends in
-- the same folder name: the only ones that can hold its folder first (the studio compares the resolved paths).
SELECT other.id, other.output_directory
  FROM video_jobs other
 WHERE right(rtrim(other.output_directory, '/'), length(:#folderName)) = :#folderName
   AND other.id <> :#folderJobId
   AND NOT EXISTS (SELECT 1 FROM video_jobs this
                    WHERE this.id = :#folderJobId AND (this.created_at, this.id) < (other.created_at, other.id))
ORDER BY other.created_at
