-- The status of a job (one column, so the route gets the text itself), to say why it cannot be retried.
SELECT CAST(status AS TEXT) AS status FROM video_jobs WHERE id = :#jobId
